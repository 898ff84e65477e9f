package org.thinkfamily.hub.family;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
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
import org.thinkfamily.contracts.assessment.AssessmentNews;
import org.thinkfamily.contracts.assessment.FindAssessmentNews;
import org.thinkfamily.contracts.assessment.FindOverdueNextSteps;
import org.thinkfamily.contracts.assessment.OverdueNextStep;
import org.thinkfamily.contracts.audit.BreakGlassRead;
import org.thinkfamily.contracts.audit.FindBreakGlassReads;
import org.thinkfamily.contracts.audit.FindLastVisit;
import org.thinkfamily.contracts.family.FamilyRecord;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FindFamilyRecords;
import org.thinkfamily.contracts.family.MembershipReason;
import org.thinkfamily.hub.access.AccessRequest;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.problem.NotFound;
import org.thinkfamily.hub.thinkfamily.NeedMet;
import org.thinkfamily.hub.thinkfamily.Question;
import org.thinkfamily.hub.thinkfamily.Questions;
import org.thinkfamily.hub.web.Words;

/** "My families" and the family page: the Think Family view for lead professionals, practitioners and managers. */
@Controller
class FamilyPages {

    static final int PAGE_SIZE = 25;
    private final FamilyViews views;
    private final QueryGateway queries;
    private final FamilyReadGuard guard;

    FamilyPages(FamilyViews views, QueryGateway queries, FamilyReadGuard guard) {
        this.views = views;
        this.queries = queries;
        this.guard = guard;
    }

    record ListedFamily(
            String familyId,
            String names,
            String roles,
            Integer tier,
            String leadProfessional,
            int concerns,
            int needsMet,
            ZonedDateTime lastActivity) {}

    record MemberRow(String personId, String name, String role, String birthDate, List<String> why) {}

    record FactRow(String about, String text, boolean concern, List<String> eventIds) {}

    record QuestionRow(
            String key, String question, String status, String statusText, String tagClass, List<FactRow> facts) {}

    /** A break-glass read of the family, as its page shows it. */
    record BreakGlassRow(java.time.ZonedDateTime at, String user, String reason) {}

    record NeedRow(String need, boolean met, List<String> eventIds) {}

    record NewRecord(String eventId, ZonedDateTime occurredAt, String what, String sector) {}

    record NewContribution(String who, String what, ZonedDateTime at) {}

    /** The Director's five questions, asked as a lead professional would. */
    static final Map<String, String> QUESTIONS = new java.util.LinkedHashMap<>();

    static {
        QUESTIONS.put("priorities", "What are the priorities for the family?");
        QUESTIONS.put("healthSafeguarding", "Are there health or safeguarding issues?");
        QUESTIONS.put("schoolAttendance", "Are all the children attending school?");
        QUESTIONS.put(
                "crimeAntiSocialBehaviour", "Is anyone in the family involved in crime or anti-social behaviour?");
        QUESTIONS.put("work", "Do adults in the family want help into work?");
    }

    @GetMapping("/families")
    String families(@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        int shown = Math.max(0, page);
        FamilyViews.Listing found = views.list(user, shown, PAGE_SIZE, "my families page");
        model.addAttribute(
                "families", found.families().stream().map(FamilyPages::listed).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("page", shown);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "families/list";
    }

    /** The longest break-glass reason the access log holds. */
    static final int MAX_REASON = 500;

    /**
     * A lead professional or practitioner with no relationship to the family says why they must open its record: the
     * reason is kept in their session (never in a URL) and every read of the family in that session is recorded as
     * break-glass with it.
     */
    @PostMapping("/families/{familyId}/break-glass")
    String breakGlass(
            @PathVariable String familyId,
            @RequestParam(defaultValue = "") String reason,
            Authentication user,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        if (!familyId.matches("[0-9a-f-]{36}")) {
            throw new NotFound("no family " + familyId);
        }
        if (!FamilyReadGuard.mayBreakGlass(user)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only people who work with families break glass");
        }
        String stated = reason.strip();
        if (stated.isEmpty() || stated.length() > MAX_REASON) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("familyId", familyId);
            model.addAttribute(
                    "reasonError",
                    stated.isEmpty()
                            ? "Say why you need to open this family's record"
                            : "Your reason must be " + MAX_REASON + " characters or fewer");
            return "families/break-glass";
        }
        AccessRequest.stateOnPage(request, familyId, stated);
        return "redirect:/families/" + familyId;
    }

