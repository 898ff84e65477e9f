package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.thinkfamily.connectors.support.ContactKeys;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * A Patient: its contacts (a family relationship each) when it has usable ones, else its demographics when no other
 * entry of the Bundle names it (a Patient another record names is that record's subject, not a record itself).
 */
final class PatientMapper {

    private final FhirBundle bundle;

    PatientMapper(FhirBundle bundle) {
        this.bundle = bundle;
    }

    /** @param namedByAnother whether another entry of the Bundle names this Patient as its subject */
    List<FhirMapping.Entry> map(int index, Patient patient, boolean namedByAnother) {
        List<Integer> contacts = usableContacts(patient);
        if (!contacts.isEmpty()) {
            return contacts(index, patient, contacts);
        }
        if (namedByAnother) {
            return List.of();
        }
        return List.of(demographics(index, patient));
    }

    private FhirMapping.Entry demographics(int index, Patient patient) {
        String location = FhirMapping.location(index);
        String messageId = null;
        try {
            messageId = FhirBundle.messageId(patient, bundle.entry(index));
            Instant at = patient.getMeta().hasLastUpdated()
                    ? patient.getMeta().getLastUpdated().toInstant()
                    : bundle.time();
            Subject subject = bundle.subject(patient, at, "");
            return new FhirMapping.Entry(
                    index,
                    location,
                    messageId,
                    new CanonicalEvent(
                            bundle.source(messageId),
                            EventType.DEMOGRAPHICS_UPDATED,
                            at,
                            List.of(subject),
                            "Patient details from the trust",
                            FhirBundle.sensitivity(patient),
                            Map.of(),
                            null),
                    null,
                    Set.of(index));
        } catch (RecordProblem problem) {
            return new FhirMapping.Entry(index, location, messageId, null, problem, Set.of(index));
        }
    }

    /**
     * The contacts of a Patient that name a person and say how they are related: a name (given or family) and a
     * relationship code, and not ended ({@code period.end} in the past). Others (an organisation, a contact with no
     * relationship, a former contact) are left out: they say nothing about the patient's household.
     */
    private static List<Integer> usableContacts(Patient patient) {
        List<Integer> usable = new ArrayList<>();
        Instant now = Instant.now();
        for (int j = 0; j < patient.getContact().size(); j++) {
            Patient.ContactComponent contact = patient.getContact().get(j);
            boolean named = contact.hasName()
                    && (contact.getName().hasFamily() || contact.getName().hasGiven());
            boolean ended = contact.getPeriod().hasEnd()
                    && contact.getPeriod().getEnd().toInstant().isBefore(now);
            if (named && !ended && relationshipCode(contact) != null) {
                usable.add(j);
            }
        }
        return usable;
    }

    /** The contact's relationship: the first parent or carer code among its codings, else its first code, else null. */
    private static String relationshipCode(Patient.ContactComponent contact) {
        String first = null;
        for (var concept : contact.getRelationship()) {
            for (Coding coding : concept.getCoding()) {
                if (!coding.hasCode() || coding.getCode().isBlank()) {
                    continue;
                }
                String code = coding.getCode().strip().toUpperCase(Locale.ROOT);
                if (Relationships.isParentOrCarer(code)) {
                    return code;
                }
                first = first == null ? code : first;
            }
        }
        return first;
    }

    /**
     * One {@code FAMILY_RELATIONSHIP_RECORDED} per usable contact of a Patient: the patient as the other entries name
     * them, and the contact as a parent or carer (a parent or carer code) or as a party of no household (any other
     * code). The contact carries a {@link ContactKeys contact key}, as R4 gives a contact neither an identifier nor a
     * birth date. The message id is the Patient's (with its version, when it has one) and the contact's place, so
     * the same Patient again is a duplicate and a new version is recorded anew. A Patient that cannot be mapped
     * (a wrong NHS number) is one problem for its entry, not one per contact.
     */
    private List<FhirMapping.Entry> contacts(int index, Patient patient, List<Integer> usable) {
        String location = FhirMapping.location(index);
        String base = null;
        try {
            base = FhirBundle.messageId(patient, bundle.entry(index));
            String version = patient.getMeta().hasVersionId()
                    ? patient.getMeta().getVersionId()
                    : patient.getIdElement().getVersionIdPart();
            if (version != null && !version.isBlank()) {
                base = base + "/_history/" + version.strip();
            }
            Instant updated = patient.getMeta().hasLastUpdated()
                    ? patient.getMeta().getLastUpdated().toInstant()
                    : bundle.time();
            Subject child = bundle.subject(patient, updated, "");
            String childKey = child.identifiers().stream()
                    .filter(id -> id.system().equals("nhs-number"))
                    .findFirst()
                    .or(() -> child.identifiers().stream().findFirst())
                    .map(Identifier::token)
                    .orElse(FhirBundle.messageId(patient, bundle.entry(index)));
            List<FhirMapping.Entry> entries = new ArrayList<>();
            for (int j : usable) {
                Patient.ContactComponent contact = patient.getContact().get(j);
                String messageId = base + "/contact/" + j;
                if (messageId.length() > 128) {
                    messageId = "Patient/" + ContactKeys.digest(messageId, 40) + "/contact/" + j;
                }
                Instant at = contact.getPeriod().hasStart()
                        ? contact.getPeriod().getStart().toInstant()
                        : updated;
                String code = relationshipCode(contact);
                PersonName name = FhirBundle.name(List.of(contact.getName()));
                String postcode = contact.hasAddress() ? contact.getAddress().getPostalCode() : null;
                Subject person = new Subject(
                        Relationships.isParentOrCarer(code) ? SubjectRole.PARENT_CARER : SubjectRole.OTHER_PARTY,
                        List.of(ContactKeys.of(bundle.agency(), childKey, name)),
                        name,
                        null,
                        FhirBundle.sex(contact.getGender()),
                        postcode == null || postcode.isBlank() ? null : new Address(null, postcode, null));
                entries.add(new FhirMapping.Entry(
                        index,
                        location + ".contact[" + j + "]",
                        messageId,
                        new CanonicalEvent(
                                bundle.source(messageId),
                                EventType.FAMILY_RELATIONSHIP_RECORDED,
                                at,
                                List.of(child, person),
                                "Patient contact recorded: " + code,
                                FhirBundle.sensitivity(patient),
                                Map.of("relationship", code),
                                null),
                        null,
                        Set.of(index)));
            }
            return entries;
        } catch (RecordProblem problem) {
            return List.of(new FhirMapping.Entry(index, location, base, null, problem, Set.of(index)));
        }
    }
}
