package org.thinkfamily.contracts.family;

/** Why a person is a member of a family: what kind of record supports it. */
public enum MembershipBasis {
    /** An agency record named them together with the family's members, in household roles. */
    NAMED_TOGETHER,
    /** A recorded family relationship: FHIR RelatedPerson or Patient.contact, HL7 NK1, a school's contacts, a benefit household. */
    RELATIONSHIP_RECORDED,
    /** Registered at the same property (UPRN) as the family's members, when no record named them together yet. */
    SAME_ADDRESS,
    /** A manager added, moved or merged them. */
    MANAGER_DECISION
}
