package org.thinkfamily.contracts.published.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalEventRulesTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    private static final CanonicalEventRules PRODUCTION = new CanonicalEventRules(false, NOW);
    private static final CanonicalEventRules DEMO = new CanonicalEventRules(true, NOW);

    private static Subject child(String system, String value) {
        return new Subject(SubjectRole.CHILD, List.of(new Identifier(system, value)), null, null, null, null);
    }

    private static CanonicalEvent incident(List<Subject> subjects, Map<String, Object> details) {
        return new CanonicalEvent(
                new Source("west-yorkshire-police", Sector.POLICE, null, "INC-1"),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                Instant.parse("2026-11-20T22:15:00Z"),
                subjects,
                null,
                null,
                details,
                null);
    }

    private static final Map<String, Object> DA_DETAILS = Map.of("policeReference", "13/1/26", "childPresent", true);

    @Test
    void a_complete_event_breaks_no_rule() {
        assertThat(PRODUCTION.check(incident(List.of(child("nhs-number", "9434765870")), DA_DETAILS)))
                .isEmpty();
    }

    @Test
    void names_the_identifier_field_that_is_wrong() {
        assertThat(PRODUCTION.check(incident(List.of(child("nhs-number", "9434765871")), DA_DETAILS)))
                .extracting(FieldError::field)
                .containsExactly("subjects[0].identifiers[0].value");
        assertThat(PRODUCTION.check(incident(List.of(child("passport", "1")), DA_DETAILS)))
                .extracting(FieldError::field)
                .contains("subjects[0].identifiers[0].system");
    }

    @Test
    void refuses_test_range_nhs_numbers_in_production_and_takes_them_in_the_demo() {
        var event = incident(List.of(child("nhs-number", "9999999999")), DA_DETAILS);
        assertThat(PRODUCTION.check(event))
                .extracting(FieldError::message)
                .containsExactly("NHS numbers beginning 999 are reserved for testing and refused here");
        assertThat(DEMO.check(event)).isEmpty();
    }

    @Test
    void a_subject_needs_an_identifier_of_a_person_or_name_and_birth_date() {
        var uprnOnly = child("uprn", "100023336956");
        var named = new Subject(
                SubjectRole.CHILD, List.of(), new PersonName("Jane", "Smith"), LocalDate.of(2015, 3, 2), null, null);
        var nameOnly = new Subject(SubjectRole.CHILD, List.of(), new PersonName("Jane", "Smith"), null, null, null);
        assertThat(PRODUCTION.check(incident(List.of(uprnOnly), DA_DETAILS)))
                .extracting(FieldError::field)
                .containsExactly("subjects[0]");
        assertThat(PRODUCTION.check(incident(List.of(named), DA_DETAILS))).isEmpty();
        assertThat(PRODUCTION.check(incident(List.of(nameOnly), DA_DETAILS)))
                .extracting(FieldError::field)
                .containsExactly("subjects[0]");
    }

    @Test
    void the_type_must_belong_to_the_senders_sector() {
        var event = new CanonicalEvent(
                new Source("nhs-trust", Sector.HEALTH, null, "1"),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                Instant.parse("2026-11-20T22:15:00Z"),
                List.of(child("nhs-number", "9434765870")),
                null,
                null,
                DA_DETAILS,
                null);
        assertThat(PRODUCTION.check(event)).extracting(FieldError::field).containsExactly("type");
    }

    @Test
    void details_must_carry_the_facts_of_the_type_in_the_right_form() {
        assertThat(PRODUCTION.check(
                        incident(List.of(child("nhs-number", "9434765870")), Map.of("policeReference", "x"))))
                .containsExactly(new FieldError("details.childPresent", "is required for DOMESTIC_ABUSE_INCIDENT"));
        assertThat(PRODUCTION.check(incident(
                        List.of(child("nhs-number", "9434765870")),
                        Map.of("policeReference", "x", "childPresent", "yes"))))
                .containsExactly(new FieldError("details.childPresent", "must be true or false"));
    }

    @Test
    void one_person_cannot_be_two_subjects() {
        var event =
                incident(List.of(child("nhs-number", "9434765870"), child("nhs-number", "943 476 5870")), DA_DETAILS);
        assertThat(PRODUCTION.check(event)).extracting(FieldError::field).containsExactly("subjects[1].identifiers[0]");
    }

    @Test
    void a_subject_cannot_carry_two_values_of_one_system() {
        var subject = new Subject(
                SubjectRole.CHILD,
                List.of(new Identifier("nhs-number", "9434765870"), new Identifier("nhs-number", "4010232137")),
                null,
                null,
                null,
                null);
        assertThat(PRODUCTION.check(incident(List.of(subject), DA_DETAILS)))
                .extracting(FieldError::field)
                .containsExactly("subjects[0].identifiers[1]");
    }

    @Test
    void nothing_happens_in_the_future() {
        var event = new CanonicalEvent(
                new Source("p", Sector.POLICE, null, "1"),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                Instant.parse("2026-11-27T12:01:00Z"),
                List.of(new Subject(
                        SubjectRole.CHILD, List.of(), new PersonName("A", "B"), LocalDate.of(2027, 1, 1), null, null)),
                null,
                null,
                DA_DETAILS,
                null);
        assertThat(PRODUCTION.check(event))
                .extracting(FieldError::field)
                .containsExactly("occurredAt", "subjects[0].birthDate");
    }

    @Test
    void impossible_dates_are_refused_and_a_day_of_clock_drift_is_not() {
        var yearOne = new CanonicalEvent(
                new Source("p", Sector.POLICE, null, "1"),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                Instant.parse("0001-01-01T00:00:00Z"),
                List.of(new Subject(
                        SubjectRole.CHILD,
                        List.of(),
                        new PersonName("A", "B"),
                        LocalDate.of(1066, 10, 14),
                        null,
                        null)),
                null,
                null,
                DA_DETAILS,
                null);
        assertThat(PRODUCTION.check(yearOne))
                .extracting(FieldError::field)
                .containsExactly("occurredAt", "subjects[0].birthDate");
        var minusOne = new CanonicalEvent(
                new Source("p", Sector.POLICE, null, "1"),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                Instant.parse("2026-11-27T11:00:00Z"),
                List.of(new Subject(
                        SubjectRole.CHILD, List.of(), new PersonName("A", "B"), LocalDate.of(-1, 1, 1), null, null)),
                null,
                null,
                DA_DETAILS,
                null);
        assertThat(PRODUCTION.check(minusOne)).extracting(FieldError::field).containsExactly("subjects[0].birthDate");
        var edges = new CanonicalEvent(
                new Source("p", Sector.POLICE, null, "1"),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                Instant.parse("1900-01-01T00:00:00Z"),
                List.of(new Subject(
                        SubjectRole.CHILD, List.of(), new PersonName("A", "B"), LocalDate.of(1900, 1, 1), null, null)),
                null,
                null,
                DA_DETAILS,
                null);
        assertThat(PRODUCTION.check(edges)).isEmpty();
        var halfADayAhead = new CanonicalEvent(
                new Source("p", Sector.POLICE, null, "1"),
                EventType.DOMESTIC_ABUSE_INCIDENT,
                Instant.parse("2026-11-27T00:00:00Z"),
                List.of(new Subject(
                        SubjectRole.CHILD, List.of(), new PersonName("A", "B"), LocalDate.of(2015, 1, 1), null, null)),
                null,
                null,
                DA_DETAILS,
                null);
        assertThat(PRODUCTION.check(halfADayAhead)).isEmpty();
    }
}
