package org.thinkfamily.hub.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thinkfamily.hub.support.CanonicalEvents;
import org.thinkfamily.hub.support.HubClient;
import org.thinkfamily.hub.support.RequiresRabbitMq;
import org.thinkfamily.hub.support.TestIdentifiers;

/** The RabbitMQ queues (a real broker) and the police JSON door over HTTP. */
@RequiresRabbitMq
class QueueAndHttpConnectorsTest extends ConnectorSuite {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.rabbitmq.host", () -> RequiresRabbitMq.HOST);
        // queues of this run only, so runs never take each other's messages
        registry.add("thinkfamily.connectors.rabbitmq.events-queue", () -> "thinkfamily.events.test-" + RUN);
        registry.add("thinkfamily.connectors.rabbitmq.police-queue", () -> "thinkfamily.police.test-" + RUN);
    }

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcTemplate jdbc;

    static String notification(String id, String child, String birth) {
        return """
                {"notificationId":"%s","policeForce":"West Yorkshire Police","policeReference":"13/555/26",
                 "incidentDate":"2026-11-21","incidentTime":"23:40","childForename":"%s","childSurname":"Khan",
                 "childDateOfBirth":"%s","childPresent":"Y","voiceOfChild":"Said she was scared"}""".formatted(id, child, birth);
    }

    @Test
    void canonical_events_on_the_queue_are_taken_once_and_bad_ones_dead_lettered() {
        String nhs = TestIdentifiers.nhsNumber();
        String event = CanonicalEvents.emergencyAttendance(TestIdentifiers.messageId(), "2026-11-22T09:05:00Z", nhs);
        rabbit.convertAndSend("thinkfamily", "thinkfamily.events.test-" + RUN, event.getBytes());
        rabbit.convertAndSend("thinkfamily", "thinkfamily.events.test-" + RUN, event.getBytes()); // redelivered
        rabbit.convertAndSend("thinkfamily", "thinkfamily.events.test-" + RUN, "{not json".getBytes());
        JsonNode person = patiently()
                .until(
                        () -> hub.get("manager", "/api/v1/people?identifier=nhs-number%7C" + nhs)
                                .json()
                                .get("people"),
                        p -> p.size() == 1)
                .get(0);
        String familyId = person.get("familyIds").get(0).asText();
        patiently()
                .until(() -> hub.deadLetters("manager", "canonical-events").stream()
                        .anyMatch(l -> l.get("reason").asText().contains("not a canonical event")));
        assertThat(patiently()
                        .until(
                                () -> hub.get("manager", "/api/v1/families/" + familyId + "/timeline")
                                        .json()
                                        .get("entries"),
                                e -> e.size() >= 1))
                .hasSize(1);
    }

    @Test
    void a_police_notification_from_the_queue_names_its_children_together() {
        String id = "ENC-Q-" + RUN;
        rabbit.convertAndSend(
                "thinkfamily",
                "thinkfamily.police.test-" + RUN,
                ("[" + notification(id, "Dina", "2016-05-05") + "," + notification(id, "Eli", "2019-09-09") + "]")
                        .getBytes());
        String family = patiently()
                .until(
                        () -> jdbc.queryForList(
                                "select m.family_id from family_membership m join person_directory p on p.person_id = m.person_id where p.given_name in ('Dina', 'Eli')",
                                String.class),
                        f -> f.size() == 2)
                .get(0);
        assertThat(jdbc.queryForList(
                        "select person_id from family_membership where family_id = ?", String.class, family))
                .hasSize(2);
    }

    @Test
    void a_police_notification_over_http_is_answered_per_notification() {
        HubClient.Response ok = hub.post(
                "police", "/api/v1/connectors/police/encompass", notification("ENC-H-" + RUN, "Fay", "2017-01-01"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().at("/results/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(hub.post(
                                "police",
                                "/api/v1/connectors/police/encompass",
                                notification("ENC-H-" + RUN, "Fay", "2017-01-01"))
                        .json()
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("DUPLICATE");
        HubClient.Response bad =
                hub.post("police", "/api/v1/connectors/police/encompass", notification("ENC-H2-" + RUN, "Gus", "soon"));
        assertThat(bad.json().at("/results/0/status").asText()).isEqualTo("REJECTED");
        assertThat(bad.json().at("/results/0/errors/0/field").asText()).isEqualTo("childDateOfBirth");
        assertThat(hub.post("nhs", "/api/v1/connectors/police/encompass", notification("X", "Hal", "2017-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(hub.post("police", "/api/v1/connectors/police/encompass", "\"text\"")
                        .status())
                .isEqualTo(400);
    }
}
