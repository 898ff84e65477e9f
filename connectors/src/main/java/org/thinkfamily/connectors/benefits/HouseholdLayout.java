package org.thinkfamily.connectors.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thinkfamily.connectors.support.ContactKeys;
import org.thinkfamily.connectors.support.Fields;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.connectors.support.RowLayout;
import org.thinkfamily.connectors.support.UkTime;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * The people of a benefit claim's household, one row per member:
 * {@code claim_reference, claimant_nino, member_role, member_forename, member_surname, member_date_of_birth, member_nino,
 * postcode, effective_date}. Each row is one {@code FAMILY_RELATIONSHIP_RECORDED} naming the claimant (by NI number, a
 * parent or carer) and the member: {@code PARTNER} a parent or carer, {@code CHILD} or {@code DEPENDANT} a child,
 * {@code NON_DEPENDANT} (another adult who lives there, a grown-up son) an adult of the household. The member is named
 * by NI number, or by forename, surname and date of birth. The message id is the claimant, the claim, the member
 * (NI number, or a digest of name and birth date), the role and the date: a re-export of the same facts is a duplicate.
 */
final class HouseholdLayout implements RowLayout {

    static final String CONNECTOR = "benefits-household";

    private final String defaultAgency;

    /** @param defaultAgency the agency when this drop names none (the benefits drop's, else {@code dwp}) */
    HouseholdLayout(String defaultAgency) {
        this.defaultAgency = defaultAgency == null ? "dwp" : defaultAgency;
    }

    @Override
    public String connector() {
        return CONNECTOR;
    }

    @Override
    public Sector sector() {
        return Sector.BENEFITS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("claim_reference", "claimant_nino", "member_role", "effective_date");
    }

    @Override
    public CanonicalEvent map(List<? extends Fields> rows, String agency) {
        Fields row = rows.get(0);
        String claim = row.required("claim_reference");
        Identifier claimantNino = Identifiers.checked("ni-number", row.required("claimant_nino"), "claimant_nino");
        String memberRole = Identifiers.code(row.required("member_role"));
        SubjectRole role;
        String relationship;
        switch (memberRole) {
            case "PARTNER" -> {
                role = SubjectRole.PARENT_CARER;
                relationship = "PARTNER";
            }
            case "CHILD", "DEPENDANT", "DEPENDENT" -> {
                role = SubjectRole.CHILD;
                relationship = "CHILD";
            }
            case "NON_DEPENDANT", "NON_DEPENDENT" -> {
                role = SubjectRole.ADULT_IN_HOUSEHOLD;
                relationship = "NON_DEPENDANT";
            }
            default -> throw new RecordProblem("member_role", "must be PARTNER, CHILD, DEPENDANT or NON_DEPENDANT");
        }
        LocalDate date = row.requiredDate("effective_date");
        LocalDate birthDate = row.optionalDate("member_date_of_birth");
        PersonName name = row.name("member_forename", "member_surname");
        Identifier memberNino = row.get("member_nino") == null
                ? null
                : Identifiers.checked("ni-number", row.get("member_nino"), "member_nino");
        String memberKey;
        if (memberNino != null) {
            if (memberNino.value().equals(claimantNino.value())) {
                throw new RecordProblem("member_nino", "is the claimant's own: a member is another person");
            }
            memberKey = memberNino.value();
        } else {
            for (String column : List.of("member_forename", "member_surname", "member_date_of_birth")) {
                if (row.get(column) == null) {
                    throw new RecordProblem(
                            column,
                            "is required when member_nino is absent: the member is named by NI number, "
                                    + "or by forename, surname and date of birth");
                }
            }
            memberKey = "m-"
                    + ContactKeys.digest(
                            String.join(
                                    "\n",
                                    name.given().toLowerCase(java.util.Locale.ROOT),
                                    name.family().toLowerCase(java.util.Locale.ROOT),
                                    birthDate.toString()),
                            16);
        }
        Address home = row.get("postcode") == null ? null : new Address(null, row.get("postcode"), null);
        Subject claimant = new Subject(SubjectRole.PARENT_CARER, List.of(claimantNino), null, null, null, home);
        Subject member =
                new Subject(role, memberNino == null ? List.of() : List.of(memberNino), name, birthDate, null, home);
        String messageId =
                String.join("/", claimantNino.value(), claim, "member", memberKey, relationship, date.toString());
        return new CanonicalEvent(
                new Source(
                        agency != null ? agency : defaultAgency, Sector.BENEFITS, "benefits-household-file", messageId),
                EventType.FAMILY_RELATIONSHIP_RECORDED,
                UkTime.startOfDay(date),
                List.of(claimant, member),
                "Benefit household member recorded: " + relationship,
                Sensitivity.STANDARD,
                Map.of("relationship", relationship),
                null);
    }
}
