package org.thinkfamily.hub.thinkfamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.thinkfamily.hub.thinkfamily.QuestionStatus.CONCERN;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.TestIdentifiers;

/** The Think Family view's scenarios on the embedded default (H2), and a family with a long history. */
class EmbeddedThinkFamilyViewTest extends ThinkFamilyViewScenarios {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedThinkFamilyViewTest.class);

    /** 200 records over two years from four agencies; the time of one answer is logged (measured, not asserted). */
    @Test
    void a_family_of_200_records_is_answered_whole() {
        String childNhs = TestIdentifiers.nhsNumber();
        String motherNi = TestIdentifiers.niNumber();
        String uprn = TestIdentifiers.uprn();
        String surname = surname();
        post("police", List.of("""
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","messageId":"%s"},
                 "type":"DOMESTIC_ABUSE_INCIDENT","occurredAt":"%s",
                 "subjects":[
                   {"role":"PARENT_CARER","identifiers":[{"system":"ni-number","value":"%s"}],
                    "name":{"given":"Mary","family":"%s"},"birthDate":"1990-06-01","address":{"uprn":"%s"}},
                   {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                    "name":{"given":"Jane","family":"%s"},"birthDate":"2015-03-02","address":{"uprn":"%s"}}],
                 "details":{"policeReference":"13/123456/26","childPresent":true}}
                """.formatted(
                        TestIdentifiers.messageId(), daysAgo(700), motherNi, surname, uprn, childNhs, surname, uprn)));
        List<String> health = new ArrayList<>();
        List<String> school = new ArrayList<>();
        List<String> police = new ArrayList<>();
        List<String> benefits = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            health.add("""
                    {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},
                     "type":"EMERGENCY_ATTENDANCE","occurredAt":"%s",
                     "subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]}],
                     "details":{"site":"Bradford Royal Infirmary","arrivedAt":"%s"}}
                    """.formatted(TestIdentifiers.messageId(), daysAgo(i * 14), childNhs, daysAgo(i * 14)));
            school.add("""
                    {"source":{"agency":"bradford-school-2001","sector":"EDUCATION","messageId":"%s"},
                     "type":"SCHOOL_ATTENDANCE_SUMMARY","occurredAt":"%s",
                     "subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]}],
                     "details":{"periodStart":"%s","periodEnd":"%s","possibleSessions":20,"presentSessions":%d,
                                "authorisedAbsences":0,"unauthorisedAbsences":%d}}
                    """.formatted(
                            TestIdentifiers.messageId(),
                            daysAgo(i * 14),
                            childNhs,
                            today.minusDays(i * 14L + 13),
                            today.minusDays(i * 14L),
                            20 - i % 5,
                            i % 5));
            police.add("""
                    {"source":{"agency":"west-yorkshire-police","sector":"POLICE","messageId":"%s"},
                     "type":"%s","occurredAt":"%s",
                     "subjects":[{"role":"PARENT_CARER","identifiers":[{"system":"ni-number","value":"%s"}]}],
                     "details":{"policeReference":"13/%06d/26","involvement":"%s"}}
                    """.formatted(
                            TestIdentifiers.messageId(),
                            i % 2 == 0 ? "CRIME_INCIDENT" : "ANTI_SOCIAL_BEHAVIOUR",
                            daysAgo(i * 14 + 3),
                            motherNi,
                            i,
                            i % 3 == 0 ? "SUSPECT" : "WITNESS"));
            benefits.add(benefit(
                    i % 2 == 0 ? "OUT_OF_WORK_BENEFIT_STARTED" : "OUT_OF_WORK_BENEFIT_ENDED",
                    daysAgo(700 - i * 14),
                    motherNi,
                    "UC-" + surname + "-" + i / 2));
        }
        String familyId = familyOfChild(childNhs);
        post("nhs", health);
        post("school", school);
        post("police", police.subList(0, 49)); // with the domestic abuse incident above: 200 in all
        post("dwp", benefits);
        List<MemberRole> members = members(familyId);
        HubClient.Response timeline = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> hub.get("manager", "/api/v1/families/" + familyId + "/timeline"),
                        t -> t.json().get("entries").size() == 200);
        assertThat(timeline.status()).isEqualTo(200);

        Answers answers = view.answer(familyId, members, null);
        assertThat(answers.questions().healthSafeguarding().status()).isEqualTo(CONCERN);
        assertThat(answers.questions().healthSafeguarding().facts()).hasSize(50 + 2); // the incident names two members
        assertThat(answers.questions().schoolAttendance().eventIds()).hasSize(1); // the latest summary only
        assertThat(answers.questions().crimeAntiSocialBehaviour().facts()).hasSize(49);
        assertThat(answers.questions().work().facts()).hasSize(25);

        for (int i = 0; i < 50; i++) {
            view.answer(familyId, members, null);
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            view.answer(familyId, members, null);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        log.info(
                "answer() for a family of 200 records, 200 calls: p50 {} ms, p99 {} ms, max {} ms",
                nanos[99] / 1_000_000.0,
                nanos[197] / 1_000_000.0,
                nanos[199] / 1_000_000.0);
    }

    private void post(String agency, List<String> events) {
        for (int from = 0; from < events.size(); from += 100) {
            StringJoiner array = new StringJoiner(",", "[", "]");
            events.subList(from, Math.min(events.size(), from + 100)).forEach(array::add);
            HubClient.Response response = hub.post(agency, "/api/v1/events", array.toString());
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json()
                    .get("results")
                    .forEach(r -> assertThat(r.get("status").asText())
                            .as(r.toString())
                            .isEqualTo("ACCEPTED"));
        }
    }
}
