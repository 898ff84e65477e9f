package org.thinkfamily.hub.family;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.contracts.family.AddFamilyMember;
import org.thinkfamily.contracts.family.CloseMergedFamily;
import org.thinkfamily.contracts.family.EndFamilyMembership;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FamilySummary;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;
import org.thinkfamily.contracts.family.FindFamily;
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.family.MergeFamilies;
import org.thinkfamily.contracts.person.FindPeople;
import org.thinkfamily.contracts.person.PersonSummary;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.problem.NotFound;

/**
 * A manager's decisions about who lives in which family: add or move a person, end a membership (a
 * child moves to a relative), merge two families that are one household. Each is one transaction. The rules
 * (household roles only, no one added twice, a merged family takes no one) are the {@link Family}'s: this
 * loads what a command needs from the read side, sends it, and answers 404 for a family or person not known.
 */
@Service
class FamilyMembers {

    private final Commands commands;
    private final QueryGateway queries;
    private final TransactionTemplate transaction;

    FamilyMembers(Commands commands, QueryGateway queries, PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.queries = queries;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Adds the person to the family, ending their membership of {@code fromFamilyId} first when given (a move). */
    void add(String familyId, String personId, SubjectRole role, String fromFamilyId, String manager) {
        transaction.executeWithoutResult(status -> {
            family(familyId);
            PersonSummary person = queries
                    .query(new FindPeople(List.of(personId)), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                    .join()
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> new NotFound("no person " + personId));
            // the record the family holds them by, if it does: the family refuses to add a current member again
            String record = activeRecords(familyId, person.personId()).stream()
                    .findFirst()
                    .orElse(person.personId());
            // joining first: a move "from" the family they are in is refused by it before anything ends
            send(
                    new AddFamilyMember(
                            familyId,
                            new FamilyMember(person.personId(), role, record),
                            null,
                            MembershipBasis.MANAGER_DECISION),
                    manager);
            if (fromFamilyId != null) {
                send(
                        new EndFamilyMembership(
                                fromFamilyId, person.personId(), activeRecords(fromFamilyId, person.personId())),
                        manager);
            }
        });
    }

    /** Ends the person's membership, through every record of theirs the family holds. */
    void end(String familyId, String personId, String manager) {
        transaction.executeWithoutResult(status -> {
            family(familyId);
            send(new EndFamilyMembership(familyId, personId, activeRecords(familyId, personId)), manager);
        });
    }

    /** The other family's current members join this one, and the other family is closed. */
    void merge(String familyId, String otherFamilyId, String manager) {
        transaction.executeWithoutResult(status -> {
            family(familyId);
            FamilySummary other = family(otherFamilyId);
            List<String> people =
                    other.members().stream().map(FamilyMembership::personId).toList();
            List<FamilyMember> joining = memberships(people).stream()
                    .filter(m -> m.familyId().equals(otherFamilyId) && m.isActive())
                    .map(m -> new FamilyMember(m.personId(), m.role(), m.recordPersonId()))
                    .toList();
            send(new MergeFamilies(familyId, otherFamilyId, joining), manager);
            send(new CloseMergedFamily(otherFamilyId, familyId), manager);
        });
    }

    private List<String> activeRecords(String familyId, String personId) {
        return memberships(List.of(personId)).stream()
                .filter(m -> m.familyId().equals(familyId) && m.isActive())
                .map(FamilyMembership::recordPersonId)
                .toList();
    }

    private List<FamilyMembership> memberships(List<String> personIds) {
        return queries.query(
                        new FindFamiliesOfPeople(personIds), ResponseTypes.multipleInstancesOf(FamilyMembership.class))
                .join();
    }

    private FamilySummary family(String familyId) {
        return queries.query(new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class))
                .join()
                .orElseThrow(() -> new NotFound("no family " + familyId));
    }

    private void send(Object command, String manager) {
        commands.sendAs(manager, command);
    }
}
