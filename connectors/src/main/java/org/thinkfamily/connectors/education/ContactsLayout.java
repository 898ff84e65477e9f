package org.thinkfamily.connectors.education;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thinkfamily.connectors.support.ContactKeys;
import org.thinkfamily.connectors.support.Fields;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.connectors.support.RowLayout;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * A school's parent and carer contacts, one row per pupil and contact:
 * {@code school_laestab, upn, surname, forename, date_of_birth, contact_forename, contact_surname, relationship,
 * contact_postcode, contact_priority}, and optionally {@code contact_id}. Each row is one
 * {@code FAMILY_RELATIONSHIP_RECORDED}: the pupil (UPN checked, name, birth date) and the contact, as a parent or carer
 * ({@link #PARENTS_AND_CARERS}) or as a party of no household (any other relationship: a grandparent, an aunt, a
 * neighbour, a childminder). A school records no birth date for a contact: the contact is identified by the school's own
 * contact id ({@code contact_id}, as {@code local:school-<laestab>}), which brothers and sisters share, or else by a
 * {@link ContactKeys contact key} for this pupil. The message id
 * is the school, the UPN and a digest of the row's facts: the same export again is a duplicate, a changed contact
 * (a new postcode, another relationship) a new record.
 */
final class ContactsLayout implements RowLayout {

    static final String CONNECTOR = "education-contacts";
    /** Relationships (as written, case and punctuation aside) that make a contact one of the pupil's household. */
    static final Set<String> PARENTS_AND_CARERS = Set.of(
            "MOTHER",
            "FATHER",
            "PARENT",
            "CARER",
            "STEP_PARENT",
            "STEPPARENT",
            "STEP_MOTHER",
            "STEPMOTHER",
            "STEP_FATHER",
            "STEPFATHER",
            "FOSTER_CARER",
            "FOSTER_PARENT",
            "FOSTER_MOTHER",
            "FOSTER_FATHER",
            "ADOPTIVE_PARENT",
            "ADOPTIVE_MOTHER",
            "ADOPTIVE_FATHER",
            "GUARDIAN",
            "LEGAL_GUARDIAN",
            "SPECIAL_GUARDIAN",
            "KINSHIP_CARER",
            "GRANDPARENT_CARER",
            "GRANDMOTHER_CARER",
            "GRANDFATHER_CARER");

    private final Clock clock;

    ContactsLayout(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String connector() {
        return CONNECTOR;
    }

    @Override
    public Sector sector() {
        return Sector.EDUCATION;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("school_laestab", "upn", "contact_surname", "relationship");
    }

    @Override
    public CanonicalEvent map(List<? extends Fields> rows, String configuredAgency) {
        Fields row = rows.get(0);
        String agency = Schools.agency(row);
        Subject pupil = Schools.pupil(row);
        PersonName name = new PersonName(row.get("contact_forename"), row.required("contact_surname"));
        String relationship = Identifiers.code(row.required("relationship"));
        if (relationship.isEmpty()) {
            throw new RecordProblem(
                    "relationship", "must say how the contact is related to the pupil (e.g. Mother, Carer)");
        }
        Integer priority = null;
        if (row.get("contact_priority") != null) {
            try {
                priority = Integer.parseInt(row.get("contact_priority"));
            } catch (NumberFormatException e) {
                priority = -1;
            }
            if (priority < 1) {
                throw new RecordProblem("contact_priority", "must be a whole number, 1 or more");
            }
        }
        String postcode = row.get("contact_postcode");
        SubjectRole role =
                PARENTS_AND_CARERS.contains(relationship) ? SubjectRole.PARENT_CARER : SubjectRole.OTHER_PARTY;
        String upn = pupil.identifiers().get(0).value();
        var key = row.get("contact_id") != null
                ? Identifiers.checked("local:" + agency, "contact-" + row.get("contact_id"), "contact_id")
                : ContactKeys.of(agency, pupil.identifiers().get(0).token(), name);
        Subject contact = new Subject(
                role, List.of(key), name, null, null, postcode == null ? null : new Address(null, postcode, null));
        String facts = String.join(
                "\n",
                key.value(),
                relationship,
                postcode == null ? "" : postcode.toUpperCase(java.util.Locale.ROOT),
                priority == null ? "" : priority.toString(),
                String.valueOf(pupil.name()),
                String.valueOf(pupil.birthDate()));
        String messageId = String.join("/", agency, upn, "contact", ContactKeys.digest(facts, 20));
        return new CanonicalEvent(
                new Source(agency, Sector.EDUCATION, "contacts-file", messageId),
                EventType.FAMILY_RELATIONSHIP_RECORDED,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                List.of(pupil, contact),
                "School contact recorded: " + relationship + (priority == null ? "" : ", priority " + priority),
                Sensitivity.STANDARD,
                Map.of("relationship", relationship),
                null);
    }
}
