package org.thinkfamily.connectors.nhs;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thinkfamily.connectors.support.Ages;
import org.thinkfamily.connectors.support.ConnectorMetrics;
import org.thinkfamily.connectors.support.ContactKeys;
import org.thinkfamily.connectors.support.Identifiers;
import org.thinkfamily.connectors.support.RecordProblem;
import org.thinkfamily.connectors.support.UkTime;
import org.thinkfamily.contracts.published.canonical.Address;
import org.thinkfamily.contracts.published.canonical.CanonicalEvent;
import org.thinkfamily.contracts.published.canonical.EventType;
import org.thinkfamily.contracts.published.canonical.FieldError;
import org.thinkfamily.contracts.published.canonical.Identifier;
import org.thinkfamily.contracts.published.canonical.PersonName;
import org.thinkfamily.contracts.published.canonical.Sector;
import org.thinkfamily.contracts.published.canonical.Sensitivity;
import org.thinkfamily.contracts.published.canonical.Sex;
import org.thinkfamily.contracts.published.canonical.Source;
import org.thinkfamily.contracts.published.canonical.Subject;
import org.thinkfamily.contracts.published.canonical.SubjectRole;
import org.thinkfamily.contracts.published.deadletter.DeadLetter;
import org.thinkfamily.contracts.published.deadletter.DeadLetterPort;
import org.thinkfamily.contracts.published.deadletter.ReplayableDoor;
import org.thinkfamily.contracts.published.ingest.IngestPort;
import org.thinkfamily.contracts.published.ingest.IngestResult;
import org.thinkfamily.contracts.published.ingest.IngestStatus;
import org.thinkfamily.contracts.published.privacy.LogValues;

/**
 * HL7 v2 ADT messages from NHS patient administration systems (versions 2.3 to 2.5, read into the 2.5
 * model): A01 admit, A03 discharge, A04 register (an A&E attendance when PV1-2 is E), A08 update, A40
 * merge (a request to link two identities, never a silent merge). The patient's parents and carers named in
 * NK1 segments are subjects of the event too, so they join the patient's household. Every message gets an answer:
 * {@code AA}, or {@code AE}/{@code AR} with an ERR segment that says why; what is refused is dead-lettered.
 */
@Component
public class Hl7Messages implements ReplayableDoor {

    public static final String DOOR = "hl7-v2";
    private static final Logger log = LoggerFactory.getLogger(Hl7Messages.class);
    private static final DateTimeFormatter ACK_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final IngestPort ingest;
    private final DeadLetterPort deadLetters;
    private final ConnectorMetrics metrics;
    private final String defaultAgency;
    private final PipeParser parser;

    @Autowired
    Hl7Messages(IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters, MllpProperties properties) {
        this(ingest, deadLetters, meters, properties.defaultAgency());
    }

    Hl7Messages(IngestPort ingest, DeadLetterPort deadLetters, MeterRegistry meters, String defaultAgency) {
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.metrics = new ConnectorMetrics(meters, DOOR);
        this.defaultAgency = defaultAgency;
        HapiContext context = new DefaultHapiContext();
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        context.setValidationContext(ValidationContextFactory.noValidation());
        // acknowledgement control ids from memory: HAPI's default writes an id_file into the working directory
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        this.parser = context.getPipeParser();
    }

    /** The outcome of one message and the acknowledgement to send back. */
    public record Answer(IngestResult result, String acknowledgement) {}

    @Override
    public String door() {
        return DOOR;
    }

    @Override
    public List<IngestResult> replay(String payload, String actor) {
        Answer answer = take(payload, actor, "replay", false);
        if (answer.result().status() == IngestStatus.REJECTED
                && answer.result().errors().stream().anyMatch(e -> e.field().equals("message"))) {
            throw new IllegalArgumentException(answer.result().errors().get(0).message());
        }
        return List.of(answer.result());
    }

    /** Takes one message, as received; line feeds standing in for carriage returns are accepted. */
    public Answer take(String raw, String actor, String via) {
        return take(raw, actor, via, true);
    }

