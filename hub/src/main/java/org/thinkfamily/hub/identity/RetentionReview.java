package org.thinkfamily.hub.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.thinkfamily.hub.privacy.PrivacyProperties;

/**
 * The retention rule, run on demand: a family's records are kept until {@code thinkfamily.privacy.retention-years}
 * (25) after its youngest child's birth, and while its plan is open. A closed family past that date is due; its
 * people are due for erasure unless they belong to a family that is not (a parent with a younger child elsewhere).
 * A family with a child whose birth date is not known is never due: the rule cannot show it is.
 */
@Component
public class RetentionReview {

    /** A closed family past its retention date, and the people in it. */
    public record FamilyDue(String familyId, Instant closedAt, LocalDate dueSince, List<String> people) {}

    /**
     * @param peopleDue  the people every one of whose families is due: erased by {@link #apply}
     * @param peopleKept people in a family due who also belong to one that is not
     */
    public record Report(
            LocalDate asOf, int years, List<FamilyDue> familiesDue, List<String> peopleDue, List<String> peopleKept) {}

    /** The report, and what erasing the people due did. */
    public record Applied(Report report, List<PersonErasure.Erased> erased) {}

    private final JdbcTemplate jdbc;
    private final PrivacyProperties properties;
    private final PersonErasure erasure;

    RetentionReview(JdbcTemplate jdbc, PrivacyProperties properties, PersonErasure erasure) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.erasure = erasure;
    }

    public Report review(LocalDate asOf) {
        int years = properties.retentionYears();
        // every family's members, each as the person their records are read as now, born as any of their records says
        Map<String, Family> families = new LinkedHashMap<>();
        jdbc.query("""
                select f.family_id, f.closed_at, m.person_id, m.role,
                    (select max(d.birth_date) from person_link l join person_directory d on d.person_id = l.person_id
                     where l.root_id = m.person_id)
                from family_record f
                join family_membership m on m.family_id = f.family_id
                where f.merged_into is null
                order by f.family_id, m.person_id""", rs -> {
            Instant closedAt = toInstant(rs.getTimestamp(2));
            Family family = families.computeIfAbsent(rs.getString(1), id -> new Family(id, closedAt));
            family.people.add(rs.getString(3));
            if ("CHILD".equals(rs.getString(4))) {
                java.sql.Date born = rs.getDate(5);
                if (born == null) {
                    family.childBirthUnknown = true;
                } else if (family.youngestChild == null || born.toLocalDate().isAfter(family.youngestChild)) {
                    family.youngestChild = born.toLocalDate();
                }
            }
        });
        List<FamilyDue> due = new ArrayList<>();
        Set<String> inFamilyDue = new LinkedHashSet<>();
        Set<String> inFamilyKept = new LinkedHashSet<>();
        for (Family family : families.values()) {
            LocalDate dueSince = family.youngestChild == null ? null : family.youngestChild.plusYears(years);
            boolean isDue =
                    family.closedAt != null && !family.childBirthUnknown && dueSince != null && !dueSince.isAfter(asOf);
            if (isDue) {
                due.add(new FamilyDue(family.familyId, family.closedAt, dueSince, List.copyOf(family.people)));
                inFamilyDue.addAll(family.people);
            } else {
                inFamilyKept.addAll(family.people);
            }
        }
        List<String> peopleDue =
                inFamilyDue.stream().filter(p -> !inFamilyKept.contains(p)).toList();
        List<String> peopleKept =
                inFamilyDue.stream().filter(inFamilyKept::contains).toList();
        return new Report(asOf, years, due, peopleDue, peopleKept);
    }

    /** Reviews, then erases every person due, each recorded under this auditor with the rule as the reason. */
    public Applied apply(Authentication auditor, LocalDate asOf) {
        Report report = review(asOf);
        String reason = "retention rule: " + report.years()
                + " years after the youngest child's birth, family closed (reviewed as of " + asOf + ")";
        List<PersonErasure.Erased> erased = new ArrayList<>();
        for (String person : report.peopleDue()) {
            erasure.erase(auditor, person, reason).ifPresent(erased::add);
        }
        return new Applied(report, erased);
    }

    private static Instant toInstant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static final class Family {
        final String familyId;
        final Instant closedAt;
        final Set<String> people = new LinkedHashSet<>();
        LocalDate youngestChild;
        boolean childBirthUnknown;

        Family(String familyId, Instant closedAt) {
            this.familyId = familyId;
            this.closedAt = closedAt;
        }
    }
}
