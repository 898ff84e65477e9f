package org.thinkfamily.hub.family;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.assessment.AssessmentSummary;
import org.thinkfamily.contracts.assessment.FindAssessmentSummary;
import org.thinkfamily.contracts.assessment.FindLiveGoals;
import org.thinkfamily.contracts.assessment.LiveGoal;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilyPage;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.ListFamilies;
import org.thinkfamily.contracts.family.MembershipReason;
import org.thinkfamily.contracts.frontdoor.ContactCount;
import org.thinkfamily.contracts.frontdoor.CountContacts;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.problem.NotFound;
import org.thinkfamily.hub.thinkfamily.Answers;
import org.thinkfamily.hub.thinkfamily.Fact;
import org.thinkfamily.hub.thinkfamily.MemberRole;
import org.thinkfamily.hub.thinkfamily.NeedMet;
import org.thinkfamily.hub.thinkfamily.Question;
import org.thinkfamily.hub.thinkfamily.QuestionStatus;
import org.thinkfamily.hub.thinkfamily.Questions;
import org.thinkfamily.hub.thinkfamily.ThinkFamilyView;

/**
 * The Think Family view of one family, as the API answers it, the family page shows it and replay-tools prints it:
 * opening it is a recorded read; with {@code asAt}, as the hub knew the family then.
 */
@Component
public class FamilyViews {

    private final FamilyReadGuard guard;
    private final QueryGateway queries;
    private final ThinkFamilyView thinkFamily;
    private final FamilyIndex index;

    FamilyViews(FamilyReadGuard guard, QueryGateway queries, ThinkFamilyView thinkFamily, FamilyIndex index) {
        this.guard = guard;
        this.queries = queries;
        this.thinkFamily = thinkFamily;
        this.index = index;
    }

    /** A family as "my families" lists it: its members with their names, and its answers now. */
    record Listed(FamilySummary family, List<ListedMember> members, Answers answers) {}

    record ListedMember(String personId, PersonName name, SubjectRole role) {}

    record Listing(List<Listed> families, long total) {}