    private Answer take(String raw, String actor, String via, boolean deadLetter) {
        String text = raw.replace("\r\n", "\r").replace('\n', '\r').strip();
        Message message;
        try {
            message = parser.parse(text);
        } catch (HL7Exception | RuntimeException unreadable) {
            String reason = "the message cannot be read as HL7 v2: " + readableReason(unreadable);
            return refuse(text, raw, via, "message", reason, AcknowledgmentCode.AR, deadLetter);
        }
        Terser terser = new Terser(message);
        String controlId = get(terser, "/MSH-10");
        String agency = agency(get(terser, "/MSH-4-1"));
        IngestResult result;
        try {
            result = ingest.ingest(map(terser, agency, controlId), actor);
        } catch (RecordProblem problem) {
            result = IngestResult.rejected(controlId, List.of(new FieldError(problem.field(), problem.getMessage())));
        } catch (UnsupportedMessage unsupported) {
            return refuse(
                    text,
                    raw,
                    via,
                    "MSH-9",
                    unsupported.getMessage(),
                    AcknowledgmentCode.AR,
                    deadLetter,
                    message,
                    agency);
        }
        metrics.record(result.status().name());
        if (result.status() == IngestStatus.REJECTED) {
            String reason = result.errors().stream()
                    .map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
            if (deadLetter) {
                deadLetters.store(new DeadLetter(
                        DOOR,
                        agency,
                        Sector.HEALTH,
                        via + ", message " + controlId,
                        reason,
                        raw,
                        "x-application/hl7-v2+er7"));
            }
            return new Answer(result, ack(message, AcknowledgmentCode.AE, reason, controlId));
        }
        log.info("hl7 {}: agency={} event={}", result.status(), LogValues.code(agency), result.eventId());
        return new Answer(result, ack(message, AcknowledgmentCode.AA, null, controlId));
    }

    private CanonicalEvent map(Terser t, String agency, String controlId) {
        if (controlId == null) {
            throw new RecordProblem("MSH-10", "the message control id is required: it is the message's identity");
        }
        String trigger = get(t, "/MSH-9-2");
        String patientClass = get(t, "/.PV1-2");
        Instant messageTime = occurredAtFallback(t); // EVN-2, else MSH-7: read once
        Subject patient = patient(t, agency, messageTime);
        Map<String, Object> details = new LinkedHashMap<>();
        String site = site(t, agency);
        EventType type;
        Instant occurredAt;
        List<Subject> subjects = new ArrayList<>(List.of(patient));
        String summary;
        switch (trigger == null ? "" : trigger.toUpperCase(Locale.ROOT)) {
            case "A01", "A04" -> {
                boolean emergency = "E".equalsIgnoreCase(patientClass);
                if (!emergency && "A04".equalsIgnoreCase(trigger)) {
                    type = EventType.DEMOGRAPHICS_UPDATED;
                    occurredAt = messageTime;
                    summary = "Registered with the hospital";
                    break;
                }
                type = emergency ? EventType.EMERGENCY_ATTENDANCE : EventType.HOSPITAL_ADMISSION;
                occurredAt = time(t, "/.PV1-44", "PV1-44", messageTime);
                details.put("site", site);
                details.put("arrivedAt", occurredAt.toString());
                summary = emergency ? "Attended the emergency department" : "Admitted to hospital";
            }
            case "A03" -> {
                type = EventType.HOSPITAL_DISCHARGE;
                occurredAt = time(t, "/.PV1-45", "PV1-45", messageTime);
                details.put("site", site);
                details.put("dischargedAt", occurredAt.toString());
                summary = "Discharged from hospital";
            }
            case "A08" -> {
                type = EventType.DEMOGRAPHICS_UPDATED;
                occurredAt = messageTime;
                summary = "Patient details updated";
            }
            case "A40" -> {
                type = EventType.IDENTITY_MERGE_REQUESTED;
                occurredAt = messageTime;
                String prior = get(t, "/.MRG-1-1");
                if (prior == null) {
                    throw new RecordProblem("MRG-1", "the prior patient identifier is required for a merge");
                }
                Identifier priorId = Identifiers.checked("local:" + agency, prior, "MRG-1");
                subjects.add(new Subject(SubjectRole.OTHER_PARTY, List.of(priorId), null, null, null, null));
                details.put("priorIdentifier", priorId.token());
                summary = "The trust asks for two patient records to be treated as one";
            }
            default -> throw new UnsupportedMessage("ADT^" + trigger + " is not taken: A01, A03, A04, A08 and A40 are");
        }
        if (type != EventType.IDENTITY_MERGE_REQUESTED) {
            subjects.addAll(parents(t, agency, patient, messageTime));
        }
        return new CanonicalEvent(
                new Source(agency, Sector.HEALTH, get(t, "/MSH-3-1"), controlId),
                type,
                occurredAt,
                subjects,
                summary,
                Sensitivity.STANDARD,
                details,
                null);
    }

