package nl.participationsuite.web.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import nl.participationsuite.domain.privacy.PersonalDataExport;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.workflow.privacy.EngineHistoryExport;

/**
 * One resident's export (AVG articles 15 and 20): what the domain holds about them and what the
 * engine's history holds, with when it was made and a short explanation in the reader's language,
 * as a JSON file to download.
 */
@Component
public class PersonalDataFile {

    private final PersonalDataExport domain;

    private final EngineHistoryExport engine;

    private final MessageSource messages;

    private final ObjectMapper json;

    private final Clock clock;

    private final ZoneId zone;

    PersonalDataFile(PersonalDataExport domain, EngineHistoryExport engine, MessageSource messages, ObjectMapper json,
            Clock clock, @Value("${participation.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.domain = domain;
        this.engine = engine;
        this.messages = messages;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
        this.zone = zone;
    }

    /** Everything about the person, section by section. */
    public Map<String, Object> of(PersonId person, Locale locale) {
        Map<String, Object> data = domain.of(person);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> participations = (List<Map<String, Object>>) data.get("participations");
        List<ParticipantId> mine = participations.stream()
                .map(participation -> ParticipantId.of((String) participation.get("id"))).toList();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("about", messages.getMessage("portal.data.export.about", null, locale));
        export.put("exportedAt", clock.instant().toString());
        export.put("data", data);
        export.put("engineHistory", engine.of(person, mine));
        return export;
    }

    /** The export as a download ({@code mijn-gegevens-<date>.json}), never cached. */
    public ResponseEntity<byte[]> download(PersonId person, Locale locale) throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(of(person, locale));
        String filename = "mijn-gegevens-" + LocalDate.now(clock.withZone(zone)) + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
