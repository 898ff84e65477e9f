package org.thinkfamily.connectors.nhs;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.thinkfamily.connectors.support.Ages;
import org.thinkfamily.connectors.support.ContactKeys;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.canonical.Address;
import org.thinkfamily.contracts.canonical.CanonicalEvent;
import org.thinkfamily.contracts.canonical.EventType;
import org.thinkfamily.contracts.canonical.Identifier;
import org.thinkfamily.contracts.canonical.PersonName;
import org.thinkfamily.contracts.canonical.Sector;
import org.thinkfamily.contracts.canonical.Sensitivity;
import org.thinkfamily.contracts.canonical.Sex;
import org.thinkfamily.contracts.canonical.Source;
import org.thinkfamily.contracts.canonical.Subject;
import org.thinkfamily.contracts.canonical.SubjectRole;
import org.thinkfamily.contracts.ingest.IngestResult;
import org.thinkfamily.contracts.ingest.IngestStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the resources of one Bundle to canonical events: Encounter (class EMER an emergency attendance,
 * IMP or ACUTE an admission), Flag (a safeguarding flag), RelatedPerson (a family relationship),
 * Condition, Observation (those that matter for safeguarding), a Patient's contacts (a family relationship
 * each), and a Patient no other entry names and without contacts (its demographics). References are resolved inside the Bundle
 * ({@code urn:uuid:} full URLs, {@code Type/id}, contained resources) or by an identifier alone.
 */
final class FhirMapping {

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** Resources that give context to the records (the message envelope, who and where): no event of their own. */
    private static final Set<String> CONTEXT = Set.of("MessageHeader", "Organization", "Practitioner", "PractitionerRole",
            "Location", "Provenance");

    /** One record of the Bundle: its event, or why it cannot be taken. {@code covers}: the request entries it uses. */
    record Entry(int index, String location, String messageId, CanonicalEvent event, RecordProblem problem, Set<Integer> covers) {
    }

    private final Bundle bundle;
    private final Map<String, Integer> indexByUrl = new HashMap<>();
    private final String agency;
    private final Instant bundleTime;
    private final Set<String> observationCodes;

