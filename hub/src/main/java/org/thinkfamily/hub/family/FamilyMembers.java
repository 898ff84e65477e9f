package org.thinkfamily.hub.family;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import org.thinkfamily.contracts.canonical.SubjectRole;
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
import org.thinkfamily.hub.messaging.Commands;

import java.util.List;


/**
 * A manager's decisions about who lives in which family: add or move a person, end a membership (a
 * child moves to a relative), merge two families that are one household. Each is one transaction.
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
        if (role == null || !role.isHousehold()) {
            throw new IllegalArgumentException("role: a household role is required (CHILD, PARENT_CARER, ADULT_IN_HOUSEHOLD)");
        }
        transaction.executeWithoutResult(status -> {
            open(familyId);
            PersonSummary person = queries.query(new FindPeople(List.of(personId)), ResponseTypes.multipleInstancesOf(PersonSummary.class))
                    .join().stream().findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no person " + personId));
            if (!activeRecords(familyId, person.personId()).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "person " + person.personId() + " is a member of family " + familyId + " already");
            }
            if (fromFamilyId != null) {
                end(fromFamilyId, person.personId(), manager, false);
            }
            send(new AddFamilyMember(familyId, new FamilyMember(person.personId(), role, person.personId()), null,
                    MembershipBasis.MANAGER_DECISION), manager);
        });
    }

    /** Ends the person's membership, through every record of theirs the family holds. */
    void end(String familyId, String personId, String manager) {
        transaction.executeWithoutResult(status -> end(familyId, personId, manager, true));
    }

    /** The other family's current members join this one, and the other family is closed. */
    void merge(String familyId, String otherFamilyId, String manager) {
        if (familyId.equals(otherFamilyId)) {
            throw new IllegalArgumentException("familyId: a family cannot be merged into itself");
        }
        transaction.executeWithoutResult(status -> {
            open(familyId);
            FamilySummary other = open(otherFamilyId);
            List<String> people = other.members().stream().map(FamilyMembership::personId).toList();
            List<FamilyMember> joining = memberships(people).stream()
                    .filter(m -> m.familyId().equals(otherFamilyId) && m.isActive())
                    .map(m -> new FamilyMember(m.personId(), m.role(), m.recordPersonId())).toList();
            send(new MergeFamilies(familyId, otherFamilyId, joining), manager);
            send(new CloseMergedFamily(otherFamilyId, familyId), manager);
        });
    }

    private void end(String familyId, String personId, String manager, boolean mustBeOpen) {
        if (mustBeOpen) {
            open(familyId);
        }
        List<String> records = activeRecords(familyId, personId);
        if (records.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "person " + personId + " is not a member of family " + familyId);
        }
        send(new EndFamilyMembership(familyId, personId, records), manager);
    }

    private List<String> activeRecords(String familyId, String personId) {
        return memberships(List.of(personId)).stream().filter(m -> m.familyId().equals(familyId) && m.isActive())
                .map(FamilyMembership::recordPersonId).toList();
    }

    private List<FamilyMembership> memberships(List<String> personIds) {
        return queries.query(new FindFamiliesOfPeople(personIds), ResponseTypes.multipleInstancesOf(FamilyMembership.class)).join();
    }

    private FamilySummary open(String familyId) {
        FamilySummary family = queries.query(new FindFamily(familyId), ResponseTypes.optionalInstanceOf(FamilySummary.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no family " + familyId));
        if (family.mergedInto() != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "family " + familyId + " was merged into " + family.mergedInto());
        }
        return family;
    }

    private void send(Object command, String manager) {
        commands.sendAs(manager, command);
    }
}
