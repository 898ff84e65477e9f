package org.thinkfamily.hub.support;

/** Canonical events as agencies send them (JSON text), for the end-to-end tests. */
public final class CanonicalEvents {

    private CanonicalEvents() {}

    public static String domesticAbuse(String messageId, String occurredAt, String motherNi, String childNhs) {
        return """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","system":"niche-rms","messageId":"%s"},
                 "type":"DOMESTIC_ABUSE_INCIDENT","occurredAt":"%s",
                 "subjects":[
                   {"role":"PARENT_CARER","identifiers":[{"system":"ni-number","value":"%s"}],
                    "name":{"given":"Mary","family":"Smith"},"birthDate":"1990-06-01"},
                   {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                    "name":{"given":"Jane","family":"Smith"},"birthDate":"2015-03-02",
                    "address":{"uprn":"%s","postcode":"BD1 1AA"}}],
                 "summary":"Police attended a domestic incident at the family home; child present.",
                 "sensitivity":"STANDARD",
                 "details":{"policeReference":"13/123456/26","childPresent":true}}
                """.formatted(messageId, occurredAt, motherNi, childNhs, TestIdentifiers.uprn());
    }

    /**
     * A police domestic abuse notification naming a parent and a child, by identifiers only, at one
     * property: records of one household sent again and again (by several nodes at once) name the same people.
     */
    public static String domesticAbuseAt(
            String messageId, String occurredAt, String parentNi, String childNhs, String uprn) {
        return """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","system":"niche-rms","messageId":"%s"},
                 "type":"DOMESTIC_ABUSE_INCIDENT","occurredAt":"%s",
                 "subjects":[
                   {"role":"PARENT_CARER","identifiers":[{"system":"ni-number","value":"%s"}],
                    "address":{"uprn":"%s"}},
                   {"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}],
                    "address":{"uprn":"%s"}}],
                 "summary":"Police attended a domestic incident at the family home; child present.",
                 "sensitivity":"STANDARD",
                 "details":{"policeReference":"13/123456/26","childPresent":true}}
                """.formatted(messageId, occurredAt, parentNi, uprn, childNhs, uprn);
    }

    public static String schoolAttendance(String messageId, String occurredAt, String upn, String childNhs) {
        return """
                {"source":{"agency":"bradford-school-2001","sector":"EDUCATION","messageId":"%s"},
                 "type":"SCHOOL_ATTENDANCE_SUMMARY","occurredAt":"%s",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"upn","value":"%s"},{"system":"nhs-number","value":"%s"}]}],
                 "summary":"Half term attendance 84%%.",
                 "details":{"periodStart":"2026-09-03","periodEnd":"2026-10-24","possibleSessions":100,
                            "presentSessions":84,"authorisedAbsences":6,"unauthorisedAbsences":10}}
                """.formatted(messageId, occurredAt, upn, childNhs);
    }

    public static String emergencyAttendance(String messageId, String occurredAt, String childNhs) {
        return emergencyAttendance(messageId, occurredAt, childNhs, "STANDARD");
    }

    public static String emergencyAttendance(String messageId, String occurredAt, String childNhs, String sensitivity) {
        return """
                {"source":{"agency":"bradford-teaching-hospitals","sector":"HEALTH","messageId":"%s"},
                 "type":"EMERGENCY_ATTENDANCE","occurredAt":"%s","sensitivity":"%s",
                 "subjects":[{"role":"CHILD","identifiers":[{"system":"nhs-number","value":"%s"}]}],
                 "summary":"Attended A&E with a wrist injury.",
                 "details":{"site":"Bradford Royal Infirmary","arrivedAt":"%s"}}
                """.formatted(messageId, occurredAt, sensitivity, childNhs, occurredAt);
    }

    public static String streetIncident(String messageId, String suspectPnc, String otherPartyNhs) {
        return """
                {"source":{"agency":"west-yorkshire-police","sector":"POLICE","messageId":"%s"},
                 "type":"CRIME_INCIDENT","occurredAt":"2026-11-01T18:30:00Z",
                 "subjects":[
                   {"role":"ADULT_IN_HOUSEHOLD","identifiers":[{"system":"pnc-id","value":"%s"}]},
                   {"role":"OTHER_PARTY","identifiers":[{"system":"nhs-number","value":"%s"}]}],
                 "summary":"Street fight.",
                 "details":{"policeReference":"13/223344/26","involvement":"SUSPECT"}}
                """.formatted(messageId, suspectPnc, otherPartyNhs);
    }
}
