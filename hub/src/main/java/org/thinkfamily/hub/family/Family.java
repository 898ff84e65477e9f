package org.thinkfamily.hub.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.thinkfamily.contracts.family.AddFamilyMember;
import org.thinkfamily.contracts.family.AddTeamMember;
import org.thinkfamily.contracts.family.AssignLeadProfessional;
import org.thinkfamily.contracts.family.CloseFamily;
import org.thinkfamily.contracts.family.CloseMergedFamily;
import org.thinkfamily.contracts.family.DecideTier;
import org.thinkfamily.contracts.family.EndFamilyMembership;
import org.thinkfamily.contracts.family.FamiliesMerged;
import org.thinkfamily.contracts.family.FamilyClosed;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyMembershipEnded;
import org.thinkfamily.contracts.family.FamilyMergedInto;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.FamilyTierDecided;
import org.thinkfamily.contracts.family.LeadProfessionalAssigned;
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.family.MergeFamilies;
import org.thinkfamily.contracts.family.RemoveTeamMember;
import org.thinkfamily.contracts.family.StartFamily;
import org.thinkfamily.contracts.family.TeamMemberAdded;
import org.thinkfamily.contracts.family.TeamMemberRemoved;
import org.thinkfamily.hub.problem.Refused;

/**
 * A family's household: who lives in it, in which role, why, and who leads the work with it. Members
 * are held by person record: one person may be a member through several records. A membership a
 * manager ended is restored only by a manager, never by a record naming the household again; a record naming a
 * current member changes nothing, a manager adding one is refused; a family merged into another takes no one from
 * then on.
 */
@Aggregate(
        snapshotTriggerDefinition = "familySnapshotTrigger",
        snapshotFilter = "familySnapshotFilter",
        lockFactory = "aggregateLocks")
