package org.thinkfamily.hub.thinkfamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.thinkfamily.QuestionStatus.CONCERN;
import static org.thinkfamily.hub.thinkfamily.QuestionStatus.NOT_KNOWN;
import static org.thinkfamily.hub.thinkfamily.QuestionStatus.NO_CONCERN_KNOWN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.RunningHub;
import org.thinkfamily.hub.support.TestIdentifiers;

/**
 * The five questions and the needs of a family the agencies' pushes made, over the real hub: the records
 * reach the evaluation through the timeline projection, so each answer is awaited. Times are relative to
 * today, so "the last 12 months" holds whenever the test runs. Run on the embedded database and on PostgreSQL.
 */
@TestPropertySource(properties = "thinkfamily.test.hub=think-family-view")
abstract class ThinkFamilyViewScenarios extends RunningHub {

    @Autowired
    ThinkFamilyView view;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void the_done_when_family_has_four_concerns_and_is_in_scope_for_targeted_early_help() {
        String childNhs = TestIdentifiers.nhsNumber();
        String motherNi = TestIdentifiers.niNumber();
        String pnc = pncId();
        String uprn = TestIdentifiers.uprn();
        String surname = surname();
        String abuse = accepted("police", """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","system":"niche-rms","messageId":"%s"},
                 "type":"DOMESTIC_ABUSE_INCIDENT","occurredAt":"%s",
                 "subjects":[
                   {"role":"PARENT_CARER","identifiers":[{"system":"ni-number","value":"%s"}],
                    "name":{"given":"Mary","family":"%s"},"birthDate":"1990-06-01","address":{"uprn":"%s","postcode":"BD1 1AA"}},
                   {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                    "name":{"given":"Jane","family":"%s"},"birthDate":"2015-03-02","address":{"uprn":"%s","postcode":"BD1 1AA"}}],
                 "summary":"Police attended a domestic incident at the family home; child present.",
                 "details":{"policeReference":"13/123456/26","childPresent":true,"voiceOfChild":"Said she hid upstairs."}}
                """.formatted(
                        TestIdentifiers.messageId(), daysAgo(10), motherNi, surname, uprn, childNhs, surname, uprn));
        String school = accepted("school", """
                {"source":{"agency":"bradford-school-2001","sector":"EDUCATION","messageId":"%s"},
                 "type":"SCHOOL_ATTENDANCE_SUMMARY","occurredAt":"%s",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"upn","value":"%s"},{"system":"nhs-number","value":"%s"}]}],
                 "summary":"Half term attendance 80%%.",
                 "details":{"periodStart":"%s","periodEnd":"%s","possibleSessions":100,
                            "presentSessions":80,"authorisedAbsences":6,"unauthorisedAbsences":14}}
                """.formatted(
                        TestIdentifiers.messageId(),
                        daysAgo(5),
                        TestIdentifiers.upn(),
                        childNhs,
                        today.minusDays(60),
                        today.minusDays(6)));
        String hospital = accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},
                 "type":"EMERGENCY_ATTENDANCE","occurredAt":"%s",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]}],
                 "summary":"Attended A&E with a wrist injury.",
                 "details":{"site":"Bradford Royal Infirmary","arrivedAt":"%s","reason":"injury"}}
                """.formatted(TestIdentifiers.messageId(), daysAgo(8), childNhs, daysAgo(8)));
        String claim = "UC-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String benefit = accepted("dwp", benefit("OUT_OF_WORK_BENEFIT_STARTED", daysAgo(200), motherNi, claim));
        String youthJustice =
                accepted("yot", """
                {"source":{"agency":"bradford-yot","sector":"YOUTH_JUSTICE","messageId":"%s"},
                 "type":"YOUTH_JUSTICE_OUTCOME","occurredAt":"%s",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"pnc-id","value":"%s"}],
                   "name":{"given":"Tom","family":"%s"},"birthDate":"2010-05-05","address":{"uprn":"%s","postcode":"BD1 1AA"}}],
                 "summary":"Referral order for criminal damage.",
                 "details":{"outcome":"REFERRAL_ORDER","offenceCategory":"CRIMINAL_DAMAGE"}}
                """.formatted(TestIdentifiers.messageId(), daysAgo(20), pnc, surname, uprn));

        String familyId = familyOfChild(childNhs);
        List<MemberRole> members = members(familyId);
        assertThat(members)
                .extracting(MemberRole::role)
                .containsExactlyInAnyOrder(SubjectRole.PARENT_CARER, SubjectRole.CHILD, SubjectRole.CHILD);
        Answers answers = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> view.answer(familyId, members, null),
                        a -> a.questions().work().status() != NOT_KNOWN
                                && a.questions().crimeAntiSocialBehaviour().status() != NOT_KNOWN
                                && a.questions().healthSafeguarding().eventIds().size() == 2
                                && a.questions().schoolAttendance().status() != NOT_KNOWN);

        Questions questions = answers.questions();
        assertThat(questions.priorities().status()).isEqualTo(NOT_KNOWN);
        assertThat(questions.healthSafeguarding().status()).isEqualTo(CONCERN);
        assertThat(questions.healthSafeguarding().eventIds()).containsExactlyInAnyOrder(abuse, hospital);
        assertThat(questions.schoolAttendance().status()).isEqualTo(CONCERN);
        assertThat(questions.schoolAttendance().eventIds()).containsExactly(school);
        assertThat(questions.schoolAttendance().facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text())
                        .startsWith("Attendance 80.0% from ")
                        .endsWith(": persistent absence"));
        assertThat(questions.crimeAntiSocialBehaviour().status()).isEqualTo(CONCERN);
        assertThat(questions.crimeAntiSocialBehaviour().eventIds()).containsExactly(youthJustice);
        assertThat(questions.work().status()).isEqualTo(CONCERN);
        assertThat(questions.work().eventIds()).containsExactly(benefit);
        assertThat(questions.work().facts())
                .singleElement()
                .satisfies(f -> assertThat(f.text()).startsWith("Claiming Universal Credit since "));
        assertThat(answers.needs())
                .filteredOn(NeedMet::met)
                .extracting(NeedMet::need)
                .containsExactlyInAnyOrder(
                        Need.GOOD_EDUCATION,
                        Need.HEALTH,
                        Need.CRIME_PREVENTION,
                        Need.SAFE_FROM_DOMESTIC_ABUSE,
                        Need.FINANCIAL_STABILITY);
        assertThat(answers.inScopeForTargetedEarlyHelp()).isTrue();
        // a page of a list answers from one read of all its families' records: the same answers
        java.util.Map<String, List<MemberRole>> page = new java.util.LinkedHashMap<>();
        page.put(familyId, members);
        page.put("a-family-with-no-records", List.of());
        assertThat(view.answerAll(page).get(familyId)).isEqualTo(answers);
        String allFacts = String.join(
                "\n",
                StreamSupport.stream(
                                List.of(
                                                questions.healthSafeguarding(),
                                                questions.schoolAttendance(),
                                                questions.crimeAntiSocialBehaviour(),
                                                questions.work())
                                        .spliterator(),
                                false)
                        .flatMap(q -> q.facts().stream())
                        .map(Fact::text)
                        .toList());
        assertThat(allFacts).doesNotContain(surname, "Mary", "Jane", "Tom", "hid upstairs");

        Instant beforeItEnded = Instant.now();
        String ended = accepted("dwp", benefit("OUT_OF_WORK_BENEFIT_ENDED", daysAgo(1), motherNi, claim));
        Answers later = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> view.answer(familyId, members, null),
                        a -> a.questions().work().status() == NO_CONCERN_KNOWN);
        assertThat(later.questions().work().eventIds()).containsExactly(benefit, ended);
        assertThat(later.needs())
                .filteredOn(n -> n.need() == Need.FINANCIAL_STABILITY)
                .singleElement()
                .satisfies(n -> assertThat(n.met()).isFalse());
        assertThat(later.inScopeForTargetedEarlyHelp()).isTrue();

        // as the hub knew the family before the claim ended
        assertThat(view.answer(familyId, members, beforeItEnded)
                        .questions()
                        .work()
                        .status())
                .isEqualTo(CONCERN);
    }

    @Test
    void a_family_known_only_from_one_a_and_e_visit_knows_nothing_of_school_or_work() {
        String childNhs = TestIdentifiers.nhsNumber();
        String visit = accepted("nhs", """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},
                 "type":"EMERGENCY_ATTENDANCE","occurredAt":"%s",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]}],
                 "details":{"site":"Bradford Royal Infirmary","arrivedAt":"%s"}}
                """.formatted(TestIdentifiers.messageId(), daysAgo(3), childNhs, daysAgo(3)));
        String familyId = familyOfChild(childNhs);
        List<MemberRole> members = members(familyId);
        Answers answers = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> view.answer(familyId, members, null),
                        a -> a.questions().healthSafeguarding().status() == CONCERN);
        assertThat(answers.questions().healthSafeguarding().eventIds()).containsExactly(visit);
        assertThat(answers.questions().schoolAttendance().status()).isEqualTo(NOT_KNOWN);
        assertThat(answers.questions().work().status()).isEqualTo(NOT_KNOWN);
        assertThat(answers.questions().crimeAntiSocialBehaviour().status()).isEqualTo(NOT_KNOWN);
        assertThat(answers.needsMet()).isEqualTo(1);
        assertThat(answers.inScopeForTargetedEarlyHelp()).isFalse();
    }

    // --- helpers

    String accepted(String agency, String event) {
        HubClient.Response response = hub.post(agency, "/api/v1/events", event);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json().get("results").get(0);
        assertThat(result.get("status").asText()).as(response.body()).isEqualTo("ACCEPTED");
        return result.get("eventId").asText();
    }

    String familyOfChild(String childNhs) {
        JsonNode people = hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + childNhs)
                .json()
                .get("people");
        assertThat(people).hasSize(1);
        assertThat(people.get(0).get("familyIds")).hasSize(1);
        return people.get(0).get("familyIds").get(0).asText();
    }

    /** The members and roles as the family's own read shows them. */
    List<MemberRole> members(String familyId) {
        HubClient.Response family = hub.get("manager", "/api/v1/families/" + familyId);
        assertThat(family.status()).as(family.body()).isEqualTo(200);
        List<MemberRole> members = new ArrayList<>();
        family.json()
                .get("members")
                .forEach(m -> members.add(new MemberRole(
                        m.get("personId").asText(),
                        SubjectRole.valueOf(m.get("role").asText()))));
        return members;
    }

    String daysAgo(int days) {
        return now.minus(days, ChronoUnit.DAYS).toString();
    }

    static String benefit(String type, String occurredAt, String ni, String claim) {
        return """
                {"source":{"agency":"dwp-bradford","sector":"BENEFITS","messageId":"%s"},
                 "type":"%s","occurredAt":"%s",
                 "subjects":[{"role":"PARENT_CARER","identifiers":[{"system":"ni-number","value":"%s"}]}],
                 "details":{"benefit":"UC","claimReference":"%s"}}
                """.formatted(TestIdentifiers.messageId(), type, occurredAt, ni, claim);
    }

    /** A valid PNC id: the check letter indexes ZABCDEFGHJKLMNPQRTUVWXY by year and serial modulo 23. */
    static String pncId() {
        String serial = "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        return "2010/" + serial + "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (Long.parseLong("10" + serial) % 23));
    }

    /** A family name of this test's own, so no other test's people are candidates for a match. */
    static String surname() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }
}