    @GetMapping("/families/{familyId}")
    String family(@PathVariable String familyId, Authentication user, Model model) {
        // asked before this visit is recorded: what came in since the last one
        java.util.Optional<java.time.Instant> lastVisit = queries.query(
                        new FindLastVisit(familyId, user.getName()),
                        ResponseTypes.optionalInstanceOf(java.time.Instant.class))
                .join();
        FamilyViews.FamilyView view = views.view(user, familyId, null, "READ_FAMILY", "family page");
        Map<String, String> names = view.members().stream()
                .collect(Collectors.toMap(
                        FamilyViews.Member::personId, m -> Words.name(m.name(), m.personId()), (a, b) -> a));
        Questions questions = view.questions();
        model.addAttribute(
                "questions",
                List.of(
                        question("priorities", questions.priorities(), names),
                        question("healthSafeguarding", questions.healthSafeguarding(), names),
                        question("schoolAttendance", questions.schoolAttendance(), names),
                        question("crimeAntiSocialBehaviour", questions.crimeAntiSocialBehaviour(), names),
                        question("work", questions.work(), names)));
        model.addAttribute(
                "needs",
                view.needs().stream()
                        .map(n -> new NeedRow(Words.of(n.need().name()), n.met(), n.eventIds()))
                        .toList());
        model.addAttribute(
                "needsMet", view.needs().stream().filter(NeedMet::met).count());
        model.addAttribute("inScope", view.inScopeForTargetedEarlyHelp());
        model.addAttribute("lastVisit", lastVisit.map(at -> at.atZone(UK)).orElse(null));
        model.addAttribute(
                "breakGlass",
                queries
                        .query(
                                new FindBreakGlassReads(familyId),
                                ResponseTypes.multipleInstancesOf(BreakGlassRead.class))
                        .join()
                        .stream()
                        .map(read -> new BreakGlassRow(read.at().atZone(UK), read.user(), read.reason()))
                        .toList());
        model.addAttribute(
                "newRecords", lastVisit.map(since -> newSince(familyId, since)).orElse(List.of()));
        model.addAttribute(
                "assessmentNews",
                lastVisit
                        .map(since -> queries.query(
                                        new FindAssessmentNews(familyId, since, user.getName()),
                                        ResponseTypes.multipleInstancesOf(AssessmentNews.class))
                                .join())
                        .orElse(List.of())
                        .stream()
                        .map(n -> new NewContribution(
                                n.author() + (n.agency() == null ? "" : " (" + n.agency() + ")"),
                                Words.of(n.kind()).toLowerCase(java.util.Locale.UK),
                                n.at().atZone(UK)))
                        .toList());
        model.addAttribute("family", view);
        model.addAttribute(
                "title",
                view.members().stream()
                        .map(m -> Words.name(m.name(), m.personId()))
                        .collect(Collectors.joining(", ")));
        model.addAttribute(
                "members",
                view.members().stream()
                        .map(m -> new MemberRow(
                                m.personId(),
                                Words.name(m.name(), m.personId()),
                                Words.of(m.role().name()),
                                m.birthDate() == null
                                        ? "Not known"
                                        : m.birthDate()
                                                .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")),
                                m.reasons().stream()
                                        .map(FamilyPages::why)
                                        .distinct()
                                        .toList()))
                        .toList());
        model.addAttribute("team", view.team());
        // the shared assessment's next steps past their due date, soonest due first
        model.addAttribute(
                "overdue",
                queries.query(
                                new FindOverdueNextSteps(familyId),
                                ResponseTypes.multipleInstancesOf(OverdueNextStep.class))
                        .join());
        return "families/family";
    }

    private List<NewRecord> newSince(String familyId, java.time.Instant since) {
        return queries
                .query(new FindFamilyRecords(familyId, null), ResponseTypes.multipleInstancesOf(FamilyRecord.class))
                .join()
                .stream()
                .filter(r -> r.recordedAt().isAfter(since))
                .map(r -> new NewRecord(
                        r.eventId(),
                        r.occurredAt().atZone(UK),
                        Words.of(r.type()),
                        Words.sector(r.sector().name())))
                .toList();
    }

    private static QuestionRow question(String key, Question question, Map<String, String> names) {
        String status = question.status().name();
        String text = switch (question.status()) {
            case CONCERN -> "Concern";
            case NO_CONCERN_KNOWN -> "No concern known";
            case NOT_KNOWN -> "Not known";
        };
        String tag = switch (question.status()) {
            case CONCERN -> "govuk-tag--red";
            case NO_CONCERN_KNOWN -> "govuk-tag--green";
            case NOT_KNOWN -> "govuk-tag--grey";
        };
        return new QuestionRow(
                key,
                QUESTIONS.get(key),
                status,
                text,
                tag,
                question.facts().stream()
                        .map(f -> new FactRow(
                                f.personId() == null
                                        ? "The family"
                                        : names.getOrDefault(f.personId(), "Someone no longer in the family"),
                                f.text(),
                                f.concern(),
                                f.eventIds()))
                        .toList());
    }

    private static ListedFamily listed(FamilyViews.Listed listed) {
        FamilySummary family = listed.family();
        String names = listed.members().stream()
                .map(m -> Words.name(m.name(), m.personId()))
                .collect(Collectors.joining(", "));
        String roles = listed.members().stream()
                .map(m -> Words.of(m.role().name()))
                .distinct()
                .collect(Collectors.joining(", "));
        return new ListedFamily(
                family.familyId(),
                names,
                roles,
                family.tierAt(null),
                family.leadProfessional(),
                listed.answers().questions().concerns(),
                listed.answers().needsMet(),
                family.lastActivityAt() == null ? null : family.lastActivityAt().atZone(UK));
    }

    /** Why a person is in the family, in plain words. */
    static String why(MembershipReason reason) {
        return switch (reason.basis()) {
            case NAMED_TOGETHER -> "Named with the family in an agency's record";
            case RELATIONSHIP_RECORDED -> "A relationship an agency recorded";
            case SAME_ADDRESS -> "Lives at the same address";
            case MANAGER_DECISION -> "An early help manager's decision";
        };
    }
}
