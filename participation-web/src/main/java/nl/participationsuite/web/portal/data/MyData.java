package nl.participationsuite.web.portal.data;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.participationsuite.domain.privacy.PersonalDataExport;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.workflow.privacy.EngineHistoryExport;

/**
 * One resident's export: what the domain holds about them and what the engine's history holds, with
 * when it was made and a short explanation in the resident's language.
 */
@Component
class MyData {

    private final PersonalDataExport domain;

    private final EngineHistoryExport engine;

    private final MessageSource messages;

    private final Clock clock;

    MyData(PersonalDataExport domain, EngineHistoryExport engine, MessageSource messages, Clock clock) {
        this.domain = domain;
        this.engine = engine;
        this.messages = messages;
        this.clock = clock;
    }

    Map<String, Object> of(PersonId person, Locale locale) {
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
}
