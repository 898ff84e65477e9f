package org.thinkfamily.contracts.agencyevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.privacy.PersonalData;

/**
 * The personal content of an agency event: its summary, its details and the subjects exactly as the
 * agency described them, kept so that "what did we know" can be answered from the record itself. It is
 * personal data of everyone the event names ({@code namedPeople}; only {@code dataSubject} in records
 * from before the list was kept), so erasing any of them makes it unreadable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventNarrative(
        String dataSubject,
        String summary,
        Map<String, Object> details,
        List<Subject> subjectsAsSent,
        List<String> namedPeople,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean erased)
        implements PersonalData {

    public EventNarrative(
            String dataSubject, String summary, Map<String, Object> details, List<Subject> subjectsAsSent) {
        this(dataSubject, summary, details, subjectsAsSent, null, false);
    }

    @Override
    public List<String> dataSubjects() {
        return namedPeople == null || namedPeople.isEmpty() ? List.of(dataSubject) : namedPeople;
    }
}
