package org.thinkfamily.connectors.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thinkfamily.connectors.support.ConnectorMetrics;
import org.thinkfamily.connectors.support.ConnectorProperties;
import org.thinkfamily.connectors.support.RecordFile;
import org.thinkfamily.connectors.support.RecordingIngest;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

class HouseholdLayoutTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples/benefits-household");

    final RecordingIngest hub = new RecordingIngest();

    RecordFile records(String benefitsAgency, String ownAgency) {
        return new RecordFile(
                new HouseholdLayout(benefitsAgency),
                hub,
                hub,
                new ConnectorMetrics(new SimpleMeterRegistry(), HouseholdLayout.CONNECTOR),
                new ConnectorProperties.Drop(true, null, ownAgency, Map.of()));
    }

    RecordFile.Outcome drop(RecordFile records, String sample) throws IOException {
        return records.process(sample, Files.readAllBytes(SAMPLES.resolve(sample)));
    }

    @Test
    void each_member_is_a_family_relationship_with_the_claimant() throws IOException {
        assertThat(drop(records("dwp-bradford", null), "household.csv"))
                .isEqualTo(new RecordFile.Outcome(".done", 4, 0, 0));
        CanonicalEvent partner = hub.recorded.get(0);
        assertThat(partner.type()).isEqualTo(EventType.FAMILY_RELATIONSHIP_RECORDED);
        assertThat(partner.source().agency()).isEqualTo("dwp-bradford");
        assertThat(partner.source().sector()).isEqualTo(Sector.BENEFITS);
        assertThat(partner.source().messageId()).isEqualTo("JK123456A/UC-555-001/member/JL654321B/PARTNER/2026-09-01");
        assertThat(partner.occurredAt()).hasToString("2026-08-31T23:00:00Z");
        Subject claimant = partner.subjects().get(0);
        assertThat(claimant.role()).isEqualTo(SubjectRole.PARENT_CARER);
        assertThat(claimant.identifiers()).extracting(Identifier::token).containsExactly("ni-number|JK123456A");
        assertThat(claimant.address().postcode()).isEqualTo("BD2 2KK");
        assertThat(hub.recorded)
                .extracting(e -> e.details().get("relationship") + " "
                        + e.subjects().get(1).role())
                .containsExactly(
                        "PARTNER PARENT_CARER", "CHILD CHILD", "CHILD CHILD", "NON_DEPENDANT ADULT_IN_HOUSEHOLD");
        Subject poppy = hub.recorded.get(1).subjects().get(1);
        assertThat(poppy.identifiers()).isEmpty();
        assertThat(poppy.name().given()).isEqualTo("Poppy");
        assertThat(poppy.birthDate()).hasToString("2017-06-06");
        assertThat(hub.recorded.get(1).source().messageId())
                .matches("JK123456A/UC-555-001/member/m-[0-9a-f]{16}/CHILD/2026-09-01")
                .doesNotContain("Poppy");
        assertThat(hub.recorded.get(2).subjects().get(1).birthDate()).hasToString("2019-12-01");
    }

    @Test
    void the_drop_names_its_agency_else_the_benefits_drop_does_else_dwp() throws IOException {
        drop(records(null, "dwp-leeds"), "household.csv");
        assertThat(hub.recorded).extracting(e -> e.source().agency()).containsOnly("dwp-leeds");
        hub.recorded.clear();
        drop(records(null, null), "household.csv");
        assertThat(hub.recorded).extracting(e -> e.source().agency()).containsOnly("dwp");
    }

    @Test
    void the_same_file_again_is_all_duplicates() throws IOException {
        RecordFile records = records(null, null);
        drop(records, "household.csv");
        assertThat(drop(records, "household.csv")).isEqualTo(new RecordFile.Outcome(".done", 0, 4, 0));
    }

    @Test
    void bad_rows_are_dead_lettered_with_their_line_and_a_reason_naming_the_column() throws IOException {
        assertThat(drop(records(null, null), "broken-household.csv"))
                .isEqualTo(new RecordFile.Outcome(".done", 0, 0, 5));
        assertThat(hub.deadLetters)
                .extracting(l -> l.location() + " " + l.reason())
                .containsExactly(
                        "broken-household.csv, line 2 claimant_nino: National Insurance prefix GB is never issued",
                        "broken-household.csv, line 3 member_role: must be PARTNER, CHILD, DEPENDANT or NON_DEPENDANT",
                        "broken-household.csv, line 4 member_date_of_birth: is required when member_nino is absent: the member is named "
                                + "by NI number, or by forename, surname and date of birth",
                        "broken-household.csv, line 5 effective_date: must be a date, yyyy-MM-dd or dd/MM/yyyy",
                        "broken-household.csv, line 6 member_nino: is the claimant's own: a member is another person");
        assertThat(hub.deadLetters).allSatisfy(l -> {
            assertThat(l.door()).isEqualTo("benefits-household");
            assertThat(l.sector()).isEqualTo(Sector.BENEFITS);
            assertThat(l.reason()).doesNotContain("Ruby").doesNotContain("JK223344A");
        });
        assertThat(List.copyOf(hub.recorded)).isEmpty();
    }
}
