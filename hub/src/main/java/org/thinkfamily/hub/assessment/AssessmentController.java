package org.thinkfamily.hub.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.assessment.AddGoal;
import org.thinkfamily.contracts.assessment.AddStrength;
import org.thinkfamily.contracts.assessment.AddWorry;
import org.thinkfamily.contracts.assessment.AssessmentStart;
import org.thinkfamily.contracts.assessment.ContributionKind;
import org.thinkfamily.contracts.assessment.CorrectContribution;
import org.thinkfamily.contracts.assessment.MarkNextStepDone;
import org.thinkfamily.contracts.assessment.RecordChildVoice;
import org.thinkfamily.contracts.assessment.RecordScore;
import org.thinkfamily.contracts.assessment.ReviewAssessment;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.problem.Refused;

/**
 * The family's shared Signs of Safety assessment (docs/assessment.md). Bodies are taken as written and the
 * assessment refuses what is wrong with a 400 naming the field; every read and change goes through the read guard.
 */
@RestController
@Tag(name = "Assessment", description = "The family's one shared Signs of Safety assessment, worked in cycles")
class AssessmentController {

    /** The path word of each kind of contribution that has text to correct. */
    private static final Map<String, ContributionKind> CORRECTABLE = Map.of(
            "worries",
            ContributionKind.WORRY,
            "strengths",
            ContributionKind.STRENGTH,
            "goals",
            ContributionKind.GOAL,
            "child-voice",
            ContributionKind.CHILD_VOICE,
            "scaling",
            ContributionKind.SCALING);

    private final AssessmentWork work;
    private final AssessmentReads reads;
    private final FamilyReadGuard guard;

    AssessmentController(AssessmentWork work, AssessmentReads reads, FamilyReadGuard guard) {
        this.work = work;
        this.reads = reads;
        this.guard = guard;
    }

    record WorryRequest(String kind, String text, Boolean professionalOnly) {}

    record StrengthRequest(String kind, String text, Boolean professionalOnly) {}

    record StepRequest(String text, String owner, String due) {}

    record GoalRequest(String text, List<StepRequest> nextSteps, Boolean professionalOnly) {}

    record ScoreRequest(Integer score, String participant) {}

    record ChildVoiceRequest(String personId, String house, String text) {}

    record TextRequest(String text) {}

    record ReviewRequest(String summary) {}

    @PostMapping("/api/v1/families/{familyId}/assessment")
    @Operation(summary = "Start the family's assessment (201), or answer the live one (200)")
    ResponseEntity<AssessmentView> start(@PathVariable String familyId, Authentication user) {
        AssessmentStart start = work.start(user, familyId);
        AssessmentView view =
                reads.view(work.header(start.assessmentId()), null).orElseThrow();
        return ResponseEntity.status(start.started() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view);
    }