    /** The families the user may see, newest activity first, one page; each family listed is a recorded read. */
    Listing list(Authentication user, int page, int size, String purpose) {
        String whose = FamilyReadGuard.seesAllFamilies(user) ? null : user.getName();
        FamilyPage found = queries.query(
                        new ListFamilies(whose, page, size), ResponseTypes.instanceOf(FamilyPage.class))
                .join();
        List<String> personIds = found.families().stream()
                .flatMap(f -> f.members().stream())
                .map(FamilyMembership::personId)
                .distinct()
                .toList();
        Map<String, PersonSummary> people = personIds.isEmpty()
                ? Map.of()
                : queries
                        .query(new FindPeople(personIds), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                        .join()
                        .stream()
                        .collect(Collectors.toMap(PersonSummary::personId, Function.identity(), (a, b) -> a));
        guard.openAll(user, found.families(), "LIST_FAMILY", purpose);
        // the page's answers from one read of their records, not one read per family
        Map<String, List<MemberRole>> membersByFamily = new LinkedHashMap<>();
        found.families()
                .forEach(family -> membersByFamily.put(
                        family.familyId(),
                        family.members().stream()
                                .map(m -> new MemberRole(m.personId(), m.role()))
                                .toList()));
        Map<String, Answers> answers = thinkFamily.answerAll(membersByFamily);
        return new Listing(
                found.families().stream()
                        .map(family -> new Listed(
                                family,
                                family.members().stream()
                                        .map(m -> new ListedMember(
                                                m.personId(),
                                                people.containsKey(m.personId())
                                                        ? people.get(m.personId())
                                                                .name()
                                                        : null,
                                                m.role()))
                                        .toList(),
                                answers.get(family.familyId())))
                        .toList(),
                found.total());
    }

    /** @param reasons why the person is in the family: each record supporting it, or a manager's decision */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(
            String personId,
            SubjectRole role,
            Instant since,
            String sourceEventId,
            PersonName name,
            LocalDate birthDate,
            List<MembershipReason> reasons) {}

    public record TeamView(String user, String agency, Instant since) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FamilyView(
            String familyId,
            Instant asAt,
            Instant startedAt,
            Integer tier,
            String leadProfessional,
            List<TeamView> team,
            List<Member> members,
            String mergedInto,
            Instant closedAt,
            Questions questions,
            List<NeedMet> needs,
            boolean inScopeForTargetedEarlyHelp,
            ContactCount contacts,
            AssessmentSummary assessment,
            @JsonIgnore List<LiveGoal> goals) {}

    /**
     * @param action  what the access log records ({@code READ_FAMILY}, {@code READ_FAMILY_AS_AT})
     * @throws NotFound when there is no such family, or the hub did not know it at {@code asAt}
     */
    public FamilyView view(Authentication user, String familyId, Instant asAt, String action, String purpose) {
        FamilySummary family = guard.open(user, familyId, action, purpose);
        if (asAt != null && family.startedAt().isAfter(asAt)) {
            throw new NotFound("the hub did not know family " + familyId + " at " + asAt);
        }
        // as at an instant: who was a member then, including those whose membership a manager ended since
        List<FamilyMembership> members = asAt == null ? family.members() : index.membersAt(familyId, asAt);
        Map<String, PersonSummary> people = queries
                .query(
                        new FindPeople(
                                members.stream().map(FamilyMembership::personId).toList()),
                        ResponseTypes.multipleInstancesOf(PersonSummary.class))
                .join()
                .stream()
                .collect(Collectors.toMap(PersonSummary::personId, Function.identity()));
        List<Member> view = members.stream()
                .map(m -> {
                    PersonSummary person = people.get(m.personId());
                    return new Member(
                            m.personId(),
                            m.role(),
                            m.since(),
                            m.sourceEventId(),
                            person == null ? null : person.name(),
                            person == null ? null : person.birthDate(),
                            m.reasons().stream()
                                    .filter(r -> asAt == null || !r.at().isAfter(asAt))
                                    .toList());
                })
                .toList();
        Instant at = asAt == null ? Instant.now() : asAt;
        List<TeamView> team = family.team().stream()
                .filter(m -> asAt == null ? m.until() == null : m.onTeamAt(at))
                .map(m -> new TeamView(m.user(), m.agency(), m.since()))
                .toList();
        Answers answers = thinkFamily.answer(
                familyId,
                members.stream()
                        .map(m -> new MemberRole(m.personId(), m.role()))
                        .toList(),
                asAt);
        // the shared assessment as the hub knew it then: its cycle, goals and latest scores by that instant
        List<LiveGoal> goals = queries.query(
                        new FindLiveGoals(familyId, asAt), ResponseTypes.multipleInstancesOf(LiveGoal.class))
                .join();
        AssessmentSummary assessment = queries.query(
                        new FindAssessmentSummary(familyId, asAt),
                        ResponseTypes.optionalInstanceOf(AssessmentSummary.class))
                .join()
                .orElse(null);
        Questions questions = goals.isEmpty()
                ? answers.questions()
                : new Questions(
                        priorities(goals),
                        answers.questions().healthSafeguarding(),
                        answers.questions().schoolAttendance(),
                        answers.questions().crimeAntiSocialBehaviour(),
                        answers.questions().work());
        return new FamilyView(
                familyId,
                asAt,
                family.startedAt(),
                family.tierAt(asAt),
                asAt == null ? family.leadProfessional() : index.leadProfessionalAt(familyId, asAt),
                team,
                view,
                family.mergedInto(),
                asAt == null ? family.closedAt() : index.closedAt(familyId, asAt),
                questions,
                answers.needs(),
                answers.inScopeForTargetedEarlyHelp(),
                queries.query(new CountContacts(familyId, asAt), ResponseTypes.instanceOf(ContactCount.class))
                        .join(),
                assessment,
                goals);
    }

    /** The family's priorities are the shared assessment's live goals: what needs to happen. */
    private static Question priorities(List<LiveGoal> goals) {
        List<Fact> facts = goals.stream()
                .map(g -> new Fact(
                        null,
                        g.text()
                                + (g.nextSteps().stream().anyMatch(LiveGoal.Step::overdue)
                                        ? " (a next step is overdue)"
                                        : ""),
                        List.of(g.goalId()),
                        true))
                .toList();
        return new Question(
                QuestionStatus.CONCERN,
                facts,
                goals.stream().map(LiveGoal::goalId).toList());
    }
}
