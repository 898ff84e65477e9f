package org.thinkfamily.connectors.nhs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;

/**
 * Maps the resources of one Bundle to canonical events, each kind by its own mapper: {@link EncounterMapper},
 * {@link FlagMapper}, {@link RelatedPersonMapper}, {@link ConditionMapper}, {@link ObservationMapper}, and
 * {@link PatientMapper} (a Patient's contacts, or the demographics of a Patient no other entry names). Patients
 * are mapped last, once it is known which ones the other records name. References are resolved inside the Bundle
 * ({@link FhirBundle}).
 */
final class FhirMapping {

    /** Resources that give context to the records (the message envelope, who and where): no event of their own. */
    private static final Set<String> CONTEXT =
            Set.of("MessageHeader", "Organization", "Practitioner", "PractitionerRole", "Location", "Provenance");

    /** One record of the Bundle: its event, or why it cannot be taken. {@code covers}: the request entries it uses. */
    record Entry(
            int index,
            String location,
            String messageId,
            CanonicalEvent event,
            RecordProblem problem,
            Set<Integer> covers) {}

    private final FhirBundle bundle;
    private final List<ResourceMapper<?>> mappers;
    private final PatientMapper patients;

    FhirMapping(Bundle bundle, String defaultAgency, Set<String> observationCodes) {
        this.bundle = new FhirBundle(bundle, defaultAgency);
        this.mappers = List.of(
                new EncounterMapper(this.bundle),
                new FlagMapper(this.bundle),
                new RelatedPersonMapper(this.bundle),
                new ConditionMapper(this.bundle),
                new ObservationMapper(this.bundle, observationCodes));
        this.patients = new PatientMapper(this.bundle);
    }

    String agency() {
        return bundle.agency();
    }

    static String location(int index) {
        return "Bundle.entry[" + index + "].resource";
    }

    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Set<Integer> patientsNamed = new HashSet<>();
        List<Integer> patientEntries = new ArrayList<>();
        List<Bundle.BundleEntryComponent> all = bundle.bundle().getEntry();
        for (int i = 0; i < all.size(); i++) {
            Resource resource = all.get(i).getResource();
            String location = location(i);
            if (resource == null) {
                entries.add(new Entry(
                        i,
                        location,
                        null,
                        null,
                        new RecordProblem("resource", "the entry holds no resource"),
                        Set.of(i)));
                continue;
            }
            if (resource instanceof Patient) {
                patientEntries.add(i);
                continue;
            }
            if (CONTEXT.contains(resource.fhirType())) {
                continue;
            }
            Set<Integer> covers = new HashSet<>(Set.of(i));
            String messageId = null;
            try {
                messageId = FhirBundle.messageId(resource, all.get(i));
                entries.add(new Entry(i, location, messageId, map(resource, messageId, covers), null, covers));
            } catch (RecordProblem problem) {
                entries.add(new Entry(i, location, messageId, null, problem, covers));
            }
            patientsNamed.addAll(covers);
        }
        for (int i : patientEntries) {
            entries.addAll(patients.map(i, (Patient) all.get(i).getResource(), patientsNamed.contains(i)));
        }
        entries.sort(Comparator.comparingInt(Entry::index));
        return entries;
    }

    private CanonicalEvent map(Resource resource, String messageId, Set<Integer> covers) {
        for (ResourceMapper<?> mapper : mappers) {
            if (mapper.type().isInstance(resource)) {
                return mapWith(mapper, resource, messageId, covers);
            }
        }
        throw new RecordProblem(
                "resourceType",
                resource.fhirType()
                        + " is not taken yet: Patient, Encounter, Flag, RelatedPerson, Condition and Observation are");
    }

    private static <R extends Resource> CanonicalEvent mapWith(
            ResourceMapper<R> mapper, Resource resource, String messageId, Set<Integer> covers) {
        return mapper.map(mapper.type().cast(resource), messageId, covers);
    }
}