    FhirMapping(Bundle bundle, String defaultAgency, Set<String> observationCodes) {
        this.bundle = bundle;
        this.observationCodes = observationCodes;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            if (entry.hasFullUrl()) {
                indexByUrl.put(entry.getFullUrl(), i);
            }
            if (entry.getResource() != null && entry.getResource().hasIdElement() && entry.getResource().getIdElement().hasIdPart()) {
                indexByUrl.put(entry.getResource().fhirType() + "/" + entry.getResource().getIdElement().getIdPart(), i);
            }
        }
        this.agency = agencyOf(bundle, defaultAgency);
        this.bundleTime = bundle.hasTimestamp() ? bundle.getTimestamp().toInstant()
                : bundle.getMeta().hasLastUpdated() ? bundle.getMeta().getLastUpdated().toInstant() : Instant.now();
    }

    String agency() {
        return agency;
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Set<Integer> patientsUsed = new HashSet<>();
        List<Integer> patients = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource resource = bundle.getEntry().get(i).getResource();
            String location = "Bundle.entry[" + i + "].resource";
            if (resource == null) {
                entries.add(new Entry(i, location, null, null, new RecordProblem("resource", "the entry holds no resource"), Set.of(i)));
                continue;
            }
            if (resource instanceof Patient) {
                patients.add(i);
                continue;
            }
            if (CONTEXT.contains(resource.fhirType())) {
                continue;
            }
            Set<Integer> covers = new HashSet<>(Set.of(i));
            String messageId = null;
            try {
                messageId = messageId(resource, bundle.getEntry().get(i));
                CanonicalEvent event;
                if (resource instanceof Encounter encounter) {
                    event = encounter(encounter, messageId, covers);
                } else if (resource instanceof Flag flag) {
                    event = flag(flag, messageId, covers);
                } else if (resource instanceof RelatedPerson related) {
                    event = related(related, messageId, covers);
                } else if (resource instanceof Condition condition) {
                    event = condition(condition, messageId, covers);
                } else if (resource instanceof Observation observation) {
                    event = observation(observation, messageId, covers);
                } else {
                    throw new RecordProblem("resourceType", resource.fhirType()
                            + " is not taken yet: Patient, Encounter, Flag, RelatedPerson, Condition and Observation are");
                }
                entries.add(new Entry(i, location, messageId, event, null, covers));
            } catch (RecordProblem problem) {
                entries.add(new Entry(i, location, messageId, null, problem, covers));
            }
            patientsUsed.addAll(covers);
        }
        for (int i : patients) {
            String location = "Bundle.entry[" + i + "].resource";
            Patient patient = (Patient) bundle.getEntry().get(i).getResource();
            List<Integer> contacts = usableContacts(patient);
            if (!contacts.isEmpty()) {
                entries.addAll(contacts(i, patient, contacts));
                continue;
            }
            if (patientsUsed.contains(i)) {
                continue;
            }
            String messageId = null;
            try {
                messageId = messageId(patient, bundle.getEntry().get(i));
                Instant at = patient.getMeta().hasLastUpdated() ? patient.getMeta().getLastUpdated().toInstant() : bundleTime;
                Subject subject = subject(patient, at, "");
                entries.add(new Entry(i, location, messageId, new CanonicalEvent(source(messageId), EventType.DEMOGRAPHICS_UPDATED, at,
                        List.of(subject), "Patient details from the trust", sensitivity(patient), Map.of(), null), null, Set.of(i)));
            } catch (RecordProblem problem) {
                entries.add(new Entry(i, location, messageId, null, problem, Set.of(i)));
            }
        }
        entries.sort(java.util.Comparator.comparingInt(Entry::index));
        return entries;
    }

    private CanonicalEvent encounter(Encounter encounter, String messageId, Set<Integer> covers) {
        String code = encounter.getClass_().getCode();
        EventType type = switch (code == null ? "" : code.toUpperCase(Locale.ROOT)) {
            case "EMER" -> EventType.EMERGENCY_ATTENDANCE;
            case "IMP", "ACUTE" -> EventType.HOSPITAL_ADMISSION;
            default -> throw new RecordProblem("class", "Encounter.class must be EMER, IMP or ACUTE");
        };
        if (!encounter.getPeriod().hasStart()) {
            throw new RecordProblem("period.start", "is required: when the patient arrived");
        }
        Instant arrived = encounter.getPeriod().getStart().toInstant();
        Patient patient = patient(encounter.getSubject(), "subject", covers);
        Subject subject = patient == null ? byIdentifier(encounter.getSubject(), "subject", arrived) : subject(patient, arrived, "subject.");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("site", encounter.getServiceProvider().hasDisplay() ? encounter.getServiceProvider().getDisplay()
                : encounter.hasLocation() && encounter.getLocationFirstRep().getLocation().hasDisplay()
                ? encounter.getLocationFirstRep().getLocation().getDisplay() : agency);
        details.put("arrivedAt", arrived.toString());
        if (encounter.hasReasonCode() && encounter.getReasonCodeFirstRep().hasText()) {
            details.put("reason", encounter.getReasonCodeFirstRep().getText());
        }
        return new CanonicalEvent(source(messageId), type, arrived, List.of(subject),
                type == EventType.EMERGENCY_ATTENDANCE ? "Attended the emergency department" : "Admitted to hospital",
                patient == null ? Sensitivity.STANDARD : sensitivity(patient), details, null);
    }

    private CanonicalEvent flag(Flag flag, String messageId, Set<Integer> covers) {
        if (!flag.getPeriod().hasStart()) {
            throw new RecordProblem("period.start", "is required: when the flag was raised");
        }
        Instant start = flag.getPeriod().getStart().toInstant();
        String code = flag.getCode().hasText() ? flag.getCode().getText()
                : flag.getCode().getCodingFirstRep().hasCode() ? flag.getCode().getCodingFirstRep().getCode() : null;
        if (code == null) {
            throw new RecordProblem("code", "is required: what the flag says");
        }
        Patient patient = patient(flag.getSubject(), "subject", covers);
        Subject subject = patient == null ? byIdentifier(flag.getSubject(), "subject", start) : subject(patient, start, "subject.");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("flag", Identifiers.code(code));
        details.put("active", flag.getStatus() == Flag.FlagStatus.ACTIVE);
        details.put("start", date(flag.getPeriod().getStartElement().getValueAsString()).toString());
        if (flag.getPeriod().hasEnd()) {
            details.put("end", date(flag.getPeriod().getEndElement().getValueAsString()).toString());
        }
        return new CanonicalEvent(source(messageId), EventType.SAFEGUARDING_FLAG, start, List.of(subject),
                "Safeguarding flag: " + Identifiers.code(code), Sensitivity.RESTRICTED, details, null);
    }

    private CanonicalEvent related(RelatedPerson related, String messageId, Set<Integer> covers) {
        Instant at = related.getPeriod().hasStart() ? related.getPeriod().getStart().toInstant() : bundleTime;
        Patient patient = patient(related.getPatient(), "patient", covers);
        Subject child = patient == null ? byIdentifier(related.getPatient(), "patient", at) : subject(patient, at, "patient.");
        Coding relationship = related.getRelationshipFirstRep().getCodingFirstRep();
        if (!relationship.hasCode()) {
            throw new RecordProblem("relationship", "is required: how the person is related to the patient (e.g. MTH)");
        }
        String code = relationship.getCode().toUpperCase(Locale.ROOT);
        SubjectRole role = Relationships.isParentOrCarer(code) ? SubjectRole.PARENT_CARER : SubjectRole.OTHER_PARTY;
        List<Identifier> ids = identifiers(related.getIdentifier(), "identifier");
        PersonName name = name(related.getName());
        LocalDate birth = related.hasBirthDate() ? date(related.getBirthDateElement().getValueAsString()) : null;
        Subject person = new Subject(role, ids, name, birth, sex(related.getGender()), null);
        return new CanonicalEvent(source(messageId), EventType.FAMILY_RELATIONSHIP_RECORDED, at, List.of(child, person),
                "Related person recorded: " + code, patient == null ? Sensitivity.STANDARD : sensitivity(patient),
                Map.of("relationship", code), null);
    }

    /**
     * The contacts of a Patient that name a person and say how they are related: a name (given or family) and a
     * relationship code, and not ended ({@code period.end} in the past). Others (an organisation, a contact with no
     * relationship, a former contact) are left out: they say nothing about the patient's household.
     */
    private List<Integer> usableContacts(Patient patient) {
        List<Integer> usable = new ArrayList<>();
        Instant now = Instant.now();
        for (int j = 0; j < patient.getContact().size(); j++) {
            Patient.ContactComponent contact = patient.getContact().get(j);
            boolean named = contact.hasName() && (contact.getName().hasFamily() || contact.getName().hasGiven());
            boolean ended = contact.getPeriod().hasEnd() && contact.getPeriod().getEnd().toInstant().isBefore(now);
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
    private List<Entry> contacts(int index, Patient patient, List<Integer> usable) {
        String location = "Bundle.entry[" + index + "].resource";
        String base = null;
        try {
            base = messageId(patient, bundle.getEntry().get(index));
            String version = patient.getMeta().hasVersionId() ? patient.getMeta().getVersionId()
                    : patient.getIdElement().getVersionIdPart();
            if (version != null && !version.isBlank()) {
                base = base + "/_history/" + version.strip();
            }
            Instant updated = patient.getMeta().hasLastUpdated() ? patient.getMeta().getLastUpdated().toInstant() : bundleTime;
            Subject child = subject(patient, updated, "");
            String childKey = child.identifiers().stream().filter(id -> id.system().equals("nhs-number")).findFirst()
                    .or(() -> child.identifiers().stream().findFirst()).map(Identifier::token).orElse(messageId(patient,
                            bundle.getEntry().get(index)));
            List<Entry> entries = new ArrayList<>();
            for (int j : usable) {
                Patient.ContactComponent contact = patient.getContact().get(j);
                String messageId = base + "/contact/" + j;
                if (messageId.length() > 128) {
                    messageId = "Patient/" + ContactKeys.digest(messageId, 40) + "/contact/" + j;
                }
                Instant at = contact.getPeriod().hasStart() ? contact.getPeriod().getStart().toInstant() : updated;
                String code = relationshipCode(contact);
                PersonName name = name(List.of(contact.getName()));
                String postcode = contact.hasAddress() ? contact.getAddress().getPostalCode() : null;
                Subject person = new Subject(Relationships.isParentOrCarer(code) ? SubjectRole.PARENT_CARER : SubjectRole.OTHER_PARTY,
                        List.of(ContactKeys.of(agency, childKey, name)), name, null, sex(contact.getGender()),
                        postcode == null || postcode.isBlank() ? null : new Address(null, postcode, null));
                entries.add(new Entry(index, location + ".contact[" + j + "]", messageId,
                        new CanonicalEvent(source(messageId), EventType.FAMILY_RELATIONSHIP_RECORDED, at, List.of(child, person),
                                "Patient contact recorded: " + code, sensitivity(patient), Map.of("relationship", code), null),
                        null, Set.of(index)));
            }
            return entries;
        } catch (RecordProblem problem) {
            return List.of(new Entry(index, location, base, null, problem, Set.of(index)));
        }
    }

    private CanonicalEvent condition(Condition condition, String messageId, Set<Integer> covers) {
        Instant at = condition.hasOnsetDateTimeType() ? condition.getOnsetDateTimeType().getValue().toInstant()
                : condition.hasRecordedDate() ? condition.getRecordedDate().toInstant() : bundleTime;
        Coding coding = condition.getCode().getCodingFirstRep();
        String code = coding.hasCode() ? coding.getCode() : condition.getCode().getText();
        if (code == null || code.isBlank()) {
            throw new RecordProblem("code", "is required: which condition");
        }
        Patient patient = patient(condition.getSubject(), "subject", covers);
        Subject subject = patient == null ? byIdentifier(condition.getSubject(), "subject", at) : subject(patient, at, "subject.");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        String display = coding.hasDisplay() ? coding.getDisplay() : condition.getCode().getText();
        if (display != null && !display.isBlank()) {
            details.put("display", display);
        }
        if (condition.getClinicalStatus().getCodingFirstRep().hasCode()) {
            details.put("clinicalStatus", condition.getClinicalStatus().getCodingFirstRep().getCode());
        }
        return new CanonicalEvent(source(messageId), EventType.HEALTH_CONDITION_RECORDED, at, List.of(subject),
                "Condition recorded" + (display == null ? "" : ": " + display), Sensitivity.RESTRICTED, details, null);
    }

    /**
     * Only observations that matter for safeguarding: social history, or a code the authority lists in
     * {@code thinkfamily.connectors.fhir.safeguarding-observation-codes}. Others (a weight, a blood test)
     * are refused with that reason, never taken silently.
     */
    private CanonicalEvent observation(Observation observation, String messageId, Set<Integer> covers) {
        boolean socialHistory = observation.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .anyMatch(c -> "social-history".equals(c.getCode()));
        Coding coding = observation.getCode().getCodingFirstRep();
        String code = coding.hasCode() ? coding.getCode() : null;
        if (!socialHistory && (code == null || !observationCodes.contains(code))) {
            throw new RecordProblem("code", "is not an observation that matters for safeguarding: the hub takes social history "
                    + "and the codes listed in thinkfamily.connectors.fhir.safeguarding-observation-codes");
        }
        Instant at = observation.hasEffectiveDateTimeType() ? observation.getEffectiveDateTimeType().getValue().toInstant()
                : observation.hasIssued() ? observation.getIssued().toInstant() : bundleTime;
        Patient patient = patient(observation.getSubject(), "subject", covers);
        Subject subject = patient == null ? byIdentifier(observation.getSubject(), "subject", at) : subject(patient, at, "subject.");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code != null ? code : "social-history");
        String display = coding.hasDisplay() ? coding.getDisplay() : observation.getCode().getText();
        if (display != null && !display.isBlank()) {
            details.put("display", display);
        }
        String value = observation.hasValueStringType() ? observation.getValueStringType().getValue()
                : observation.hasValueCodeableConcept() ? observation.getValueCodeableConcept().getText() : null;
        if (value != null && !value.isBlank()) {
            details.put("value", value);
        }
        return new CanonicalEvent(source(messageId), EventType.HEALTH_OBSERVATION_RECORDED, at, List.of(subject),
                "Observation recorded" + (display == null ? "" : ": " + display), Sensitivity.RESTRICTED, details, null);
    }

    /** The Patient a reference names inside the Bundle (or contained), or null when it names one by identifier only. */
    private Patient patient(Reference reference, String field, Set<Integer> covers) {
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

    private Subject byIdentifier(Reference reference, String field, Instant at) {
        return new Subject(SubjectRole.CHILD, identifiers(List.of(reference.getIdentifier()), field + ".identifier"), null, null, null, null);
    }

    private Subject subject(Patient patient, Instant at, String prefix) {
        List<Identifier> ids = identifiers(patient.getIdentifier(), prefix + "identifier");
        LocalDate birth = patient.hasBirthDate() ? date(patient.getBirthDateElement().getValueAsString()) : null;
        String postcode = patient.hasAddress() ? patient.getAddressFirstRep().getPostalCode() : null;
        return new Subject(Ages.roleAt(birth, at), ids, name(patient.getName()), birth, sex(patient.getGender()),
                postcode == null ? null : new Address(null, postcode, null));
    }

    private List<Identifier> identifiers(List<org.hl7.fhir.r4.model.Identifier> fhirIds, String field) {
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

    private static PersonName name(List<HumanName> names) {
        HumanName name = names.stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
        return name == null ? null : new PersonName(name.hasGiven() ? name.getGiven().get(0).getValue() : null, name.getFamily());
    }

    private static Sex sex(Enumerations.AdministrativeGender gender) {
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
    private static Sensitivity sensitivity(Patient patient) {
        return patient.getMeta().getSecurity().stream().anyMatch(c -> "R".equals(c.getCode()) || "V".equals(c.getCode()))
                ? Sensitivity.RESTRICTED : Sensitivity.STANDARD;
    }

    private static LocalDate date(String fhirDate) {
        return LocalDate.parse(fhirDate.substring(0, Math.min(10, fhirDate.length())));
    }

    private Source source(String messageId) {
        return new Source(agency, Sector.HEALTH, "fhir-r4", messageId);
    }

    /** The record's identity: its business identifier, else its id, else the entry's full URL. */
    private static String messageId(Resource resource, Bundle.BundleEntryComponent entry) {
        String type = resource.fhirType();
        if (resource instanceof Observation o && o.hasIdentifier() && o.getIdentifierFirstRep().hasValue()) {
            return type + "/" + o.getIdentifierFirstRep().getValue();
        }
        if (resource instanceof Condition c && c.hasIdentifier() && c.getIdentifierFirstRep().hasValue()) {
            return type + "/" + c.getIdentifierFirstRep().getValue();
        }
        if (resource instanceof Encounter e && e.hasIdentifier() && e.getIdentifierFirstRep().hasValue()) {
            return type + "/" + e.getIdentifierFirstRep().getValue();
        }
        if (resource instanceof Flag f && f.hasIdentifier() && f.getIdentifierFirstRep().hasValue()) {
            return type + "/" + f.getIdentifierFirstRep().getValue();
        }
        if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
            return type + "/" + resource.getIdElement().getIdPart();
        }
        if (entry.hasFullUrl()) {
            return type + "/" + entry.getFullUrl();
        }
        throw new RecordProblem("id", "the resource needs an id, an identifier or a fullUrl: it is the record's identity");
    }

    /** The sending trust: the Bundle's {@code meta.source}, else the patient's managing organisation, else the default. */
    private static String agencyOf(Bundle bundle, String fallback) {
        String source = bundle.getMeta().getSource();
        if (source == null) {
            source = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof Patient)
                    .map(r -> ((Patient) r).getManagingOrganization().getIdentifier().getValue()).filter(v -> v != null)
                    .findFirst().orElse(null);
        }
        if (source == null) {
            return fallback;
        }
        String code = Identifiers.code(source.replaceFirst("^[a-z]+://", "").replaceFirst("[/#].*$", ""))
                .toLowerCase(Locale.ROOT).replace('_', '-');
        return code.isEmpty() ? fallback : code.length() > 64 ? code.substring(0, 64) : code;
    }

    static Bundle asCollection(Resource resource) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setResource(resource);
        return bundle;
    }

    static Bundle response(Bundle request, List<Entry> entries, List<IngestResult> results, List<OperationOutcome> outcomes) {
        Bundle response = new Bundle();
        response.setType(request.getType() == Bundle.BundleType.TRANSACTION ? Bundle.BundleType.TRANSACTIONRESPONSE
                : Bundle.BundleType.BATCHRESPONSE);
        for (int i = 0; i < request.getEntry().size(); i++) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse();
            int index = i;
            int mapped = -1;
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k).covers().contains(index)) {
                    mapped = k;
                    break;
                }
            }
            // an entry with records of its own (a Patient's contacts) answers for them: the first refused, else the
            // first recorded, else the first duplicate
            int own = -1;
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k).index() == index && (own < 0 || rank(results.get(k)) < rank(results.get(own)))) {
                    own = k;
                }
            }
            mapped = own >= 0 ? own : mapped;
            if (mapped < 0) {
                answer.setStatus("200 OK");
                continue;
            }
            IngestResult result = results.get(mapped);
            answer.setStatus(switch (result.status()) {
                case ACCEPTED -> "201 Created";
                case DUPLICATE -> "200 OK";
                case REJECTED -> "422 Unprocessable Entity";
            });
            if (result.status() != IngestStatus.REJECTED) {
                answer.setLocation("AgencyEvent/" + result.eventId());
            } else {
                answer.setOutcome(outcomes.get(mapped));
            }
        }
        return response;
    }

    private static int rank(IngestResult result) {
        return switch (result.status()) {
            case REJECTED -> 0;
            case ACCEPTED -> 1;
            case DUPLICATE -> 2;
        };
    }

    /** A parser's complaint, without long digit runs (an NHS number quoted back) and kept short. */
    static String safe(String message) {
        if (message == null) {
            return "unreadable";
        }
        String cleaned = message.replaceAll("\\d{6,}", "…").replaceAll("\\s+", " ");
        return cleaned.length() > 300 ? cleaned.substring(0, 300) + "…" : cleaned;
    }
}