    private Subject patient(Terser t, String agency, Instant at) {
        List<Identifier> identifiers = new ArrayList<>();
        Identifier local = null;
        for (int rep = 0; rep < 10; rep++) {
            String id = get(t, "/.PID-3(" + rep + ")-1");
            if (id == null) {
                break;
            }
            String authority = get(t, "/.PID-3(" + rep + ")-4-1");
            String type = get(t, "/.PID-3(" + rep + ")-5");
            String field = "PID-3(" + (rep + 1) + ")";
            if ("NHS".equalsIgnoreCase(authority) || "NH".equalsIgnoreCase(type)) {
                identifiers.add(Identifiers.checked("nhs-number", id, field));
            } else if (local == null) {
                local = Identifiers.checked("local:" + agency, id, field);
            }
        }
        if (local != null) {
            identifiers.add(local);
        }
        String birth = get(t, "/.PID-7-1");
        LocalDate birthDate = birth == null ? null : Hl7Time.date(birth, "PID-7");
        PersonName name = get(t, "/.PID-5-1-1") == null && get(t, "/.PID-5-2") == null
                ? null
                : new PersonName(get(t, "/.PID-5-2"), get(t, "/.PID-5-1-1"));
        if (identifiers.isEmpty() && (name == null || birthDate == null)) {
            throw new RecordProblem("PID-3", "the patient needs an identifier, or a name and date of birth");
        }
        String postcode = get(t, "/.PID-11-5");
        return new Subject(
                Ages.roleAt(birthDate, at),
                identifiers,
                name,
                birthDate,
                sex(get(t, "/.PID-8")),
                postcode == null ? null : new Address(null, postcode, null));
    }

    /**
     * The patient's parents and carers from the NK1 segments: a relationship (NK1-3) that is a parent or carer code
     * ({@link Relationships}) and a name (NK1-2), not ended (NK1-9 in the past). Each becomes a {@code PARENT_CARER}
     * subject, so they join the patient's household: postcode from NK1-4, sex NK1-15, birth date NK1-16, an NHS
     * number (assigning authority {@code NHS} or type {@code NH}) or a local id from NK1-33, and a
     * {@link ContactKeys contact key}, as most NK1s carry neither identifier nor birth date. Other NK1s (a grandparent,
     * an emergency contact, an employer) are not taken: they say nothing of the household. A parent's NK1 that
     * is wrong (an NHS number with a wrong check digit, an impossible date) refuses the message, as PID does.
     */
    private List<Subject> parents(Terser t, String agency, Subject patient, Instant at) {
        List<Subject> parents = new ArrayList<>();
        for (int rep = 0; rep < 20; rep++) {
            String segment = "/.NK1(" + rep + ")";
            String field = "NK1(" + (rep + 1) + ")";
            String code = get(t, segment + "-3-1");
            String family = get(t, segment + "-2-1-1");
            String given = get(t, segment + "-2-2");
            if (get(t, segment + "-1") == null && code == null && family == null && given == null) {
                break;
            }
            if (!Relationships.isParentOrCarer(code) || (family == null && given == null)) {
                continue;
            }
            String end = get(t, segment + "-9-1");
            if (end != null
                    && Hl7Time.date(end, field + "-9")
                            .isBefore(at.atZone(UkTime.LONDON).toLocalDate())) {
                continue;
            }
            PersonName name = new PersonName(given, family);
            List<Identifier> identifiers = new ArrayList<>();
            Identifier local = null;
            for (int idRep = 0; idRep < 5; idRep++) {
                String id = get(t, segment + "-33(" + idRep + ")-1");
                if (id == null) {
                    break;
                }
                String authority = get(t, segment + "-33(" + idRep + ")-4-1");
                String idType = get(t, segment + "-33(" + idRep + ")-5");
                String idField = field + "-33(" + (idRep + 1) + ")";
                if ("NHS".equalsIgnoreCase(authority) || "NH".equalsIgnoreCase(idType)) {
                    identifiers.add(Identifiers.checked("nhs-number", id, idField));
                } else if (local == null) {
                    local = Identifiers.checked("local:" + agency, id, idField);
                }
            }
            if (local != null) {
                identifiers.add(local);
            }
            String childKey = patient.identifiers().stream()
                    .filter(id -> id.system().equals("nhs-number"))
                    .findFirst()
                    .or(() -> patient.identifiers().stream().findFirst())
                    .map(Identifier::token)
                    .orElse(patient.name() + "|" + patient.birthDate());
            identifiers.add(ContactKeys.of(agency, childKey, name));
            String birth = get(t, segment + "-16-1");
            String postcode = get(t, segment + "-4-5");
            parents.add(new Subject(
                    SubjectRole.PARENT_CARER,
                    identifiers,
                    name,
                    birth == null ? null : Hl7Time.date(birth, field + "-16"),
                    sex(get(t, segment + "-15")),
                    postcode == null ? null : new Address(null, postcode, null)));
        }
        return parents;
    }

