package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.thinkfamily.connectors.support.Ages;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/**
 * The Bundle being mapped, as every resource mapper needs it: its entries by full URL and {@code Type/id}, the
 * sending agency, the Bundle's own time, and how a reference, a Patient or a FHIR identifier becomes part of a
 * canonical event.
 */
final class FhirBundle {

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

    private final Bundle bundle;
    private final Map<String, Integer> indexByUrl = new HashMap<>();
    private final String agency;
    private final Instant time;

    FhirBundle(Bundle bundle, String defaultAgency) {
        this.bundle = bundle;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            if (entry.hasFullUrl()) {
                indexByUrl.put(entry.getFullUrl(), i);
            }
            if (entry.getResource() != null
                    && entry.getResource().hasIdElement()
                    && entry.getResource().getIdElement().hasIdPart()) {
                indexByUrl.put(
                        entry.getResource().fhirType() + "/"
                                + entry.getResource().getIdElement().getIdPart(),
                        i);
            }
        }
        this.agency = agencyOf(bundle, defaultAgency);
        this.time = bundle.hasTimestamp()
                ? bundle.getTimestamp().toInstant()
                : bundle.getMeta().hasLastUpdated()
                        ? bundle.getMeta().getLastUpdated().toInstant()
                        : Instant.now();
    }

    Bundle bundle() {
        return bundle;
    }

    String agency() {
        return agency;
    }

    /** When the Bundle was assembled: the time of a record that gives none of its own. */
    Instant time() {
        return time;
    }

    Bundle.BundleEntryComponent entry(int index) {
        return bundle.getEntry().get(index);
    }

    /** The Patient a reference names inside the Bundle (or contained), or null when it names one by identifier only. */
    Patient patient(Reference reference, String field, Set<Integer> covers) {
        if (reference.getResource() instanceof Patient linked) {
            // contained, or an entry of this Bundle the parser has already linked
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                if (bundle.getEntry().get(i).getResource() == linked) {
                    covers.add(i);
                }
            }
            return linked;
        }
        if (reference.hasReference()) {
            Integer index = indexByUrl.get(reference.getReference());
            if (index == null || !(bundle.getEntry().get(index).getResource() instanceof Patient found)) {
                throw new RecordProblem(field, "the reference does not name a Patient in this Bundle");
            }
            covers.add(index);
            return found;
        }
        if (reference.hasIdentifier()) {
            return null;
        }
        throw new RecordProblem(field, "is required: which patient");
    }

    /** The subject a record is about: the Patient it references, else the child its reference identifies. */
    Subject subjectOf(Reference reference, String field, Instant at, Set<Integer> covers) {
        Patient patient = patient(reference, field, covers);
        return patient == null ? byIdentifier(reference, field) : subject(patient, at, field + ".");
    }

    Subject byIdentifier(Reference reference, String field) {
        return new Subject(
                SubjectRole.CHILD,
                identifiers(List.of(reference.getIdentifier()), field + ".identifier"),
                null,
                null,
                null,
                null);
    }

    Subject subject(Patient patient, Instant at, String prefix) {
        List<Identifier> ids = identifiers(patient.getIdentifier(), prefix + "identifier");
        LocalDate birth =
                patient.hasBirthDate() ? date(patient.getBirthDateElement().getValueAsString()) : null;
        String postcode = patient.hasAddress() ? patient.getAddressFirstRep().getPostalCode() : null;
        return new Subject(
                Ages.roleAt(birth, at),
                ids,
                name(patient.getName()),
                birth,
                sex(patient.getGender()),
                postcode == null ? null : new Address(null, postcode, null));
    }

    /** The NHS number (checked) and at most one other identifier, as the agency's local one. */
    List<Identifier> identifiers(List<org.hl7.fhir.r4.model.Identifier> fhirIds, String field) {
        List<Identifier> ids = new ArrayList<>();
        boolean local = false;
        for (int i = 0; i < fhirIds.size(); i++) {
            var id = fhirIds.get(i);
            if (!id.hasValue()) {
                continue;
            }
            if (NHS_NUMBER.equals(id.getSystem())) {
                ids.add(Identifiers.checked("nhs-number", id.getValue(), field + "[" + i + "].value"));
            } else if (!local) {
                ids.add(Identifiers.checked("local:" + agency, id.getValue(), field + "[" + i + "].value"));
                local = true;
            }
        }
        return ids;
    }

    Source source(String messageId) {
        return new Source(agency, Sector.HEALTH, "fhir-r4", messageId);
    }

    static PersonName name(List<HumanName> names) {
        HumanName name = names.stream()
                .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
        return name == null
                ? null
                : new PersonName(name.hasGiven() ? name.getGiven().get(0).getValue() : null, name.getFamily());
    }

    static Sex sex(Enumerations.AdministrativeGender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            case OTHER -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    /** {@code meta.security} R (restricted) or V (very restricted) from the v3 confidentiality codes. */
    static Sensitivity sensitivity(Patient patient) {
        return patient.getMeta().getSecurity().stream()
                        .anyMatch(c -> "R".equals(c.getCode()) || "V".equals(c.getCode()))
                ? Sensitivity.RESTRICTED
                : Sensitivity.STANDARD;
    }

    static LocalDate date(String fhirDate) {
        return LocalDate.parse(fhirDate.substring(0, Math.min(10, fhirDate.length())));
    }

    /** The record's identity: its business identifier, else its id, else the entry's full URL. */
    static String messageId(Resource resource, Bundle.BundleEntryComponent entry) {
        String type = resource.fhirType();
        if (resource instanceof Observation o
                && o.hasIdentifier()
                && o.getIdentifierFirstRep().hasValue()) {
            return type + "/" + o.getIdentifierFirstRep().getValue();
        }
        if (resource instanceof Condition c
                && c.hasIdentifier()
                && c.getIdentifierFirstRep().hasValue()) {
            return type + "/" + c.getIdentifierFirstRep().getValue();
        }
        if (resource instanceof Encounter e
                && e.hasIdentifier()
                && e.getIdentifierFirstRep().hasValue()) {
            return type + "/" + e.getIdentifierFirstRep().getValue();
        }
        if (resource instanceof Flag f
                && f.hasIdentifier()
                && f.getIdentifierFirstRep().hasValue()) {
            return type + "/" + f.getIdentifierFirstRep().getValue();
        }
        if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
            return type + "/" + resource.getIdElement().getIdPart();
        }
        if (entry.hasFullUrl()) {
            return type + "/" + entry.getFullUrl();
        }
        throw new RecordProblem(
                "id", "the resource needs an id, an identifier or a fullUrl: it is the record's identity");
    }

    /** The sending trust: the Bundle's {@code meta.source}, else the patient's managing organisation, else the default. */
    private static String agencyOf(Bundle bundle, String fallback) {
        String source = bundle.getMeta().getSource();
        if (source == null) {
            source = bundle.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(r -> r instanceof Patient)
                    .map(r -> ((Patient) r)
                            .getManagingOrganization()
                            .getIdentifier()
                            .getValue())
                    .filter(v -> v != null)
                    .findFirst()
                    .orElse(null);
        }
        if (source == null) {
            return fallback;
        }
        String code = Identifiers.code(source.replaceFirst("^[a-z]+://", "").replaceFirst("[/#].*$", ""))
                .toLowerCase(Locale.ROOT)
                .replace('_', '-');
        return code.isEmpty() ? fallback : code.length() > 64 ? code.substring(0, 64) : code;
    }
}
