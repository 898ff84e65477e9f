package org.thinkfamily.hub.assessment;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.assessment.ContributionKind;

/** Reads the assessment tables: a family's assessment, one cycle of it, one contribution. */
@Component
class AssessmentReads {

    /** An assessment's identity: whose it is and which cycle is open. */
    record Header(String assessmentId, String familyId, int cycle, Instant startedAt) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AssessmentReads(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Header> byId(String assessmentId) {
        return jdbc
                .query(
                        "select assessment_id, family_id, cycle, started_at from assessment where assessment_id = ?",
                        (rs, i) -> header(rs),
                        assessmentId)
                .stream()
                .findFirst();
    }

    Optional<Header> ofFamily(String familyId) {
        return jdbc
                .query(
                        "select assessment_id, family_id, cycle, started_at from assessment where family_id = ?",
                        (rs, i) -> header(rs),
                        familyId)
                .stream()
                .findFirst();
    }

    /** The assessment as the hub knew it at an instant: started by then, in the cycle open then; now when null. */
    Optional<Header> ofFamily(String familyId, Instant at) {
        if (at == null) {
            return ofFamily(familyId);
        }
        return ofFamily(familyId)
                .filter(header -> !header.startedAt().isAfter(at))
                .map(header -> new Header(
                        header.assessmentId(),
                        header.familyId(),
                        jdbc.queryForObject(
                                "select max(cycle) from assessment_cycle where assessment_id = ? and started_at <= ?",
                                Integer.class,
                                header.assessmentId(),
                                Timestamp.from(at)),
                        header.startedAt()));
    }

    /** The cycle asked for (the open one when null), or empty when the assessment has no such cycle. */
    Optional<AssessmentView> view(Header header, Integer cycle) {
        return view(header, cycle, null);
    }

    /**
     * The cycle asked for as the hub knew it at {@code known} (now when null): only what was contributed, written,
     * done and reviewed by then ({@code header} from {@link #ofFamily(String, Instant)} at the same instant).
     */
    Optional<AssessmentView> view(Header header, Integer cycle, Instant known) {
        Timestamp by = Timestamp.from(known == null ? Instant.parse("9999-12-31T00:00:00Z") : known);
        int wanted = cycle == null ? header.cycle() : cycle;
        if (wanted < 1 || wanted > header.cycle()) {
            return Optional.empty();
        }
        String id = header.assessmentId();
        Instant[] startedAndReviewed = jdbc.queryForObject(
                "select started_at, reviewed_at from assessment_cycle where assessment_id = ? and cycle = ?",
                (rs, i) -> new Instant[] {rs.getTimestamp(1).toInstant(), instant(rs.getTimestamp(2))},
                id,
                wanted);
        Instant cycleStartedAt = startedAndReviewed[0];
        // a closed cycle reads as it was closed: a step was overdue if it was past due when the cycle was reviewed;
        // the due date is a UK day, so "past due" is judged in UK time
        Instant reviewedAt = known != null && startedAndReviewed[1] != null && startedAndReviewed[1].isAfter(known)
                ? null
                : startedAndReviewed[1];
        Instant now = known == null ? clock.instant() : known;
        Instant asAt = reviewedAt == null ? now : reviewedAt;
        Map<String, List<AssessmentView.Version>> versions = versions(id, wanted, by);
        Map<String, List<AssessmentView.Step>> steps = steps(id, wanted, LocalDate.ofInstant(asAt, UK), by);
        List<AssessmentView.Worry> worries = new ArrayList<>();
        List<AssessmentView.Strength> strengths = new ArrayList<>();
        List<AssessmentView.Goal> goals = new ArrayList<>();
        List<AssessmentView.Score> scaling = new ArrayList<>();
        List<AssessmentView.ChildVoice> voices = new ArrayList<>();
        jdbc.query(
                """
                select contribution_id, kind, sub_kind, professional_only, score, participant, person_id, author, agency, contributed_at
                from assessment_contribution where assessment_id = ? and cycle = ? and contributed_at <= ? order by seq""",
                rs -> {
                    String cid = rs.getString(1);
                    List<AssessmentView.Version> vs = versions.getOrDefault(cid, List.of());
                    String text = vs.isEmpty() ? null : vs.get(vs.size() - 1).text();
                    String author = rs.getString(8);
                    String agency = rs.getString(9);
                    Instant at = rs.getTimestamp(10).toInstant();
                    switch (ContributionKind.valueOf(rs.getString(2))) {
                        case WORRY ->
                            worries.add(new AssessmentView.Worry(
                                    cid, rs.getString(3), text, rs.getBoolean(4), author, agency, at, vs));
                        case STRENGTH ->
                            strengths.add(new AssessmentView.Strength(
                                    cid, rs.getString(3), text, rs.getBoolean(4), author, agency, at, vs));
                        case GOAL ->
                            goals.add(new AssessmentView.Goal(
                                    cid,
                                    text,
                                    steps.getOrDefault(cid, List.of()),
                                    rs.getBoolean(4),
                                    author,
                                    agency,
                                    at,
                                    vs));
                        case SCALING ->
                            scaling.add(
                                    new AssessmentView.Score(cid, rs.getInt(5), rs.getString(6), author, agency, at));
                        case CHILD_VOICE ->
                            voices.add(new AssessmentView.ChildVoice(
                                    cid, rs.getString(7), rs.getString(3), text, author, agency, at, vs));
                    }
                },
                id,
                wanted,
                by);
        List<AssessmentView.Review> history = jdbc.query(
                """
                select cycle, reviewed_at, reviewed_by, reviewed_by_agency, summary from assessment_cycle
                where assessment_id = ? and cycle <= ? and reviewed_at is not null and reviewed_at <= ? order by cycle""",
                (rs, i) -> new AssessmentView.Review(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                id,
                wanted,
                by);
        return Optional.of(new AssessmentView(
                id,
                header.familyId(),
                wanted,
                header.cycle(),
                header.startedAt(),
                cycleStartedAt,
                worries,
                strengths,
                goals,
                scaling,
                voices,
                history));
    }

    /** The goals of a family's open cycle, each with its next steps. */
    List<AssessmentView.Goal> liveGoals(String familyId) {
        return liveGoals(familyId, null);
    }

    /** The goals of the cycle open at an instant, as the hub knew them then (now when null). */
    List<AssessmentView.Goal> liveGoals(String familyId, Instant at) {
        return ofFamily(familyId, at)
                .flatMap(header -> view(header, null, at))
                .map(AssessmentView::goals)
                .orElse(List.of());
    }

    /** Each participant's latest score in the open cycle, by participant. */
    List<AssessmentView.Score> latestScores(Header header) {
        return latestScores(header, null);
    }

    /** Each participant's latest score by an instant (now when null), in the header's cycle. */
    List<AssessmentView.Score> latestScores(Header header, Instant at) {
        Timestamp by = Timestamp.from(at == null ? Instant.parse("9999-12-31T00:00:00Z") : at);
        return jdbc.query(
                """
                select c.contribution_id, c.score, c.participant, c.author, c.agency, c.contributed_at from assessment_contribution c
                where c.assessment_id = ? and c.cycle = ? and c.kind = 'SCALING' and c.contributed_at <= ?
                  and c.seq = (select max(o.seq) from assessment_contribution o
                    where o.assessment_id = c.assessment_id and o.cycle = c.cycle and o.kind = 'SCALING'
                      and o.participant = c.participant and o.contributed_at <= ?)
                order by c.participant""",
                (rs, i) -> new AssessmentView.Score(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()),
                header.assessmentId(),
                header.cycle(),
                by,
                by);
    }

    private Map<String, List<AssessmentView.Version>> versions(String assessmentId, int cycle, Timestamp by) {
        Map<String, List<AssessmentView.Version>> byContribution = new HashMap<>();
        jdbc.query(
                """
                select contribution_id, version, text, author, agency, written_at from assessment_version
                where assessment_id = ? and cycle = ? and written_at <= ? order by contribution_id, version""",
                rs -> {
                    byContribution
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new AssessmentView.Version(
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getTimestamp(6).toInstant()));
                },
                assessmentId,
                cycle,
                by);
        return byContribution;
    }

    /** Each goal's steps; a step done after {@code by} is not done yet. */
    private Map<String, List<AssessmentView.Step>> steps(
            String assessmentId, int cycle, LocalDate today, Timestamp by) {
        Map<String, List<AssessmentView.Step>> byGoal = new HashMap<>();
        jdbc.query(
                """
                select goal_id, step_id, text, owner, due, done_at, done_by from assessment_next_step
                where assessment_id = ? and cycle = ? order by goal_id, step_order""",
                rs -> {
                    LocalDate due = rs.getDate(5).toLocalDate();
                    Instant doneAt = instant(rs.getTimestamp(6));
                    if (doneAt != null && doneAt.isAfter(by.toInstant())) {
                        doneAt = null;
                    }
                    byGoal.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new AssessmentView.Step(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    due,
                                    doneAt != null,
                                    doneAt,
                                    rs.getString(7),
                                    doneAt == null && due.isBefore(today)));
                },
                assessmentId,
                cycle);
        return byGoal;
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getTimestamp(4).toInstant());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** What others wrote in the open cycle after {@code since}: each contribution or new version, oldest first. */
    List<org.thinkfamily.contracts.assessment.AssessmentNews> news(
            String familyId, java.time.Instant since, String user) {
        return jdbc.query(
                """
                select c.kind, v.author, v.agency, v.written_at from assessment a
                join assessment_version v on v.assessment_id = a.assessment_id and v.cycle = a.cycle
                join assessment_contribution c on c.assessment_id = v.assessment_id and c.cycle = v.cycle
                     and c.contribution_id = v.contribution_id
                where a.family_id = ? and v.written_at > ? and v.author <> ?
                order by v.written_at""",
                (rs, i) -> new org.thinkfamily.contracts.assessment.AssessmentNews(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()),
                familyId,
                java.sql.Timestamp.from(since),
                user);
    }
}
