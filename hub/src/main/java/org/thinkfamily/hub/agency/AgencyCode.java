package org.thinkfamily.hub.agency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.thinkfamily.contracts.agency.AgencyCodeClaimed;
import org.thinkfamily.contracts.agency.ClaimAgencyCode;
import org.thinkfamily.contracts.published.canonical.Sector;

/**
 * An agency code that the configuration does not name belongs to the first sector that sends under it.
 * The claim is an event of its own aggregate, so the event store's key decides between two nodes
 * claiming at once, and the claim holds after a restart.
 */
@Aggregate(lockFactory = "aggregateLocks")
class AgencyCode {

    @AggregateIdentifier
    private String agencyCodeId;

    private Sector sector;

    AgencyCode() {
        // for Axon
    }

    /** @return the sector that owns the code, which refuses the claim when it is not the claimant's */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Sector handle(ClaimAgencyCode command) {
        if (sector == null) {
            apply(new AgencyCodeClaimed(command.agencyCodeId(), command.agency(), command.sector()));
        }
        return sector;
    }

    @EventSourcingHandler
    void on(AgencyCodeClaimed event) {
        agencyCodeId = event.agencyCodeId();
        sector = event.sector();
    }
}
