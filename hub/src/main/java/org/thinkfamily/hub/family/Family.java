package org.thinkfamily.hub.family;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.thinkfamily.contracts.family.AddFamilyMember;
import org.thinkfamily.contracts.family.AssignLeadProfessional;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMemberAdded;
import org.thinkfamily.contracts.family.FamilyStarted;
import org.thinkfamily.contracts.family.LeadProfessionalAssigned;
import org.thinkfamily.contracts.family.StartFamily;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A family's household: who lives in it, in which role, and who leads the work with it. */
@Aggregate
class Family {

    @AggregateIdentifier
    private String familyId;
    /** Members by person record: one person may be a member through several records. */
    private final Set<String> members = new HashSet<>();
    private String leadProfessional;

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
        apply(new FamilyStarted(command.familyId(), List.copyOf(command.members()), command.sourceEventId()));
    }

    @CommandHandler
    void handle(AddFamilyMember command) {
        requireHousehold(command.member());
        if (members.contains(command.member().recordPersonId())) {
            return; // already a member: nothing changes
        }
        apply(new FamilyMemberAdded(familyId, command.member(), command.sourceEventId()));
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

    @EventSourcingHandler
    void on(FamilyStarted event) {
        familyId = event.familyId();
        event.members().forEach(m -> members.add(m.recordPersonId()));
    }

    @EventSourcingHandler
    void on(FamilyMemberAdded event) {
        members.add(event.member().recordPersonId());
    }

    @EventSourcingHandler
    void on(LeadProfessionalAssigned event) {
        leadProfessional = event.user();
    }

    private static void requireHousehold(FamilyMember member) {
        if (member.role() == null || !member.role().isHousehold()) {
            throw new IllegalArgumentException("only household roles join a family, not " + member.role());
        }
    }
}
