package nl.participationsuite.web.portal.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.participationsuite.domain.meetings.Meeting;

/**
 * One meeting as an iCalendar file (RFC 5545) for the participant's own calendar: its times in the
 * product's zone with that zone's definition included, a UID that stays the same for the meeting (a
 * second download updates the entry instead of adding one), and the title, place and agenda.
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

    /** The file's text; {@code description} is what the participant reads in the entry. */
    static byte[] of(Meeting meeting, ZoneId zone, String summary, String location, String description, Instant now) {
        VTimeZone timeZone = definition(zone);
        VEvent event = new VEvent(meeting.startsAt().atZone(zone), meeting.endsAt().atZone(zone), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(meeting.id() + "@" + UID_DOMAIN));
        event.add(new Location(location));
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Participatie Suite//Bijeenkomsten//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
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
