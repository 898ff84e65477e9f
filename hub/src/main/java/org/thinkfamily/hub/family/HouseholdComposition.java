package org.thinkfamily.hub.family;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thinkfamily.contracts.family.AddFamilyMember;
import org.thinkfamily.contracts.family.FamilyMember;
import org.thinkfamily.contracts.family.FamilyMembership;
import org.thinkfamily.contracts.family.FindFamiliesOfPeople;
import org.thinkfamily.contracts.family.StartFamily;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * Puts the people a record names together in one household into one family: when none of them has a
 * family yet, a new one starts; otherwise they join the family that already holds most of them
 * (the oldest, on a tie). A family one of these very person records is in comes before one a person is in
 * only through another of their records, so that a record's family does not depend on a link that an
 * unlink may undo. Families are never merged here: a person may belong to several.
 */
@Service
public class HouseholdComposition {

    private final CommandGateway commands;
    private final QueryGateway queries;

    HouseholdComposition(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * @param household people the record names in household roles (no {@code OTHER_PARTY}), each once; a
     *                  person already a member through another of their records joins through this one too, so
     *                  that an unlink of either record leaves the family exactly as the records say
     * @return the family they are now members of, or null when the household is empty
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String compose(List<FamilyMember> household, String sourceEventId, MetaData metaData) {
        if (household.isEmpty()) {
            return null;
        }
        List<String> personIds = household.stream().map(FamilyMember::personId).toList();
        List<FamilyMembership> memberships = queries.query(new FindFamiliesOfPeople(personIds),
                ResponseTypes.multipleInstancesOf(FamilyMembership.class)).join();
        if (memberships.isEmpty()) {
            String familyId = UUID.randomUUID().toString();
            send(new StartFamily(familyId, household, sourceEventId), metaData);
            return familyId;
        }
        var records = household.stream().map(FamilyMember::recordPersonId).collect(Collectors.toSet());
        List<FamilyMembership> ofTheseRecords = memberships.stream().filter(m -> records.contains(m.recordPersonId())).toList();
        String familyId = chooseFamily(ofTheseRecords.isEmpty() ? memberships : ofTheseRecords);
        var alreadyIn = memberships.stream().filter(m -> m.familyId().equals(familyId))
                .map(FamilyMembership::recordPersonId).collect(Collectors.toSet());
        household.stream().filter(m -> !alreadyIn.contains(m.recordPersonId()))
                .forEach(m -> send(new AddFamilyMember(familyId, m, sourceEventId), metaData));
        return familyId;
    }

    private static String chooseFamily(List<FamilyMembership> memberships) {
        Map<String, Long> named = memberships.stream().collect(Collectors.groupingBy(FamilyMembership::familyId,
                Collectors.collectingAndThen(Collectors.mapping(FamilyMembership::personId, Collectors.toSet()), set -> (long) set.size())));
        Map<String, Instant> firstSeen = new HashMap<>();
        memberships.forEach(m -> firstSeen.merge(m.familyId(), m.since(), (a, b) -> a.isBefore(b) ? a : b));
        return named.keySet().stream()
                .min(Comparator.comparing((String f) -> -named.get(f)).thenComparing(firstSeen::get).thenComparing(f -> f))
                .orElseThrow();
    }

    private void send(Object command, MetaData metaData) {
        commands.sendAndWait(asCommandMessage(command).withMetaData(metaData));
    }
}
