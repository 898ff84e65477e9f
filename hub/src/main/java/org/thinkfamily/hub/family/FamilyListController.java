package org.thinkfamily.hub.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.canonical.PersonName;
import org.thinkfamily.contracts.canonical.SubjectRole;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilyPage;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.ListFamilies;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.hub.access.FamilyReadGuard;
import org.thinkfamily.hub.thinkfamily.Answers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My families": the families the user may see, newest activity first, a page at a time. A lead
 * professional or practitioner sees the families they work with, a manager or auditor all. Each family
 * listed is a recorded read.
 */
@RestController
@RequestMapping("/api/v1/families")
@Tag(name = "Families")
class FamilyListController {

    static final int MAX_PAGE_SIZE = 200;

    private final QueryGateway queries;
    private final FamilyReadGuard guard;
    private final FamilyViews views;

    FamilyListController(QueryGateway queries, FamilyReadGuard guard, FamilyViews views) {
        this.queries = queries;
        this.guard = guard;
        this.views = views;
    }

    record ListedMember(String personId, PersonName name, SubjectRole role) {
    }

    record ListedFamily(String familyId, List<ListedMember> members, Integer tier, String leadProfessional, int concerns,
                        int needsMet, Instant lastEventAt) {
    }

    record Families(List<ListedFamily> families, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "The families the user may see, newest activity first (?page=0&size=50, at most 200)")
    Families list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                  @RequestHeader(value = "X-Access-Purpose", required = false) String purpose, Authentication user) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        String whose = FamilyReadGuard.seesAllFamilies(user) ? null : user.getName();
        FamilyPage found = queries.query(new ListFamilies(whose, page, size), ResponseTypes.instanceOf(FamilyPage.class)).join();
        List<String> personIds = found.families().stream().flatMap(f -> f.members().stream()).map(FamilyMembership::personId).distinct().toList();
        Map<String, PersonSummary> people = personIds.isEmpty() ? Map.of() : queries.query(new FindPeople(personIds),
                        ResponseTypes.multipleInstancesOf(PersonSummary.class)).join().stream()
                .collect(Collectors.toMap(PersonSummary::personId, Function.identity(), (a, b) -> a));
        List<ListedFamily> families = found.families().stream().map(family -> {
            guard.open(user, family.familyId(), "LIST_FAMILY", purpose);
            return listed(family, people, views.answersNow(family));
        }).toList();
        return new Families(families, page, size, found.total());
    }

    private static ListedFamily listed(FamilySummary family, Map<String, PersonSummary> people, Answers answers) {
        return new ListedFamily(family.familyId(), family.members().stream().map(m -> new ListedMember(m.personId(),
                        people.containsKey(m.personId()) ? people.get(m.personId()).name() : null, m.role())).toList(),
                family.tierAt(null), family.leadProfessional(), answers.questions().concerns(), answers.needsMet(),
                family.lastActivityAt());
    }
}
