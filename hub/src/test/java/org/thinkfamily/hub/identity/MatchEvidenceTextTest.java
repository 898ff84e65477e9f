package org.thinkfamily.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V14__match_evidence_as_json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.person.MatchEvidence;
import org.thinkfamily.hub.identity.matching.MatchCandidates;

/** The evidence text of before V14 is read back exactly as it was written; the JSON stored since, likewise. */
class MatchEvidenceTextTest {

    @Test
    void evidence_written_as_text_reads_back_field_by_field() {
        List<MatchEvidence> evidence = List.of(
                new MatchEvidence("familyName", "AGREE", 6.0),
                new MatchEvidence("givenName", "DISAGREE", -4.0),
                new MatchEvidence("uprn", "MISSING", 0));
        String stored = MatchCandidates.describe(evidence);
        assertThat(stored).isEqualTo("familyName AGREE 6.0; givenName DISAGREE -4.0; uprn MISSING 0.0");
        assertThat(MatchEvidenceColumn.read(V14__match_evidence_as_json.asJson(stored)))
                .isEqualTo(evidence);
        assertThat(MatchEvidenceColumn.read(V14__match_evidence_as_json.asJson(null)))
                .isEmpty();
        assertThat(MatchEvidenceColumn.read(V14__match_evidence_as_json.asJson("")))
                .isEmpty();
    }

    @Test
    void evidence_is_stored_as_json_and_reads_back_field_by_field() {
        List<MatchEvidence> evidence = List.of(new MatchEvidence("birthDate", "AGREE", 8.0));
        String stored = MatchEvidenceColumn.write(evidence);
        assertThat(stored).isEqualTo("[{\"field\":\"birthDate\",\"outcome\":\"AGREE\",\"weight\":8.0}]");
        assertThat(MatchEvidenceColumn.read(stored)).isEqualTo(evidence);
        assertThat(MatchEvidenceColumn.read(null)).isNull();
    }
}
