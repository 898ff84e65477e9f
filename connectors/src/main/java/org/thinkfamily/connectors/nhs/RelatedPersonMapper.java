package org.thinkfamily.connectors.nhs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;

/** A RelatedPerson: a family relationship; a parent or guardian joins the patient's household, others are named only. */
final class RelatedPersonMapper implements ResourceMapper<RelatedPerson> {

    private final FhirBundle bundle;

    RelatedPersonMapper(FhirBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public Class<RelatedPerson> type() {
        return RelatedPerson.class;
    }

    @Override
    public CanonicalEvent map(RelatedPerson related, String messageId, Set<Integer> covers) {
        Instant at =
                related.getPeriod().hasStart() ? related.getPeriod().getStart().toInstant() : bundle.time();
        Patient patient = bundle.patient(related.getPatient(), "patient", covers);
        Subject child = patient == null
                ? bundle.byIdentifier(related.getPatient(), "patient")
                : bundle.subject(patient, at, "patient.");
        Coding relationship = related.getRelationshipFirstRep().getCodingFirstRep();
        if (!relationship.hasCode()) {
            throw new RecordProblem("relationship", "is required: how the person is related to the patient (e.g. MTH)");
        }
        String code = relationship.getCode().toUpperCase(Locale.ROOT);
        SubjectRole role = Relationships.isParentOrCarer(code) ? SubjectRole.PARENT_CARER : SubjectRole.OTHER_PARTY;
        List<Identifier> ids = bundle.identifiers(related.getIdentifier(), "identifier");
        PersonName name = FhirBundle.name(related.getName());
        LocalDate birth = related.hasBirthDate()
                ? FhirBundle.date(related.getBirthDateElement().getValueAsString())
                : null;
        Subject person = new Subject(role, ids, name, birth, FhirBundle.sex(related.getGender()), null);
        return new CanonicalEvent(
                bundle.source(messageId),
                EventType.FAMILY_RELATIONSHIP_RECORDED,
                at,
                List.of(child, person),
                "Related person recorded: " + code,
                patient == null ? Sensitivity.STANDARD : FhirBundle.sensitivity(patient),
                Map.of("relationship", code),
                null);
    }
}
