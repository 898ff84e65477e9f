package org.thinkfamily.hub.assessment;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.problem.Refused;
import org.thinkfamily.hub.web.Words;

/**
 * The shared Signs of Safety assessment as web pages: the three columns, scaling and its trend, the children's
 * own words, the cycles; and the family's own plan to print. The pages work the assessment exactly as the API does
 * (the same work and reads, through the read guard, so every read and change is recorded); a refusal comes back to
 * the page as a GOV.UK error summary, with what was typed kept.
 */
@Controller
class AssessmentPages {

    /** Next-step rows the goal form offers; the first is required. */
    static final int STEP_ROWS = 3;

    static final Map<String, String> WORRY_KINDS = labels(
            "PAST_HARM",
            "Past harm",
            "DANGER_STATEMENT",
            "Danger statement",
            "COMPLICATING_FACTOR",
            "Complicating factor");
    static final Map<String, String> WORRY_GROUPS = labels(
            "PAST_HARM",
            "Past harm",
            "DANGER_STATEMENT",
            "Danger statements",
            "COMPLICATING_FACTOR",
            "Complicating factors");
    static final Map<String, String> WORRY_HINTS = labels(
            "PAST_HARM",
            "What has happened to the children",
            "DANGER_STATEMENT",
            "What we are worried could happen to the children if nothing changes",
            "COMPLICATING_FACTOR",
            "What makes things harder to sort out");
    static final Map<String, String> STRENGTH_KINDS =
            labels("STRENGTH", "Strength", "EXISTING_SAFETY", "Existing safety");
    static final Map<String, String> STRENGTH_GROUPS =
            labels("STRENGTH", "Strengths", "EXISTING_SAFETY", "Existing safety");
    static final Map<String, String> STRENGTH_HINTS = labels(
            "STRENGTH",
            "What the family does well",
            "EXISTING_SAFETY",
            "What already keeps the children safe, shown over time");
    static final Map<String, String> HOUSES =
            labels("WORRIES", "House of worries", "GOOD_THINGS", "House of good things", "DREAMS", "House of dreams");

    /** The path word of each contribution that has text to correct, as in the API. */
    private static final Map<String, ContributionKind> CORRECTABLE = Map.of(
            "worries",
            ContributionKind.WORRY,
            "strengths",
            ContributionKind.STRENGTH,
            "goals",
            ContributionKind.GOAL,
            "child-voice",
            ContributionKind.CHILD_VOICE);

    private final AssessmentWork work;
    private final AssessmentReads reads;
    private final FamilyReadGuard guard;
    private final QueryGateway queries;

    AssessmentPages(AssessmentWork work, AssessmentReads reads, FamilyReadGuard guard, QueryGateway queries) {
        this.work = work;
        this.reads = reads;
        this.guard = guard;
        this.queries = queries;
    }

    record Version(int version, String text, String by, ZonedDateTime at) {}

    /** A contribution as a card shows it: its latest text, who first wrote it and, once corrected, the earlier versions. */
    record Entry(
            String id,
            String path,
            String kind,
            String label,
            String text,
            boolean professionalOnly,
            String by,
            ZonedDateTime at,
            Version latest,
            List<Version> earlier) {

        public boolean corrected() {
            return !earlier.isEmpty();
        }
    }

    record Group(String key, String heading, List<Entry> entries) {}

    record Step(
            String id,
            String text,
            String owner,
            LocalDate due,
            boolean done,
            ZonedDateTime doneAt,
            String doneBy,
            boolean overdue) {}

    record GoalCard(Entry entry, List<Step> steps) {}

    record House(String key, String heading, List<Entry> entries) {}

    record ChildCard(String personId, String name, List<House> houses) {}

    record ScoreRow(String participant, int score, ZonedDateTime at, String by) {}

    record ReviewRow(int cycle, ZonedDateTime reviewedAt, String reviewedBy, String summary) {}

    record Option(String value, String label, String hint) {}