    @GetMapping("/api/v1/families/{familyId}/assessment")
    @Operation(summary = "The family's assessment: the open cycle, or an earlier one as it was closed (cycle)")
    AssessmentView ofFamily(
            @PathVariable String familyId,
            @RequestParam(required = false) Integer cycle,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        guard.open(user, familyId, "READ_ASSESSMENT", purpose);
        AssessmentReads.Header header = work.ofFamily(familyId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "family " + familyId + " has no assessment yet"));
        return cycle(header, cycle);
    }

    @GetMapping("/api/v1/assessments/{assessmentId}")
    @Operation(summary = "The assessment: the open cycle, or an earlier one as it was closed (cycle)")
    AssessmentView read(
            @PathVariable String assessmentId,
            @RequestParam(required = false) Integer cycle,
            @RequestHeader(value = "X-Access-Purpose", required = false) String purpose,
            Authentication user) {
        AssessmentReads.Header header = work.header(assessmentId);
        guard.open(user, header.familyId(), "READ_ASSESSMENT", purpose);
        return cycle(header, cycle);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/worries")
    @Operation(summary = "Add a worry: PAST_HARM, DANGER_STATEMENT or COMPLICATING_FACTOR")
    ResponseEntity<Object> worry(
            @PathVariable String assessmentId, @RequestBody WorryRequest body, Authentication user) {
        String id = newId();
        return created(
                work.contribute(
                        user,
                        assessmentId,
                        "ADD_WORRY",
                        (by, family) -> new AddWorry(
                                assessmentId,
                                id,
                                body.kind(),
                                body.text(),
                                Boolean.TRUE.equals(body.professionalOnly()),
                                by,
                                family)),
                id);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/strengths")
    @Operation(summary = "Add what is working well: STRENGTH or EXISTING_SAFETY")
    ResponseEntity<Object> strength(
            @PathVariable String assessmentId, @RequestBody StrengthRequest body, Authentication user) {
        String id = newId();
        return created(
                work.contribute(
                        user,
                        assessmentId,
                        "ADD_STRENGTH",
                        (by, family) -> new AddStrength(
                                assessmentId,
                                id,
                                body.kind(),
                                body.text(),
                                Boolean.TRUE.equals(body.professionalOnly()),
                                by,
                                family)),
                id);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/goals")
    @Operation(summary = "Add a goal with its next steps: who does what by when")
    ResponseEntity<Object> goal(@PathVariable String assessmentId, @RequestBody GoalRequest body, Authentication user) {
        String id = newId();
        List<AddGoal.Step> steps = body.nextSteps() == null
                ? List.of()
                : body.nextSteps().stream()
                        .map(s -> s == null ? null : new AddGoal.Step(newId(), s.text(), s.owner(), s.due()))
                        .toList();
        return created(
                work.contribute(
                        user,
                        assessmentId,
                        "ADD_GOAL",
                        (by, family) -> new AddGoal(
                                assessmentId,
                                id,
                                body.text(),
                                steps,
                                Boolean.TRUE.equals(body.professionalOnly()),
                                by,
                                family)),
                id);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/goals/{goalId}/next-steps/{stepId}/done")
    @Operation(summary = "Mark a next step done; answers its goal")
    ResponseEntity<Object> done(
            @PathVariable String assessmentId,
            @PathVariable String goalId,
            @PathVariable String stepId,
            Authentication user) {
        return created(
                work.contribute(
                        user,
                        assessmentId,
                        "MARK_NEXT_STEP_DONE",
                        (by, family) -> new MarkNextStepDone(assessmentId, goalId, stepId, by, family)),
                goalId);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/scaling")
    @Operation(summary = "Record a participant's scaling score, 0 to 10")
    ResponseEntity<Object> score(
            @PathVariable String assessmentId, @RequestBody ScoreRequest body, Authentication user) {
        String id = newId();
        return created(
                work.contribute(
                        user,
                        assessmentId,
                        "RECORD_SCORE",
                        (by, family) ->
                                new RecordScore(assessmentId, id, body.score(), body.participant(), by, family)),
                id);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/child-voice")
    @Operation(summary = "Record a child's own words in one of the Three Houses: WORRIES, GOOD_THINGS or DREAMS")
    ResponseEntity<Object> childVoice(
            @PathVariable String assessmentId, @RequestBody ChildVoiceRequest body, Authentication user) {
        String id = newId();
        return created(
                work.contribute(
                        user,
                        assessmentId,
                        "RECORD_CHILD_VOICE",
                        (by, family) -> new RecordChildVoice(
                                assessmentId, id, body.personId(), body.house(), body.text(), by, family)),
                id);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/{kind}/{contributionId}/versions")
    @Operation(summary = "Correct a contribution by a new version of its text; the earlier versions stay")
    ResponseEntity<Object> correct(
            @PathVariable String assessmentId,
            @PathVariable String kind,
            @PathVariable String contributionId,
            @RequestBody TextRequest body,
            Authentication user) {
        ContributionKind contributionKind = CORRECTABLE.get(kind);
        if (contributionKind == null) {
            throw new IllegalArgumentException("kind: one of worries, strengths, goals, child-voice");
        }
        return created(
                work.contribute(
                        user,
                        assessmentId,
                        "CORRECT_CONTRIBUTION",
                        (by, family) -> new CorrectContribution(
                                assessmentId, contributionKind, contributionId, body.text(), by, family)),
                contributionId);
    }

    @PostMapping("/api/v1/assessments/{assessmentId}/review")
    @Operation(
            summary =
                    "Review: close the cycle with a summary; the next cycle starts from its content. Answers the new cycle")
    ResponseEntity<AssessmentView> review(
            @PathVariable String assessmentId, @RequestBody ReviewRequest body, Authentication user) {
        AssessmentReads.Header header = work.contribute(
                user,
                assessmentId,
                "REVIEW_ASSESSMENT",
                (by, family) -> new ReviewAssessment(assessmentId, body.summary(), by, family));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(reads.view(header, null).orElseThrow());
    }

    @ExceptionHandler(UnknownContribution.class)
    ProblemDetail unknown(UnknownContribution e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private AssessmentView cycle(AssessmentReads.Header header, Integer cycle) {
        return reads.view(header, cycle)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "assessment " + header.assessmentId() + " has cycles 1 to " + header.cycle()));
    }

    /** The contribution just written, as the open cycle now reads it. */
    private ResponseEntity<Object> created(AssessmentReads.Header header, String id) {
        AssessmentView view = reads.view(header, null).orElseThrow();
        Object contribution = Stream.<List<? extends AssessmentView.Contribution>>of(
                        view.worries(), view.strengths(), view.goals(), view.scaling(), view.childVoice())
                .flatMap(List::stream)
                .filter(c -> id.equals(c.id()))
                .findFirst()
                .orElseThrow(() -> new Refused("contribution " + id + " is not in the read model"));
        return ResponseEntity.status(HttpStatus.CREATED).body(contribution);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
