package org.thinkfamily.hub.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The pairs of people a manager should decide on: maybe one person, registered as two until decided. */
@RestController
@RequestMapping("/api/v1/identity/review")
@Tag(name = "Identity review", description = "Possible matches waiting for a manager")
class IdentityReviewController {

    private final JdbcTemplate jdbc;

    IdentityReviewController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Pair(String pairId, List<String> personIds, double score, String evidence) {
    }

    record Pairs(List<Pair> pairs) {
    }

    @GetMapping
    @Operation(summary = "Open pairs, highest score first, with the per-field evidence")
    Pairs open() {
        return new Pairs(jdbc.query("select pair_id, person_id, candidate_person_id, score, evidence from match_review "
                        + "where status = 'OPEN' order by score desc, queued_at",
                (rs, i) -> new Pair(rs.getString(1), List.of(rs.getString(2), rs.getString(3)), rs.getDouble(4), rs.getString(5))));
    }
}
