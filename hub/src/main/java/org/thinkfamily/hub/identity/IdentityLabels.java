package org.thinkfamily.hub.identity;

import java.util.Map;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;

/** How the identity codes the API uses read on the web pages. */
final class IdentityLabels {

    private static final Map<String, String> FIELDS = Map.of(
            "familyName",
            "Family name",
            "givenName",
            "Given name",
            "birthDate",
            "Date of birth",
            "sex",
            "Sex",
            "postcode",
            "Postcode",
            "uprn",
            "Property (UPRN)",
            "address",
            "Address (property, or postcode and street)");
    private static final Map<String, String> SYSTEMS = Map.of(
            "nhs-number",
            "NHS number",
            "upn",
            "Unique pupil number",
            "ni-number",
            "National Insurance number",
            "pnc-id",
            "PNC ID",
            "uprn",
            "UPRN");
    private static final Map<String, String> OUTCOME_TAGS =
            Map.of("AGREE", "govuk-tag--green", "PARTIAL", "govuk-tag--yellow", "DISAGREE", "govuk-tag--red");
    private static final Map<String, String> DECISIONS = Map.of(
            "REGISTERED",
            "Registered",
            "IDENTIFIER_ADDED",
            "Identifier added",
            "LINKED",
            "Linked",
            "UNLINKED",
            "Unlinked",
            "REVIEW_QUEUED",
            "Queued for review",
            "REVIEW_REJECTED",
            "Reviewed: two people",
            "CONFLICT",
            "Identifier conflict",
            "LINKED_BY_DETAILS",
            "Linked on details");

    private IdentityLabels() {}

    static String field(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    static String system(String system) {
        return system.startsWith(IdentifierSystems.LOCAL_PREFIX)
                ? "Local id (" + system.substring(IdentifierSystems.LOCAL_PREFIX.length()) + ")"
                : SYSTEMS.getOrDefault(system, system);
    }

    /** The GOV.UK tag colour of a comparison outcome: grey for MISSING and anything new. */
    static String outcomeTag(String outcome) {
        return OUTCOME_TAGS.getOrDefault(outcome, "govuk-tag--grey");
    }

    /** A match history decision, such as LINKED:REVIEW_CONFIRMED, as "Linked (review confirmed)". */
    static String decision(String decision) {
        int colon = decision.indexOf(':');
        String kind = colon < 0 ? decision : decision.substring(0, colon);
        String label = DECISIONS.getOrDefault(kind, kind);
        if (colon < 0) {
            return label;
        }
        String detail = decision.substring(colon + 1);
        return label + " ("
                + (detail.equals(detail.toUpperCase()) ? detail.toLowerCase().replace('_', ' ') : system(detail)) + ")";
    }
}
