package nl.participationsuite.web.portal.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.participationsuite.domain.meetings.Meeting;

/**
 * One meeting as an iCalendar file (RFC 5545) for the participant's own calendar: its times in the
 * product's zone with that zone's definition included, a UID that stays the same for the meeting (a
 * second download updates the entry instead of adding one), and the title, place and agenda. Its SEQUENCE
 * is the meeting's {@link Meeting#calendarSequence()}, one more with every change, so a calendar replaces
 * the entry it has. Downloaded it is published ({@code METHOD:PUBLISH}); attached to a mail it is an
 * invitation ({@code METHOD:REQUEST}, the same UID, the next SEQUENCE when changed) or, for a cancelled
 * meeting, its cancellation ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}), from the product's sender
 * address as organizer to the recipient as attendee (RFC 5546).
 */
final class MeetingCalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    /** The domain of the meetings' UIDs: {@code <meeting id>@meetings.participation-suite}. */
    static final String UID_DOMAIN = "meetings.participation-suite";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private MeetingCalendar() {
    }

    /**
     * The zone's definition under the zone's own name. The tz database made Europe/Amsterdam a link
     * to Europe/Brussels (the same rules since 1970), so ical4j's definition is named Brussels; the
     * events name the zone the product runs in, and a calendar looks the definition up by that name.
     */
    private static VTimeZone definition(ZoneId zone) {
        VTimeZone shipped = ZONES.getTimeZone(zone.getId()).getVTimeZone();
        VTimeZone renamed = (VTimeZone) shipped.copy();
        renamed.removeAll(Property.TZURL, "X-LIC-LOCATION");
        renamed.replace(new TzId(zone.getId()));
        return renamed;
    }

    /** The file's text for a download; {@code description} is what the participant reads in the entry. */
    static byte[] of(Meeting meeting, ZoneId zone, String summary, String location, String description, Instant now) {
        return write(ImmutableMethod.PUBLISH, event(meeting, zone, summary, location, description, now), zone);
    }

    /**
     * The file attached to a mail to {@code attendee} from {@code organizer} (e-mail addresses): an invitation,
     * or the cancellation of a cancelled meeting.
     */
    static byte[] invitation(Meeting meeting, ZoneId zone, String summary, String location, String description,
            Instant now, String organizer, String attendee) {
        VEvent event = event(meeting, zone, summary, location, description, now);
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        event.add(new Attendee(URI.create("mailto:" + attendee)));
        return write(meeting.isCancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, event, zone);
    }

    private static VEvent event(Meeting meeting, ZoneId zone, String summary, String location, String description,
            Instant now) {
        VEvent event = new VEvent(meeting.startsAt().atZone(zone), meeting.endsAt().atZone(zone), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(meeting.id() + "@" + UID_DOMAIN));
        event.add(new Sequence(meeting.calendarSequence()));
        event.add(meeting.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Location(location));
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        return event;
    }

    private static byte[] write(Method method, VEvent event, ZoneId zone) {
        VTimeZone timeZone = definition(zone);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Participatie Suite//Bijeenkomsten//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(timeZone);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
