package org.thinkfamily.hub.family;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.thinkfamily.contracts.family.MembershipBasis;
import org.thinkfamily.contracts.family.StartFamily;
import org.thinkfamily.contracts.family.SupportedMemberships;
import org.thinkfamily.contracts.person.FindPeopleAtAddress;
import org.thinkfamily.hub.messaging.Commands;

/**
 * Puts the people a record names together in one household into one family: they join the family that
 * already holds most of them (the oldest, on a tie), a family one of these very person records is in
 * coming before one a person is in only through another of their records, so that a record's family does
 * not depend on a link an unlink may undo. When none of them has a family, they join the one family
 * whose members are registered at the same property (UPRN), if there is exactly one, or start a new one.
 * Members already there are supported by the record (said on the record itself, not by a command to the
 * family); a person whose membership a manager ended is not put back by a record. Families are never merged here:
 * a person may belong to several.
 */
@Service
public class HouseholdComposition {

    private final Commands commands;
    private final QueryGateway queries;
    private final FamilyIndex families;

    HouseholdComposition(Commands commands, QueryGateway queries, FamilyIndex families) {
        this.commands = commands;
        this.queries = queries;
        this.families = families;
    }

    /**
     * @param household people the record names in household roles (no {@code OTHER_PARTY}), each person
     *                  record once; a person already a member through another of their records joins
     *                  through this one too, so that an unlink of either leaves the family as the records say
     * @param uprns     the properties the record places them at
     * @param basis     what kind of record it is: people named together, or a recorded relationship
     * @return the family they are now members of and the members already there whose membership the record supports
     *         (recorded with the record itself, {@link SupportedMemberships}), or null when the household is empty
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SupportedMemberships compose(
            List<FamilyMember> household,
            Set<String> uprns,
            MembershipBasis basis,
            String sourceEventId,
            MetaData metaData) {
        if (household.isEmpty()) {
            return null;
        }
        List<FamilyMembership> memberships = familiesOf(
                household.stream().map(FamilyMember::personId).distinct().toList());
        List<FamilyMembership> active =
                memberships.stream().filter(FamilyMembership::isActive).toList();
        if (active.isEmpty()) {
            List<String> atAddress = familiesAt(uprns);
            if (atAddress.size() == 1) {
                household.forEach(m -> send(
                        new AddFamilyMember(atAddress.get(0), m, sourceEventId, MembershipBasis.SAME_ADDRESS),
                        metaData));
                return new SupportedMemberships(atAddress.get(0), List.of(), basis);
            }
            String familyId = UUID.randomUUID().toString();
            send(new StartFamily(familyId, household, sourceEventId, basis), metaData);
            return new SupportedMemberships(familyId, List.of(), basis);
        }
        var records = household.stream().map(FamilyMember::recordPersonId).collect(Collectors.toSet());
        List<FamilyMembership> ofTheseRecords = active.stream()
                .filter(m -> records.contains(m.recordPersonId()))
                .toList();
        String familyId = chooseFamily(ofTheseRecords.isEmpty() ? active : ofTheseRecords);
        var alreadyIn = active.stream()
                .filter(m -> m.familyId().equals(familyId))
                .map(FamilyMembership::recordPersonId)
                .collect(Collectors.toSet());
        var endedHere = memberships.stream()
                .filter(m -> m.familyId().equals(familyId) && !m.isActive())
                .map(FamilyMembership::personId)
                .collect(Collectors.toSet());
        household.stream()
                .filter(m -> !alreadyIn.contains(m.recordPersonId()) && !endedHere.contains(m.personId()))
                .forEach(m -> send(new AddFamilyMember(familyId, m, sourceEventId, basis), metaData));
        List<String> supported = household.stream()
                .map(FamilyMember::recordPersonId)
                .filter(alreadyIn::contains)
                .toList();
        // a record naming one person alone supports nobody's membership; no command: the family holds no state for it
        return new SupportedMemberships(familyId, household.size() > 1 ? supported : List.of(), basis);
    }

    /** Read from this feature's own index directly: the query bus would cost a message per record. */
    private List<FamilyMembership> familiesOf(List<String> personIds) {
        return families.handle(new FindFamiliesOfPeople(personIds));
    }

    /** The families with current members registered at any of these properties. */
    private List<String> familiesAt(Set<String> uprns) {
        Set<String> people = new TreeSet<>();
        uprns.forEach(uprn -> people.addAll(
                queries.query(new FindPeopleAtAddress(uprn), ResponseTypes.multipleInstancesOf(String.class))
                        .join()));
        return people.isEmpty()
                ? List.of()
                : familiesOf(List.copyOf(people)).stream()
                        .filter(FamilyMembership::isActive)
                        .map(FamilyMembership::familyId)
                        .distinct()
                        .toList();
    }

    private static String chooseFamily(List<FamilyMembership> memberships) {
        Map<String, Long> named = memberships.stream()
                .collect(Collectors.groupingBy(
                        FamilyMembership::familyId,
                        Collectors.collectingAndThen(
                                Collectors.mapping(FamilyMembership::personId, Collectors.toSet()),
                                set -> (long) set.size())));
        Map<String, Instant> firstSeen = new HashMap<>();
        memberships.forEach(m -> firstSeen.merge(m.familyId(), m.since(), (a, b) -> a.isBefore(b) ? a : b));
        return named.keySet().stream()
                .min(Comparator.comparing((String f) -> -named.get(f))
                        .thenComparing(firstSeen::get)
                        .thenComparing(f -> f))
                .orElseThrow();
    }

    private void send(Object command, MetaData metaData) {
        commands.send(command, metaData);
    }
}