    @GetMapping("/families/{familyId}/assessment")
    String assessment(
            @PathVariable String familyId,
            @RequestParam(required = false) Integer cycle,
            Authentication user,
            Model model) {
        FamilySummary family = guard.open(user, familyId, "READ_ASSESSMENT", "assessment page");
        Map<String, String> names = names(family);
        Map<String, String> children = children(family, names);
        model.addAttribute("familyId", familyId);
        model.addAttribute("title", String.join(", ", names.values()));
        model.addAttribute("closed", family.closedAt() != null);
        boolean works = FamilyReadGuard.worksOn(user, family) && family.closedAt() == null;
        model.addAttribute("mayStart", works);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
        model.addAttribute(
                "goalFormOpen", errors.keySet().stream().anyMatch(k -> k.startsWith("goal-") || k.startsWith("step-")));
        if (!model.containsAttribute("posted")) {
            model.addAttribute("posted", Map.of());
        }
        AssessmentReads.Header header = work.ofFamily(familyId).orElse(null);
        if (header == null) {
            if (cycle != null) {
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "family " + familyId + " has no assessment yet");
            }
            model.addAttribute("assessment", null);
            return "assessment/assessment";
        }
        AssessmentView view = reads.view(header, cycle)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "assessment " + header.assessmentId() + " has cycles 1 to " + header.cycle()));
        boolean open = view.cycle() == view.currentCycle();
        model.addAttribute("assessment", view);
        model.addAttribute("open", open);
        model.addAttribute("editable", open && works);
        model.addAttribute("cycleStartedAt", view.cycleStartedAt().atZone(UK));
        model.addAttribute(
                "worries",
                groups(
                        WORRY_GROUPS,
                        view.worries().stream()
                                .map(w -> entry(
                                        w.id(),
                                        "worries",
                                        w.kind(),
                                        WORRY_KINDS.getOrDefault(w.kind(), "Worry"),
                                        w.text(),
                                        w.professionalOnly(),
                                        w.author(),
                                        w.agency(),
                                        w.at(),
                                        w.versions()))
                                .toList()));
        model.addAttribute(
                "strengths",
                groups(
                        STRENGTH_GROUPS,
                        view.strengths().stream()
                                .map(s -> entry(
                                        s.id(),
                                        "strengths",
                                        s.kind(),
                                        STRENGTH_KINDS.getOrDefault(s.kind(), "Strength"),
                                        s.text(),
                                        s.professionalOnly(),
                                        s.author(),
                                        s.agency(),
                                        s.at(),
                                        s.versions()))
                                .toList()));
        model.addAttribute(
                "goals",
                view.goals().stream()
                        .map(g -> new GoalCard(
                                entry(
                                        g.id(),
                                        "goals",
                                        "GOAL",
                                        "Goal",
                                        g.text(),
                                        g.professionalOnly(),
                                        g.author(),
                                        g.agency(),
                                        g.at(),
                                        g.versions()),
                                g.nextSteps().stream()
                                        .map(s -> new Step(
                                                s.id(),
                                                s.text(),
                                                s.owner(),
                                                s.due(),
                                                s.done(),
                                                s.doneAt() == null
                                                        ? null
                                                        : s.doneAt().atZone(UK),
                                                s.doneBy(),
                                                s.overdue()))
                                        .toList()))
                        .toList());
        model.addAttribute(
                "scores",
                view.scaling().stream()
                        .sorted(Comparator.comparing(AssessmentView.Score::at))
                        .map(s ->
                                new ScoreRow(s.participant(), s.score(), s.at().atZone(UK), by(s.author(), s.agency())))
                        .toList());
        model.addAttribute("chart", ScalingChart.of(view.scaling(), UK));
        model.addAttribute("childCards", childCards(view, children, names));
        model.addAttribute(
                "children",
                children.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue(), null))
                        .toList());
        model.addAttribute(
                "history",
                view.history().stream()
                        .map(r -> new ReviewRow(
                                r.cycle(), r.reviewedAt().atZone(UK), by(r.reviewedBy(), r.agency()), r.summary()))
                        .toList());
        model.addAttribute(
                "closedAs",
                open
                        ? null
                        : view.history().stream()
                                .filter(r -> r.cycle() == view.cycle())
                                .findFirst()
                                .map(r -> new ReviewRow(
                                        r.cycle(),
                                        r.reviewedAt().atZone(UK),
                                        by(r.reviewedBy(), r.agency()),
                                        r.summary()))
                                .orElse(null));
        model.addAttribute("worryKinds", options(WORRY_KINDS, WORRY_HINTS));
        model.addAttribute("strengthKinds", options(STRENGTH_KINDS, STRENGTH_HINTS));
        model.addAttribute("houses", options(HOUSES, Map.of()));
        model.addAttribute(
                "stepRows",
                java.util.stream.IntStream.rangeClosed(1, STEP_ROWS).boxed().toList());
        return "assessment/assessment";
    }

    @GetMapping("/families/{familyId}/plan")
    String plan(@PathVariable String familyId, Authentication user, Model model) {
        FamilySummary family = guard.open(user, familyId, "READ_PLAN", "family plan page");
        Map<String, String> names = names(family);
        model.addAttribute("familyId", familyId);
        model.addAttribute("title", String.join(", ", names.values()));
        model.addAttribute(
                "plan",
                work.ofFamily(familyId)
                        .flatMap(header -> reads.view(header, null))
                        .map(view -> FamilyPlan.of(view, children(family, names), UK))
                        .orElse(null));
        return "assessment/plan";
    }

    @PostMapping("/families/{familyId}/assessment")
    String start(@PathVariable String familyId, Authentication user, RedirectAttributes redirect) {
        try {
            AssessmentStart start = work.start(user, familyId);
            redirect.addFlashAttribute(
                    "done",
                    start.started()
                            ? "The assessment is started."
                            : "Someone had started the assessment already: this is it.");
        } catch (Refused closed) {
            redirect.addFlashAttribute(
                    "errors",
                    Map.of("start", "The family is stepped down out of early help, so no assessment starts."));
        }
        return back(familyId, null);
    }

    @PostMapping("/families/{familyId}/assessment/worries")
    String worry(
            @PathVariable String familyId,
            @RequestParam Map<String, String> posted,
            Authentication user,
            RedirectAttributes redirect) {
        FormErrors form = new FormErrors(WORRY_KIND).field("kind", WORRY_KIND).field("text", WORRY_TEXT);
        String id = newId();
        return write(
                familyId,
                posted,
                redirect,
                form,
                List.of(WORRY_KIND, WORRY_TEXT),
                id,
                WORRY_KINDS.getOrDefault(posted.get("worry-kind"), "Worry") + " added.",
                assessment -> work.contribute(
                        user,
                        assessment,
                        "ADD_WORRY",
                        (by, family) -> new AddWorry(
                                assessment,
                                id,
                                posted.get("worry-kind"),
                                posted.get("worry-text"),
                                checked(posted, "worry-professional-only"),
                                by,
                                family)));
    }

    @PostMapping("/families/{familyId}/assessment/strengths")
    String strength(
            @PathVariable String familyId,
            @RequestParam Map<String, String> posted,
            Authentication user,
            RedirectAttributes redirect) {
        FormErrors form =
                new FormErrors(STRENGTH_KIND).field("kind", STRENGTH_KIND).field("text", STRENGTH_TEXT);
        String id = newId();
        return write(
                familyId,
                posted,
                redirect,
                form,
                List.of(STRENGTH_KIND, STRENGTH_TEXT),
                id,
                STRENGTH_KINDS.getOrDefault(posted.get("strength-kind"), "Strength") + " added.",
                assessment -> work.contribute(
                        user,
                        assessment,
                        "ADD_STRENGTH",
                        (by, family) -> new AddStrength(
                                assessment,
                                id,
                                posted.get("strength-kind"),
                                posted.get("strength-text"),
                                checked(posted, "strength-professional-only"),
                                by,
                                family)));
    }

    @PostMapping("/families/{familyId}/assessment/goals")
    String goal(
            @PathVariable String familyId,
            @RequestParam Map<String, String> posted,
            Authentication user,
            RedirectAttributes redirect) {
        FormErrors form = new FormErrors(GOAL_TEXT).field("text", GOAL_TEXT);
        List<FormErrors.Field> required = new ArrayList<>(List.of(GOAL_TEXT));
        List<AddGoal.Step> steps = new ArrayList<>();
        for (int row = 1; row <= STEP_ROWS; row++) {
            String text = posted.get("step-text-" + row);
            String owner = posted.get("step-owner-" + row);
            String due = posted.get("step-due-" + row);
            if (row > 1 && blank(text) && blank(owner) && blank(due)) {
                continue; // an extra row left empty
            }
            int index = steps.size();
            FormErrors.Field stepText = new FormErrors.Field(
                    "step-text-" + row,
                    "Write what will happen in next step " + row,
                    "Write what will happen in next step " + row,
                    "Next step " + row);
            FormErrors.Field stepOwner = new FormErrors.Field(
                    "step-owner-" + row,
                    "Say who will do next step " + row,
                    "Say who will do next step " + row,
                    "Who will do next step " + row);
            FormErrors.Field stepDue = new FormErrors.Field(
                    "step-due-" + row,
                    "Enter the date next step " + row + " is due by",
                    "Enter the date next step " + row + " is due by as a date, for example 2027-01-31",
                    "The due date");
            form.field("nextSteps[" + index + "].text", stepText)
                    .field("nextSteps[" + index + "].owner", stepOwner)
                    .field("nextSteps[" + index + "].due", stepDue);
            required.addAll(List.of(stepText, stepOwner, stepDue));
            steps.add(new AddGoal.Step(newId(), text, owner, due));
        }
        String id = newId();
        return write(
                familyId,
                posted,
                redirect,
                form,
                required,
                id,
                "Goal added.",
                assessment -> work.contribute(
                        user,
                        assessment,
                        "ADD_GOAL",
                        (by, family) -> new AddGoal(
                                assessment,
                                id,
                                posted.get("goal-text"),
                                steps,
                                checked(posted, "goal-professional-only"),
                                by,
                                family)));
    }

    @PostMapping("/families/{familyId}/assessment/goals/{goalId}/next-steps/{stepId}/done")
    String done(
            @PathVariable String familyId,
            @PathVariable String goalId,
            @PathVariable String stepId,
            Authentication user,
            RedirectAttributes redirect) {
        String assessment = assessmentOf(familyId);
        try {
            work.contribute(
                    user,
                    assessment,
                    "MARK_NEXT_STEP_DONE",
                    (by, family) -> new MarkNextStepDone(assessment, goalId, stepId, by, family));
            redirect.addFlashAttribute("done", "Next step marked as done.");
            redirect.addFlashAttribute("doneAnchor", "entry-" + goalId);
        } catch (Refused | UnknownContribution refused) {
            redirect.addFlashAttribute(
                    "errors",
                    Map.of(
                            "entry-" + goalId,
                            refused instanceof UnknownContribution
                                    ? "That next step is not on the assessment any more."
                                    : refusedState(refused, "That next step is marked as done already.")));
        }
        return back(familyId, null);
    }

    @PostMapping("/families/{familyId}/assessment/scaling")
    String score(
            @PathVariable String familyId,
            @RequestParam Map<String, String> posted,
            Authentication user,
            RedirectAttributes redirect) {
        FormErrors form = new FormErrors(SCORE).field("score", SCORE).field("participant", PARTICIPANT);
        Integer score = score(posted.get("score"));
        if (score == null && !blank(posted.get("score"))) {
            return refused(familyId, posted, redirect, Map.of(SCORE.id(), SCORE.whenWrong()));
        }
        String id = newId();
        return write(
                familyId,
                posted,
                redirect,
                form,
                List.of(PARTICIPANT, SCORE),
                id,
                "Score recorded.",
                assessment -> work.contribute(
                        user,
                        assessment,
                        "RECORD_SCORE",
                        (by, family) -> new RecordScore(assessment, id, score, posted.get("participant"), by, family)));
    }

    @PostMapping("/families/{familyId}/assessment/child-voice")
    String childVoice(
            @PathVariable String familyId,
            @RequestParam Map<String, String> posted,
            Authentication user,
            RedirectAttributes redirect) {
        FormErrors form = new FormErrors(VOICE_CHILD)
                .field("personId", VOICE_CHILD)
                .field("house", VOICE_HOUSE)
                .field("text", VOICE_TEXT);
        String id = newId();
        return write(
                familyId,
                posted,
                redirect,
                form,
                List.of(VOICE_CHILD, VOICE_HOUSE, VOICE_TEXT),
                id,
                "The child's words are recorded.",
                assessment -> work.contribute(
                        user,
                        assessment,
                        "RECORD_CHILD_VOICE",
                        (by, family) -> new RecordChildVoice(
                                assessment,
                                id,
                                posted.get("voice-child"),
                                posted.get("voice-house"),
                                posted.get("voice-text"),
                                by,
                                family)));
    }

    @PostMapping("/families/{familyId}/assessment/{kind}/{contributionId}/versions")
    String correct(
            @PathVariable String familyId,
            @PathVariable String kind,
            @PathVariable String contributionId,
            @RequestParam(required = false) String text,
            Authentication user,
            RedirectAttributes redirect) {
        ContributionKind contributionKind = CORRECTABLE.get(kind);
        if (contributionKind == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no kind of contribution " + kind);
        }
        String field = "correct-" + contributionId;
        FormErrors.Field corrected = new FormErrors.Field(
                field, "Write the corrected text", "Write the corrected text", "The corrected text");
        Map<String, String> posted = new HashMap<>();
        posted.put(field, text == null ? "" : text);
        return write(
                familyId,
                posted,
                redirect,
                new FormErrors(corrected),
                List.of(corrected),
                contributionId,
                "Correction saved: both versions are kept.",
                assessment -> work.contribute(
                        user,
                        assessment,
                        "CORRECT_CONTRIBUTION",
                        (by, family) -> new CorrectContribution(
                                assessment, contributionKind, contributionId, text, by, family)));
    }

    @PostMapping("/families/{familyId}/assessment/review")
    String review(
            @PathVariable String familyId,
            @RequestParam Map<String, String> posted,
            Authentication user,
            RedirectAttributes redirect) {
        FormErrors form = new FormErrors(REVIEW_SUMMARY).field("summary", REVIEW_SUMMARY);
        return write(
                familyId,
                posted,
                redirect,
                form,
                List.of(REVIEW_SUMMARY),
                "history",
                "Review recorded: the cycle is closed and the next one starts from it.",
                assessment -> work.contribute(
                        user,
                        assessment,
                        "REVIEW_ASSESSMENT",
                        (by, family) -> new ReviewAssessment(assessment, posted.get("review-summary"), by, family)));
    }

    // the forms' inputs: their ids on the page, and how to ask for them
    static final FormErrors.Field WORRY_KIND = new FormErrors.Field(
            "worry-kind",
            "Choose what kind of worry this is",
            "Choose what kind of worry this is",
            "The kind of worry");
    static final FormErrors.Field WORRY_TEXT = new FormErrors.Field(
            "worry-text", "Write what you are worried about", "Write what you are worried about", "The worry");
    static final FormErrors.Field STRENGTH_KIND = new FormErrors.Field(
            "strength-kind",
            "Choose what kind of strength this is",
            "Choose what kind of strength this is",
            "The kind of strength");
    static final FormErrors.Field STRENGTH_TEXT = new FormErrors.Field(
            "strength-text", "Write what is working well", "Write what is working well", "What is working well");
    static final FormErrors.Field GOAL_TEXT =
            new FormErrors.Field("goal-text", "Write the goal", "Write the goal", "The goal");
    static final FormErrors.Field SCORE = new FormErrors.Field(
            "score", "Enter a score from 0 to 10", "Enter a score from 0 to 10, as a whole number", "The score");
    static final FormErrors.Field PARTICIPANT = new FormErrors.Field(
            "participant", "Say who gave the score", "Say who gave the score", "Who gave the score");
    static final FormErrors.Field VOICE_CHILD = new FormErrors.Field(
            "voice-child", "Choose the child", "Choose one of the children of the family", "The child");
    static final FormErrors.Field VOICE_HOUSE = new FormErrors.Field(
            "voice-house",
            "Choose the house the child's words go in",
            "Choose the house the child's words go in",
            "The house");
    static final FormErrors.Field VOICE_TEXT = new FormErrors.Field(
            "voice-text", "Write what the child said", "Write what the child said", "What the child said");
    static final FormErrors.Field REVIEW_SUMMARY = new FormErrors.Field(
            "review-summary", "Write a summary of the review", "Write a summary of the review", "The summary");

    /**
     * Empty inputs are asked for all at once; then the assessment decides (and names what it refuses). Back to the
     * page either way: a success names what was added and links to it.
     */
    private String write(
            String familyId,
            Map<String, String> posted,
            RedirectAttributes redirect,
            FormErrors form,
            List<FormErrors.Field> required,
            String anchor,
            String done,
            Function<String, AssessmentReads.Header> action) {
        Map<String, String> missing = new LinkedHashMap<>();
        required.stream().filter(f -> blank(posted.get(f.id()))).forEach(f -> missing.put(f.id(), f.whenEmpty()));
        if (!missing.isEmpty()) {
            return refused(familyId, posted, redirect, missing);
        }
        String assessment = assessmentOf(familyId);
        try {
            action.apply(assessment);
        } catch (IllegalArgumentException wrong) {
            return refused(familyId, posted, redirect, form.of(wrong.getMessage()));
        } catch (Refused | UnknownContribution refused) {
            return refused(
                    familyId,
                    posted,
                    redirect,
                    Map.of(
                            required.get(0).id(),
                            refused instanceof UnknownContribution
                                    ? "That is not on the assessment any more: reload the page."
                                    : refusedState(refused, null)));
        }
        redirect.addFlashAttribute("done", done);
        redirect.addFlashAttribute("doneAnchor", "history".equals(anchor) ? "history" : "entry-" + anchor);
        return back(familyId, null);
    }

    private static String refusedState(RuntimeException refused, String doneAlready) {
        return doneAlready != null && String.valueOf(refused.getMessage()).contains("done already")
                ? doneAlready
                : "The family is stepped down out of early help, so its assessment takes no more changes.";
    }

    private static String refused(
            String familyId, Map<String, String> posted, RedirectAttributes redirect, Map<String, String> errors) {
        Map<String, String> kept = new HashMap<>(posted);
        kept.remove("_csrf");
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("posted", kept);
        return back(familyId, null);
    }

    private static String back(String familyId, String anchor) {
        return "redirect:/families/" + familyId + "/assessment" + (anchor == null ? "" : "#" + anchor);
    }

    private String assessmentOf(String familyId) {
        return work.ofFamily(familyId)
                .map(AssessmentReads.Header::assessmentId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "family " + familyId + " has no assessment yet"));
    }

    /** The family's current members by person id, named as the pages name them, in the family's order. */
    private Map<String, String> names(FamilySummary family) {
        List<String> ids = family.members().stream()
                .filter(FamilyMembership::isActive)
                .map(FamilyMembership::personId)
                .distinct()
                .toList();
        Map<String, PersonName> found = ids.isEmpty()
                ? Map.of()
                : queries
                        .query(new FindPeople(ids), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                        .join()
                        .stream()
                        .filter(p -> p.name() != null)
                        .collect(Collectors.toMap(PersonSummary::personId, PersonSummary::name, (a, b) -> a));
        Map<String, String> names = new LinkedHashMap<>();
        ids.forEach(id -> names.put(id, Words.name(found.get(id), id)));
        return names;
    }

    private static Map<String, String> children(FamilySummary family, Map<String, String> names) {
        Map<String, String> children = new LinkedHashMap<>();
        family.members().stream()
                .filter(m -> m.role() == SubjectRole.CHILD && m.isActive())
                .forEach(m ->
                        children.put(m.personId(), names.getOrDefault(m.personId(), Words.name(null, m.personId()))));
        return children;
    }

    /** A card for each child of the family, and for anyone whose words were recorded while they were a child of it. */
    private static List<ChildCard> childCards(
            AssessmentView view, Map<String, String> children, Map<String, String> names) {
        Map<String, List<AssessmentView.ChildVoice>> byChild = new LinkedHashMap<>();
        children.keySet().forEach(id -> byChild.put(id, new ArrayList<>()));
        view.childVoice()
                .forEach(v -> byChild.computeIfAbsent(v.personId(), k -> new ArrayList<>())
                        .add(v));
        return byChild.entrySet().stream()
                .map(e -> new ChildCard(
                        e.getKey(),
                        children.getOrDefault(
                                e.getKey(), names.getOrDefault(e.getKey(), "Someone no longer a child of the family")),
                        HOUSES.entrySet().stream()
                                .map(house -> new House(
                                        house.getKey(),
                                        house.getValue(),
                                        e.getValue().stream()
                                                .filter(v -> house.getKey().equals(v.house()))
                                                .map(v -> entry(
                                                        v.id(),
                                                        "child-voice",
                                                        v.house(),
                                                        HOUSES.getOrDefault(v.house(), "Child's words"),
                                                        v.text(),
                                                        false,
                                                        v.author(),
                                                        v.agency(),
                                                        v.at(),
                                                        v.versions()))
                                                .toList()))
                                .toList()))
                .toList();
    }

    private static List<Group> groups(Map<String, String> headings, List<Entry> entries) {
        return headings.entrySet().stream()
                .map(h -> new Group(
                        h.getKey(),
                        h.getValue(),
                        entries.stream()
                                .filter(e -> h.getKey().equals(e.kind()))
                                .toList()))
                .toList();
    }

    private static Entry entry(
            String id,
            String path,
            String kind,
            String label,
            String text,
            boolean professionalOnly,
            String author,
            String agency,
            Instant at,
            List<AssessmentView.Version> versions) {
        List<Version> all = versions.stream()
                .map(v -> new Version(v.version(), v.text(), by(v.author(), v.agency()), v.at().atZone(UK)))
                .toList();
        Version latest = all.isEmpty() ? null : all.get(all.size() - 1);
        List<Version> earlier = all.size() <= 1 ? List.of() : List.copyOf(all.subList(0, all.size() - 1));
        return new Entry(
                id, path, kind, label, text, professionalOnly, by(author, agency), at.atZone(UK), latest, earlier);
    }

    /** Who wrote it: their name, and their agency when they have one. */
    static String by(String author, String agency) {
        return agency == null || agency.isBlank() ? author : author + " (" + agency + ")";
    }

    private static List<Option> options(Map<String, String> labels, Map<String, String> hints) {
        return labels.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue(), hints.get(e.getKey())))
                .toList();
    }

    private static Integer score(String posted) {
        if (blank(posted)) {
            return null;
        }
        try {
            return Integer.valueOf(posted.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean checked(Map<String, String> posted, String name) {
        return "true".equals(posted.get(name));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }
}
