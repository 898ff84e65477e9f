package org.thinkfamily.hub.family;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilyPage;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.ListFamilies;
import org.thinkfamily.contracts.family.MembershipReason;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.web.Words;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "My families" and the family page: the Think Family view for lead professionals, practitioners and managers. */
@Controller
class FamilyPages {

    static final int PAGE_SIZE = 25;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final FamilyViews views;
    private final QueryGateway queries;
    private final FamilyReadGuard guard;

    FamilyPages(FamilyViews views, QueryGateway queries, FamilyReadGuard guard) {
        this.views = views;
        this.queries = queries;
        this.guard = guard;
    }

    record ListedFamily(String familyId, String names, String roles, Integer tier, String leadProfessional, ZonedDateTime lastActivity) {
    }

    record MemberRow(String personId, String name, String role, String birthDate, List<String> why) {
    }

    @GetMapping("/families")
    String families(@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        int shown = Math.max(0, page);
        String whose = FamilyReadGuard.seesAllFamilies(user) ? null : user.getName();
        FamilyPage found = queries.query(new ListFamilies(whose, shown, PAGE_SIZE), ResponseTypes.instanceOf(FamilyPage.class)).join();
        Map<String, PersonSummary> people = people(found.families().stream().flatMap(f -> f.members().stream())
                .map(FamilyMembership::personId).distinct().toList());
        model.addAttribute("families", found.families().stream().map(family -> {
            guard.open(user, family.familyId(), "LIST_FAMILY", "my families page");
            return listed(family, people);
        }).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("page", shown);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("allFamilies", whose == null);
        return "families/list";
    }

    @GetMapping("/families/{familyId}")
    String family(@PathVariable String familyId, Authentication user, Model model) {
        FamilyViews.FamilyView view = views.view(user, familyId, null, "READ_FAMILY", "family page");
        model.addAttribute("family", view);
        model.addAttribute("title", view.members().stream().map(m -> Words.name(m.name(), m.personId())).collect(Collectors.joining(", ")));
        model.addAttribute("members", view.members().stream().map(m -> new MemberRow(m.personId(), Words.name(m.name(), m.personId()),
                Words.of(m.role().name()), m.birthDate() == null ? "Not known" : m.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")),
                m.reasons().stream().map(FamilyPages::why).distinct().toList())).toList());
        model.addAttribute("team", view.team());
        model.addAttribute("manager", user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER")));
        return "families/family";
    }

    private Map<String, PersonSummary> people(List<String> personIds) {
        return personIds.isEmpty() ? Map.of() : queries.query(new FindPeople(personIds),
                        ResponseTypes.multipleInstancesOf(PersonSummary.class)).join().stream()
                .collect(Collectors.toMap(PersonSummary::personId, Function.identity(), (a, b) -> a));
    }

    private static ListedFamily listed(FamilySummary family, Map<String, PersonSummary> people) {
        String names = family.members().stream().map(m -> Words.name(people.containsKey(m.personId())
                ? people.get(m.personId()).name() : null, m.personId())).collect(Collectors.joining(", "));
        String roles = family.members().stream().map(m -> Words.of(m.role().name())).distinct().collect(Collectors.joining(", "));
        return new ListedFamily(family.familyId(), names, roles, family.tierAt(null), family.leadProfessional(),
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
