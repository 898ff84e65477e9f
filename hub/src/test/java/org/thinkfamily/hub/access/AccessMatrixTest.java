package org.thinkfamily.hub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thinkfamily.hub.support.AgencyScenarios;
import org.thinkfamily.hub.support.OnPostgres;

/**
 * Who may do what, from one table: every endpoint against every role, for a family the person works with (they lead
 * it, or are on its team around the family) and one they do not. Each cell is the HTTP status expected. A lead
 * professional and a practitioner are refused a family they have no relationship with (they may break glass:
 * BreakGlassTest); managers and auditors read every family; agency systems write their sector and read nothing.
 * (The families have no assessment yet: 404 where the read is allowed, 403 where it is not. A test context exports
 * no metrics, so the metrics endpoint is 404 where it is allowed; a running hub serves it, TwoNodesQueueTest. Erasure
 * is asked for a person who does not exist: 404 where it is allowed, so the matrix erases nobody.)
 */
@OnPostgres
class AccessMatrixTest extends AgencyScenarios {

    /** The users as the columns name them; "-" sends no credentials. */
    private static final List<String> USERS =
            List.of("lead", "lead", "dsl", "dsl", "manager", "auditor", "police", "-");

    /** For each column: the related family (true) or the unrelated one. Roles that see all read the unrelated one. */
    private static final List<Boolean> RELATED = List.of(true, false, true, false, false, false, false, false);

    private static final String MATRIX = """
            method path                                   lead+ lead- dsl+ dsl- manager auditor police anonymous
            GET    /actuator/health                       200   200   200  200  200     200     200    200
            GET    /actuator/prometheus                   403   403   403  403  404     403     403    401
            GET    /api/v1/families                       200   200   200  200  200     200     403    401
            GET    /api/v1/families/{family}              200   403   200  403  200     200     403    401
            GET    /api/v1/families/{family}/timeline     200   403   200  403  200     200     403    401
            GET    /api/v1/families/{family}/assessment   404   403   404  403  404     404     403    401
            GET    /api/v1/people/{child}                 200   404   403  403  200     200     403    401
            GET    /api/v1/people/{child}/export          403   403   403  403  403     200     403    401
            GET    /api/v1/audit/access?familyId={family} 403   403   403  403  403     200     403    401
            GET    /api/v1/audit/break-glass              403   403   403  403  200     200     403    401
            GET    /api/v1/audit/integrity                403   403   403  403  403     200     403    401
            GET    /api/v1/audit/retention                403   403   403  403  403     200     403    401
            GET    /api/v1/identity/review                403   403   403  403  200     403     403    401
            GET    /api/v1/dead-letters                   403   403   403  403  200     403     200    401
            GET    /api/v1/projection-failures            403   403   403  403  200     403     403    401
            GET    /api/v1/contacts                       403   403   403  403  200     403     403    401
            POST   /api/v1/families/{family}/tier         403   403   403  403  200     403     403    401
            POST   /api/v1/families/{family}/close        403   403   403  403  -       403     403    401
            POST   /api/v1/events                         403   403   403  403  403     403     -      401
            POST   /api/v1/people/{nobody}/erase          403   403   403  403  403     404     403    401
            """;

    @Test
    void every_endpoint_answers_every_role_and_relationship_as_the_table_says() {
        Family related = pushTheScenario();
        Family unrelated = pushTheScenario();
        String path = "/api/v1/families/" + related.familyId();
        assertThat(hub.post("manager", path + "/lead-professional", "{\"user\":\"lead\"}")
                        .status())
                .isEqualTo(200);
        assertThat(hub.post("manager", path + "/team", "{\"user\":\"dsl\",\"agency\":\"bradford-school\"}")
                        .status())
                .isEqualTo(201);

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String line : MATRIX.strip().lines().skip(1).toList()) {
            String[] cells = line.trim().split("\\s+");
            for (int column = 0; column < USERS.size(); column++) {
                String expected = cells[column + 2];
                if (expected.equals("-")) {
                    continue; // a change the row's other cells already prove, not repeated for this role
                }
                Family family = RELATED.get(column) ? related : unrelated;
                String target = cells[1].replace("{family}", family.familyId())
                        .replace("{child}", family.childId())
                        .replace("{nobody}", "00000000-0000-0000-0000-000000000000");
                String user = USERS.get(column).equals("-") ? null : USERS.get(column);
                int status = cells[0].equals("GET")
                        ? hub.exchange(user, "GET", target, null).statusCode()
                        : hub.exchange(user, "POST", target, body(cells[1])).statusCode();
                checked++;
                if (status != Integer.parseInt(expected)) {
                    wrong.add(cells[0] + " " + cells[1] + " as " + (user == null ? "anonymous" : user)
                            + (RELATED.get(column) ? " (related)" : "") + ": " + status + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    /** A body each change would accept from someone allowed to make it, so a refusal is the role's, not the body's. */
    private static String body(String path) {
        if (path.endsWith("/tier")) {
            return "{\"tier\":2,\"reason\":\"the access matrix\"}";
        }
        if (path.endsWith("/close") || path.endsWith("/erase")) {
            return "{\"reason\":\"the access matrix\"}";
        }
        return "[]";
    }
}
