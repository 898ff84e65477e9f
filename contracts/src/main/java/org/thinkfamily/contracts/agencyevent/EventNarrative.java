package org.thinkfamily.contracts.agencyevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.privacy.PersonalData;

/**
 * The personal content of an agency event: its summary, its details and the subjects exactly as the
 * agency described them, kept so that "what did we know" can be answered from the record itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventNarrative(
        String dataSubject, String summary, Map<String, Object> details, List<Subject> subjectsAsSent)
        implements PersonalData {}
