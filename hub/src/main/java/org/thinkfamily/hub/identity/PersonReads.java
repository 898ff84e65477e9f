package org.thinkfamily.hub.identity;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.hub.access.FamilyReadGuard;

/**
 * Showing a person to a user, for the API and the web pages alike. A person is shown only through a
 * family the user may read, and each family shown is recorded as read; someone in no family the user
 * may read is, for that user, not found (managers and auditors also see people who belong to no family,
 * such as the other party to an incident).
 */
@Component
class PersonReads {

    private final QueryGateway queries;
    private final FamilyReadGuard guard;

    PersonReads(QueryGateway queries, FamilyReadGuard guard) {
        this.queries = queries;
        this.guard = guard;
    }

    /** A person as one user may see them: with only the families that user may read. */
    record Shown(PersonSummary person, List<String> familyIds) {}

    /** The person (read as the person their record is linked into, if it is), recording the read; empty when unseen. */
    Optional<Shown> show(String personId, Authentication user, String action, String purpose) {
        return queries
                .query(new FindPeople(List.of(personId)), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                .join()
                .stream()
                .findFirst()
                .flatMap(person -> show(person, user, action, purpose));
    }

    Optional<Shown> show(PersonSummary person, Authentication user, String action, String purpose) {
        List<String> families = queries
                .query(
                        new FindFamiliesOfPeople(List.of(person.personId())),
                        ResponseTypes.multipleInstancesOf(FamilyMembership.class))
                .join()
                .stream()
                .filter(FamilyMembership::isActive)
                .map(FamilyMembership::familyId)
                .distinct()
                .filter(familyId -> guard.mayRead(user, familyId))
                .toList();
        if (families.isEmpty() && !FamilyReadGuard.seesAllFamilies(user)) {
            return Optional.empty();
        }
        families.forEach(familyId -> guard.open(user, familyId, action, purpose));
        return Optional.of(new Shown(person, families));
    }
}