    private static Sex sex(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            case "O", "A", "N" -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    private String site(Terser t, String agency) {
        String facility = get(t, "/.PV1-3-4-1");
        return facility != null ? facility : get(t, "/MSH-4-1") != null ? get(t, "/MSH-4-1") : agency;
    }

    private Instant occurredAtFallback(Terser t) {
        String evn = get(t, "/.EVN-2-1");
        if (evn != null) {
            return Hl7Time.instant(evn, "EVN-2");
        }
        String msh = get(t, "/MSH-7-1");
        if (msh == null) {
            throw new RecordProblem("MSH-7", "the message date and time is required");
        }
        return Hl7Time.instant(msh, "MSH-7");
    }

    private Instant time(Terser t, String path, String field, Instant messageTime) {
        String value = get(t, path + "-1");
        return value == null ? messageTime : Hl7Time.instant(value, field);
    }

    private String agency(String sendingFacility) {
        if (sendingFacility == null || sendingFacility.isBlank()) {
            return defaultAgency;
        }
        String code = Identifiers.code(sendingFacility).toLowerCase(Locale.ROOT).replace('_', '-');
        return code.isEmpty() ? defaultAgency : code;
    }

    private static String get(Terser terser, String path) {
        try {
            String value = terser.get(path);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (HL7Exception | RuntimeException absent) {
            return null;
        }
    }

    private Answer refuse(
            String text,
            String raw,
            String via,
            String field,
            String reason,
            AcknowledgmentCode code,
            boolean deadLetter) {
        return refuse(text, raw, via, field, reason, code, deadLetter, null, null);
    }

    private Answer refuse(
            String text,
            String raw,
            String via,
            String field,
            String reason,
            AcknowledgmentCode code,
            boolean deadLetter,
            Message message,
            String agency) {
        String controlId = controlIdOf(text);
        if (deadLetter) {
            deadLetters.store(new DeadLetter(
                    DOOR,
                    agency,
                    Sector.HEALTH,
                    via + (controlId == null ? "" : ", message " + controlId),
                    reason,
                    raw,
                    "x-application/hl7-v2+er7"));
        }
        metrics.record(IngestStatus.REJECTED.name());
        log.info("hl7 refused: {} agency={}", code, LogValues.code(agency));
        IngestResult result = IngestResult.rejected(controlId, List.of(new FieldError(field, reason)));
        return new Answer(
                result,
                message != null ? ack(message, code, reason, controlId) : manualAck(text, code, reason, controlId));
    }

    private String ack(Message message, AcknowledgmentCode code, String reason, String controlId) {
        try {
            Message ack = reason == null
                    ? message.generateACK()
                    : message.generateACK(
                            code,
                            new HL7Exception(
                                    reason,
                                    code == AcknowledgmentCode.AR
                                            ? ErrorCode.UNSUPPORTED_EVENT_CODE
                                            : ErrorCode.DATA_TYPE_ERROR));
            return ack.encode();
        } catch (Exception e) {
            return manualAck(message.toString(), code, reason, controlId);
        }
    }

    /** An acknowledgement for a message HAPI could not read: MSH, MSA and ERR written by hand. */
    static String manualAck(String text, AcknowledgmentCode code, String reason, String controlId) {
        String version = "2.5";
        String[] msh =
                text.startsWith("MSH") && text.length() > 8 ? text.split("\r", 2)[0].split("\\|", -1) : new String[0];
        if (msh.length > 11 && !msh[11].isBlank()) {
            version = msh[11];
        }
        String receiving = msh.length > 3 ? msh[2] + "|" + msh[3] : "|";
        String safeReason = reason == null ? "" : reason.replaceAll("[|^~\\\\&\r\n]", " ");
        return "MSH|^~\\&|THINKFAMILY|HUB|" + receiving + "|" + ACK_TIME.format(Instant.now()) + "||ACK|ACK"
                + System.nanoTime() + "|P|" + version + "\r"
                + "MSA|" + code.name() + "|" + (controlId == null ? "" : controlId) + "|" + safeReason + "\r"
                + "ERR|||" + (code == AcknowledgmentCode.AR ? "100^Segment sequence error" : "102^Data type error")
                + "|E|||"
                + safeReason + "\r";
    }

    private static String controlIdOf(String text) {
        if (!text.startsWith("MSH")) {
            return null;
        }
        String[] fields = text.split("\r", 2)[0].split("\\|", -1);
        return fields.length > 9 && !fields[9].isBlank() ? fields[9] : null;
    }

    /** Names what HAPI disliked without quoting the message (it holds patients' details). */
    private static String readableReason(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("MSH")) {
            return "it does not start with a complete MSH segment";
        }
        if (message.toLowerCase(Locale.ROOT).contains("version")) {
            return "its version (MSH-12) is not one of 2.3, 2.4, 2.5";
        }
        return "its structure is broken (" + e.getClass().getSimpleName() + ")";
    }

    private static final class UnsupportedMessage extends RuntimeException {
        UnsupportedMessage(String message) {
            super(message);
        }
    }
}
