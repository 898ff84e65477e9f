package org.thinkfamily.hub.agency;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thinkfamily.contracts.agency.ClaimAgencyCode;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.hub.messaging.Commands;

/**
 * Which sector an agency code belongs to: the configured one(s), else the sector that claimed it first.
 * So one agency cannot send under another's code and take its message ids: duplicates are only ever an
 * agency's own resends. A claim never changes once made, so each node keeps the owners it has seen.
 */
@Service
@EnableConfigurationProperties(AgencyProperties.class)
public class AgencyCodes {

    private final Commands commands;
    private final AgencyProperties properties;
    private final Map<String, Sector> claimed = new ConcurrentHashMap<>();

    AgencyCodes(Commands commands, AgencyProperties properties) {
        this.commands = commands;
        this.properties = properties;
    }

    /** The sectors a code is known to belong to, without claiming it; empty when this node has not seen it used. */
    public Set<Sector> ownersOf(String agency) {
        Set<Sector> configured = properties.codes().get(agency);
        if (configured != null) {
            return configured;
        }
        return Optional.ofNullable(claimed.get(agency)).map(Set::of).orElse(Set.of());
    }

    /**
     * Claims the code for the sector if nobody has, inside the caller's transaction (the claim commits or
     * rolls back with the record that made it).
     *
     * @return empty when the sector may send under the code, else the sectors that own it
     */
    public Optional<Set<Sector>> refusal(String agency, Sector sector, MetaData metaData) {
        Set<Sector> owners = ownersOf(agency);
        if (owners.isEmpty()) {
            Sector owner = commands.send(new ClaimAgencyCode(ClaimAgencyCode.idOf(agency), agency, sector), metaData);
            owners = Set.of(owner);
            rememberOnCommit(agency, owner);
        }
        return owners.contains(sector) ? Optional.empty() : Optional.of(owners);
    }

    /** A claim made in a transaction that rolls back never happened: remember it only once committed. */
    private void rememberOnCommit(String agency, Sector owner) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            claimed.put(agency, owner);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                claimed.put(agency, owner);
            }
        });
    }
}
