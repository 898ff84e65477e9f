package org.thinkfamily.hub.thinkfamily;

import static org.thinkfamily.hub.web.UkTime.UK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thinkfamily.contracts.family.FamilyRecord;

/**
 * One family's records about its members, judged at one moment ({@code now}: the as-at moment, or the
 * clock's now). "Recent" means within the 12 months before now; "today" is now's date in the UK. Collects
 * the signals that the needs mapping turns into needs met.
 */
final class Evaluation {

    /** Latest first wins: when it happened, then when the hub learnt it. */
    static final Comparator<FamilyRecord> IN_ORDER = Comparator.comparing(FamilyRecord::occurredAt)
            .thenComparing(FamilyRecord::recordedAt)
            .thenComparing(FamilyRecord::eventId);

    final Instant now;
    final LocalDate today;
    private final Instant yearAgo;
    private final List<FamilyRecord> records;
    private final Map<String, MemberRole> members;
    private final Map<Signal, Set<String>> signals = new EnumMap<>(Signal.class);

    Evaluation(List<FamilyRecord> records, List<MemberRole> members, Instant now) {
        this.now = now;
        this.today = now.atZone(UK).toLocalDate();
        this.yearAgo = now.atZone(UK).minusMonths(12).toInstant();
        this.members = members.stream()
                .collect(Collectors.toMap(MemberRole::personId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        // only records naming a member count: an event may name others too (another party, someone who left)
        this.records = records.stream()
                .filter(r -> r.personIds().stream().anyMatch(this.members::containsKey))
                .sorted(IN_ORDER)
                .toList();
    }

    /** Records of these types about members, oldest first. */
    List<FamilyRecord> ofType(String... types) {
        Set<String> wanted = Set.of(types);
        return records.stream().filter(r -> wanted.contains(r.type())).toList();
    }

    List<FamilyRecord> all() {
        return records;
    }

    /** The members a record names. */
    List<String> membersNamed(FamilyRecord record) {
        return record.personIds().stream().filter(members::containsKey).toList();
    }

    /** The adult members (parents, carers, other adults of the household) a record names. */
    List<String> adultsNamed(FamilyRecord record) {
        return record.personIds().stream()
                .filter(p -> members.containsKey(p) && members.get(p).isAdult())
                .toList();
    }

    boolean recent(FamilyRecord record) {
        return !record.occurredAt().isBefore(yearAgo);
    }

    void signal(Signal signal, Collection<FamilyRecord> evidence) {
        Set<String> ids = signals.computeIfAbsent(signal, s -> new LinkedHashSet<>());
        evidence.forEach(r -> ids.add(r.eventId()));
    }

    void signal(Signal signal, FamilyRecord evidence) {
        signal(signal, List.of(evidence));
    }

    Map<Signal, Set<String>> signals() {
        return signals;
    }
}