@Revision(Family.SNAPSHOT_REVISION)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Family {

    /** The shape of the family's snapshots (its fields): change it with the fields, and older snapshots are ignored. */
    static final String SNAPSHOT_REVISION = "1";

    @AggregateIdentifier
    private String familyId;

    private final Set<String> members = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    private String leadProfessional;
    private String mergedInto;
    private Integer tier;
    private boolean closed;
    private final Set<String> team = new HashSet<>();

    Family() {
        // for Axon
    }

    @CommandHandler
    Family(StartFamily command) {
        if (command.members().isEmpty()) {
            throw new IllegalArgumentException("a family starts with at least one member");
        }
        Set<String> distinct = new HashSet<>();
        for (FamilyMember member : command.members()) {
            requireHousehold(member);
            if (!distinct.add(member.recordPersonId())) {
                throw new IllegalArgumentException("person " + member.personId() + " is named twice");
            }
        }
        apply(new FamilyStarted(
                command.familyId(), List.copyOf(command.members()), command.sourceEventId(), command.basis()));
    }

    @CommandHandler
    void handle(AddFamilyMember command) {
        requireOpen();
        requireHousehold(command.member());
        String record = command.member().recordPersonId();
        boolean managerDecision = command.basis() == MembershipBasis.MANAGER_DECISION;
        if (managerDecision && members.contains(record) && !ended.contains(record)) {
            throw new Refused(
                    "person " + command.member().personId() + " is a member of family " + familyId + " already");
        }
        if (ended.contains(record) ? !managerDecision : members.contains(record)) {
            return; // a member already, or ended by a manager: a record changes nothing
        }
        apply(new FamilyMemberAdded(familyId, command.member(), command.sourceEventId(), command.basis()));
    }

    @CommandHandler
    void handle(EndFamilyMembership command) {
        requireOpen();
        List<String> current = command.recordPersonIds().stream()
                .filter(r -> members.contains(r) && !ended.contains(r))
                .toList();
        if (current.isEmpty()) {
            throw new Refused("person " + command.personId() + " is not a member of family " + familyId);
        }
        apply(new FamilyMembershipEnded(familyId, command.personId(), current));
    }

    @CommandHandler
    void handle(MergeFamilies command) {
        requireOpen();
        if (familyId.equals(command.absorbedFamilyId())) {
            throw new IllegalArgumentException("a family cannot be merged into itself");
        }
        command.members().forEach(Family::requireHousehold);
        List<FamilyMember> joining = command.members().stream()
                .filter(m -> !members.contains(m.recordPersonId()) || ended.contains(m.recordPersonId()))
                .toList();
        apply(new FamiliesMerged(familyId, command.absorbedFamilyId(), joining));
    }

    @CommandHandler
    void handle(CloseMergedFamily command) {
        requireOpen();
        apply(new FamilyMergedInto(familyId, command.intoFamilyId()));
    }

    @CommandHandler
    void handle(AssignLeadProfessional command) {
        if (command.user() == null || command.user().isBlank()) {
            throw new IllegalArgumentException("a lead professional is a named user");
        }
        if (command.user().equals(leadProfessional)) {
            return;
        }
        apply(new LeadProfessionalAssigned(familyId, command.user(), leadProfessional));
    }

    @CommandHandler
    void handle(DecideTier command) {
        requireOpen();
        if (command.tier() < 1 || command.tier() > 4) {
            throw new IllegalArgumentException("tier: must be 1 to 4, not " + command.tier());
        }
        requireReason(command.reason());
        if (!closed && tier != null && tier == command.tier()) {
            throw new Refused("family " + familyId + " is at tier " + tier + " already");
        }
        apply(new FamilyTierDecided(
                familyId, command.tier(), tier, command.reason().strip(), command.decidedBy()));
    }

    @CommandHandler
    void handle(AddTeamMember command) {
        requireOpen();
        if (command.user() == null || command.user().isBlank()) {
            throw new IllegalArgumentException("user: a team member is a named user");
        }
        if (team.contains(command.user())) {
            throw new Refused(command.user() + " is on the team around family " + familyId + " already");
        }
        apply(new TeamMemberAdded(familyId, command.user(), command.agency(), command.addedBy()));
    }

    @CommandHandler
    void handle(RemoveTeamMember command) {
        if (!team.contains(command.user())) {
            throw new Refused(command.user() + " is not on the team around family " + familyId);
        }
        apply(new TeamMemberRemoved(familyId, command.user(), command.removedBy()));
    }

    @CommandHandler
    void handle(CloseFamily command) {
        requireOpen();
        requireReason(command.reason());
        if (closed) {
            throw new Refused("family " + familyId + " is closed already");
        }
        apply(new FamilyClosed(familyId, command.reason().strip(), command.closedBy()));
    }

    @EventSourcingHandler
    void on(FamilyTierDecided event) {
        tier = event.tier();
        closed = false;
    }

    @EventSourcingHandler
    void on(TeamMemberAdded event) {
        team.add(event.user());
    }

    @EventSourcingHandler
    void on(TeamMemberRemoved event) {
        team.remove(event.user());
    }

    @EventSourcingHandler
    void on(FamilyClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(FamilyStarted event) {
        familyId = event.familyId();
        event.members().forEach(m -> members.add(m.recordPersonId()));
    }

    @EventSourcingHandler
    void on(FamilyMemberAdded event) {
        members.add(event.member().recordPersonId());
        ended.remove(event.member().recordPersonId());
    }

    @EventSourcingHandler
    void on(FamilyMembershipEnded event) {
        ended.addAll(event.recordPersonIds());
    }

    @EventSourcingHandler
    void on(FamiliesMerged event) {
        event.members().forEach(m -> {
            members.add(m.recordPersonId());
            ended.remove(m.recordPersonId());
        });
    }

    @EventSourcingHandler
    void on(FamilyMergedInto event) {
        mergedInto = event.intoFamilyId();
    }

    @EventSourcingHandler
    void on(LeadProfessionalAssigned event) {
        leadProfessional = event.user();
    }

    private void requireOpen() {
        if (mergedInto != null) {
            throw new Refused("family " + familyId + " was merged into " + mergedInto);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: a decision about a family says why");
        }
    }

    private static void requireHousehold(FamilyMember member) {
        if (member.role() == null || !member.role().isHousehold()) {
            throw new IllegalArgumentException("only household roles join a family, not " + member.role());
        }
    }
}
