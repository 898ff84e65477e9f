package org.thinkfamily.hub.identity.matching;

import org.junit.jupiter.api.Test;
import org.thinkfamily.contracts.person.MatchEvidence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored evidence text is read back for the web pages exactly as it was written. */
class MatchEvidenceTextTest {

    @Test
    void evidence_written_as_text_reads_back_field_by_field() {
        List<MatchEvidence> evidence = List.of(new MatchEvidence("familyName", "AGREE", 6.0),
                new MatchEvidence("givenName", "DISAGREE", -4.0), new MatchEvidence("uprn", "MISSING", 0));
        String stored = MatchCandidates.describe(evidence);
        assertThat(stored).isEqualTo("familyName AGREE 6.0; givenName DISAGREE -4.0; uprn MISSING 0.0");
        assertThat(MatchCandidates.parse(stored)).isEqualTo(evidence);
        assertThat(MatchCandidates.parse(null)).isEmpty();
        assertThat(MatchCandidates.parse("")).isEmpty();
    }
}
