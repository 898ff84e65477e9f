package org.thinkfamily.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.RunningHub;
import org.thinkfamily.hub.support.TestIdentifiers;

/** The shared assessment over HTTP on the real hub: one per family, who works on it, refusals, cycles. */
@TestPropertySource(properties = "thinkfamily.test.hub=assessment")
abstract class AssessmentScenarios extends RunningHub {

    @Autowired
    AssessmentSummaries summaries;
    /** A family of one child, from an A&E attendance. */
    String family() {
        return hub.familyOfOneChild();
    }

    String start(String familyId) {
        HubClient.Response started = hub.post("manager", "/api/v1/families/" + familyId + "/assessment", "");
        assertThat(started.status()).isEqualTo(201);
        return started.json().get("assessmentId").asText();
    }

    @Test
    void eight_people_starting_it_at_once_start_one_assessment() throws Exception {
        String familyId = family();
        CountDownLatch ready = new CountDownLatch(8);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<HubClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<HubClient.Response> start = () -> {
                    ready.countDown();
                    go.await();
                    return hub.post("manager", "/api/v1/families/" + familyId + "/assessment", "");
                };
                answers.add(threads.submit(start));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<HubClient.Response> answer : answers) {
                HubClient.Response response = answer.get();
                statuses.add(response.status());
                ids.add(response.json().get("assessmentId").asText());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200, 200, 200, 200, 200);
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(hub.get("manager", "/api/v1/families/" + familyId + "/assessment")
                            .json()
                            .get("assessmentId")
                            .asText())
                    .isEqualTo(ids.get(0));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void the_team_works_on_it_an_auditor_reads_it_and_no_one_else_sees_it() {
        String familyId = family();
        String family = "/api/v1/families/" + familyId;
        String id = start(familyId);
        String assessment = "/api/v1/assessments/" + id;
        String danger =
                "{\"kind\":\"DANGER_STATEMENT\",\"text\":\"We are worried the children are not safe when Dad drinks\"}";

        // a practitioner off the team, and an agency system: neither reads nor adds
        assertThat(hub.get("dsl", assessment).status()).isEqualTo(403);
        assertThat(hub.get("dsl", family + "/assessment").status()).isEqualTo(403);
        assertThat(hub.post("dsl", assessment + "/worries", danger).status()).isEqualTo(403);
        assertThat(hub.post("dsl", family + "/assessment", "").status()).isEqualTo(403);
        assertThat(hub.get("police", assessment).status()).isEqualTo(403);
        assertThat(hub.post("police", assessment + "/worries", danger).status()).isEqualTo(403);
        // an auditor reads, and adds nothing
        assertThat(hub.get("auditor", assessment).status()).isEqualTo(200);
        assertThat(hub.post("auditor", assessment + "/worries", danger).status())
                .isEqualTo(403);
        assertThat(hub.post("auditor", family + "/assessment", "").status()).isEqualTo(403);

        // on the team, the school's safeguarding lead adds a danger statement and a score
        assertThat(hub.post("manager", family + "/team", "{\"user\":\"dsl\",\"agency\":\"bradford-school\"}")
                        .status())
                .isEqualTo(201);
        HubClient.Response worry = hub.post("dsl", assessment + "/worries", danger);
        assertThat(worry.status()).isEqualTo(201);
        assertThat(worry.json().get("kind").asText()).isEqualTo("DANGER_STATEMENT");
        assertThat(worry.json().get("author").asText()).isEqualTo("dsl");
        assertThat(worry.json().get("agency").asText()).isEqualTo("bradford-school");
        assertThat(hub.post(
                                "dsl",
                                assessment + "/scaling",
                                "{\"score\":3,\"participant\":\"Designated safeguarding lead\"}")
                        .status())
                .isEqualTo(201);
        // the lead professional reads both, attributed to the school
        assertThat(hub.get("lead", assessment).status()).isEqualTo(403);
        hub.post("manager", family + "/lead-professional", "{\"user\":\"lead\"}");
        JsonNode read = hub.get("lead", family + "/assessment").json();
        assertThat(read.at("/worries/0/text").asText())
                .isEqualTo("We are worried the children are not safe when Dad drinks");
        assertThat(read.at("/worries/0/author").asText()).isEqualTo("dsl");
        assertThat(read.at("/worries/0/agency").asText()).isEqualTo("bradford-school");
        assertThat(read.at("/worries/0/at").asText()).isNotEmpty();
        assertThat(read.at("/scaling/0/score").asInt()).isEqualTo(3);
        assertThat(read.at("/scaling/0/author").asText()).isEqualTo("dsl");
        assertThat(read.at("/scaling/0/agency").asText()).isEqualTo("bradford-school");
        // a manager has no agency
        JsonNode managers = hub.post(
                        "manager", assessment + "/strengths", "{\"kind\":\"STRENGTH\",\"text\":\"Mum asks for help\"}")
                .json();
        assertThat(managers.get("author").asText()).isEqualTo("manager");
        assertThat(managers.has("agency")).isFalse();
        // each read and change is in the access log, and so are the refusals
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(hub.accessActions(familyId, "dsl"))
                        .contains("READ_ASSESSMENT_DENIED", "ADD_WORRY_DENIED", "ADD_WORRY", "RECORD_SCORE"));
    }

    @Test
    void what_is_wrong_is_refused_naming_the_field() {
        String familyId = family();
        String family = "/api/v1/families/" + familyId;
        String assessment = "/api/v1/assessments/" + start(familyId);
        String child =
                hub.get("manager", family).json().at("/members/0/personId").asText();

        assertThat(refusal(hub.post("manager", assessment + "/scaling", "{\"score\":11,\"participant\":\"Mum\"}")))
                .startsWith("score:");
        assertThat(refusal(hub.post("manager", assessment + "/scaling", "{\"participant\":\"Mum\"}")))
                .startsWith("score:");
        assertThat(refusal(hub.post("manager", assessment + "/worries", "{\"kind\":\"PAST_HARM\",\"text\":\"\"}")))
                .startsWith("text:");
        assertThat(refusal(hub.post("manager", assessment + "/worries", "{\"kind\":\"SOMETHING\",\"text\":\"x\"}")))
                .startsWith("kind:");
        assertThat(refusal(hub.post(
                        "manager",
                        assessment + "/child-voice",
                        "{\"personId\":\"" + TestIdentifiers.messageId()
                                + "\",\"house\":\"WORRIES\",\"text\":\"shouting\"}")))
                .startsWith("personId:");
        assertThat(
                        refusal(
                                hub.post(
                                        "manager",
                                        assessment + "/goals",
                                        "{\"text\":\"school every day\",\"nextSteps\":[{\"text\":\"chart\",\"owner\":\"school\",\"due\":\"soon\"}]}")))
                .startsWith("nextSteps[0].due:");
        assertThat(refusal(hub.post("manager", assessment + "/nonsense/abc/versions", "{\"text\":\"x\"}")))
                .startsWith("kind:");
        assertThat(hub.post("manager", assessment + "/worries/no-such-worry/versions", "{\"text\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(hub.get("manager", "/api/v1/assessments/no-such-assessment").status())
                .isEqualTo(404);
        HubClient.Response voice = hub.post(
                "manager",
                assessment + "/child-voice",
                "{\"personId\":\"" + child + "\",\"house\":\"DREAMS\",\"text\":\"a dog\"}");
        assertThat(voice.status()).isEqualTo(201);
        assertThat(voice.json().get("house").asText()).isEqualTo("DREAMS");

        // stepped down out of early help, the family's assessment takes nothing more, and reads as it was
        assertThat(hub.post("manager", family + "/close", "{\"reason\":\"goals met\"}")
                        .status())
                .isEqualTo(200);
        assertThat(hub.post("manager", assessment + "/worries", "{\"kind\":\"PAST_HARM\",\"text\":\"more\"}")
                        .status())
                .isEqualTo(409);
        assertThat(hub.post("manager", assessment + "/review", "{\"summary\":\"closing\"}")
                        .status())
                .isEqualTo(409);
        assertThat(hub.get("manager", assessment).json().get("childVoice")).hasSize(1);
        assertThat(hub.post("manager", family + "/assessment", "").status()).isEqualTo(200);
    }

    @Test
    void a_review_closes_the_cycle_and_the_closed_cycle_reads_as_it_was_closed() {
        String familyId = family();
        String assessment = "/api/v1/assessments/" + start(familyId);
        String worryId = hub.post(
                        "manager", assessment + "/worries", "{\"kind\":\"PAST_HARM\",\"text\":\"first words\"}")
                .json()
                .get("id")
                .asText();
        JsonNode goal = hub.post("manager", assessment + "/goals", """
                {"text":"The children are at school every day","professionalOnly":true,
                 "nextSteps":[{"text":"Morning routine chart","owner":"school","due":"2020-01-31"},
                              {"text":"Walking bus","owner":"Mum","due":"2999-01-31"}]}""").json();
        assertThat(goal.get("professionalOnly").asBoolean()).isTrue();
        assertThat(goal.at("/nextSteps/0/overdue").asBoolean()).isTrue();
        assertThat(goal.at("/nextSteps/1/overdue").asBoolean()).isFalse();
        hub.post("manager", assessment + "/scaling", "{\"score\":2,\"participant\":\"Mum\"}");
        hub.post("manager", assessment + "/scaling", "{\"score\":4,\"participant\":\"Mum\"}");

        JsonNode next = hub.post("manager", assessment + "/review", "{\"summary\":\"Some progress\"}")
                .json();
        assertThat(next.get("cycle").asInt()).isEqualTo(2);
        assertThat(next.at("/history/0/cycle").asInt()).isEqualTo(1);
        assertThat(next.at("/history/0/reviewedBy").asText()).isEqualTo("manager");
        assertThat(next.at("/history/0/summary").asText()).isEqualTo("Some progress");
        assertThat(next.at("/worries/0/text").asText()).isEqualTo("first words");
        assertThat(next.get("goals")).hasSize(1);

        // cycle 2 changes: a correction, a step done, a new strength, a new score
        assertThat(hub.post("dsl", assessment + "/worries/" + worryId + "/versions", "{\"text\":\"x\"}")
                        .status())
                .isEqualTo(403);
        JsonNode corrected = hub.post(
                        "manager", assessment + "/worries/" + worryId + "/versions", "{\"text\":\"better words\"}")
                .json();
        assertThat(corrected.get("text").asText()).isEqualTo("better words");
        assertThat(corrected.get("versions"))
                .extracting(v -> v.get("text").asText())
                .containsExactly("first words", "better words");
        String goalId = goal.get("id").asText();
        String stepId = goal.at("/nextSteps/0/id").asText();
        JsonNode done = hub.post("manager", assessment + "/goals/" + goalId + "/next-steps/" + stepId + "/done", "")
                .json();
        assertThat(done.at("/nextSteps/0/done").asBoolean()).isTrue();
        assertThat(done.at("/nextSteps/0/overdue").asBoolean()).isFalse();
        assertThat(hub.post("manager", assessment + "/goals/" + goalId + "/next-steps/" + stepId + "/done", "")
                        .status())
                .isEqualTo(409);
        hub.post("manager", assessment + "/strengths", "{\"kind\":\"STRENGTH\",\"text\":\"Gran helps\"}");
        hub.post("manager", assessment + "/scaling", "{\"score\":6,\"participant\":\"Mum\"}");

        JsonNode first = hub.get("manager", assessment + "?cycle=1").json();
        assertThat(first.get("cycle").asInt()).isEqualTo(1);
        assertThat(first.at("/worries/0/text").asText()).isEqualTo("first words");
        assertThat(first.at("/worries/0/versions")).hasSize(1);
        assertThat(first.get("strengths")).isEmpty();
        assertThat(first.at("/goals/0/nextSteps/0/done").asBoolean()).isFalse();
        assertThat(first.at("/goals/0/nextSteps/0/overdue").asBoolean()).isTrue();
        assertThat(first.get("scaling")).extracting(s -> s.get("score").asInt()).containsExactly(2, 4);
        assertThat(hub.get("manager", "/api/v1/families/" + familyId + "/assessment?cycle=1")
                        .json())
                .isEqualTo(first);
        JsonNode second = hub.get("manager", assessment).json();
        assertThat(second.get("cycle").asInt()).isEqualTo(2);
        assertThat(second.at("/worries/0/text").asText()).isEqualTo("better words");
        assertThat(second.get("strengths")).hasSize(1);
        assertThat(hub.get("manager", assessment + "?cycle=3").status()).isEqualTo(404);

        // in brief, for the Think Family view: the cycle, each participant's latest score, the live goals, what is
        // overdue
        assertThat(summaries.summary(familyId)).hasValueSatisfying(summary -> {
            assertThat(summary.cycle()).isEqualTo(2);
            assertThat(summary.latestScaling())
                    .singleElement()
                    .satisfies(s -> assertThat(s.score()).isEqualTo(6));
        });
        assertThat(summaries.liveGoals(familyId))
                .singleElement()
                .satisfies(g -> assertThat(g.text()).isEqualTo("The children are at school every day"));
        assertThat(summaries.overdueNextSteps(familyId)).isEmpty();
        assertThat(summaries.summary(family())).isEmpty();
    }

    private static String refusal(HubClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("detail").asText();
    }
}
