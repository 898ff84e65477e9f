package org.thinkfamily.contracts.published.canonical;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.thinkfamily.contracts.published.identifier.IdentifierCheck;
import org.thinkfamily.contracts.published.identifier.IdentifierSystems;
import org.thinkfamily.contracts.published.identifier.NhsNumber;
import org.thinkfamily.contracts.published.identifier.Uprn;

/**
 * The rules a canonical event must meet beyond its shape: the type belongs to the sender's sector,
 * every identifier is valid, each subject can be identified, and the details carry the facts their
 * type requires. Shared by the hub and the connectors so that both reject with the same words.
 */
public final class CanonicalEventRules {
    private static final Pattern OPEN_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** How far ahead an event may be dated: agencies' clocks and time zones drift, a record from next year does not. */
    private static final Duration LATEST_AHEAD = Duration.ofDays(1);
    /** No record of a living family is older; earlier dates are typing errors (year 1, 1066). */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Instant EARLIEST_INSTANT =
            EARLIEST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    private final boolean acceptTestNhsNumbers;
    private final Clock clock;

    /**
     * @param acceptTestNhsNumbers whether NHS numbers of the 999 test range are taken (demo, tests),
     *                             or refused (production)
     */
    public CanonicalEventRules(boolean acceptTestNhsNumbers, Clock clock) {
        this.acceptTestNhsNumbers = acceptTestNhsNumbers;
        this.clock = clock;
    }

    public List<FieldError> check(CanonicalEvent event) {
        List<FieldError> errors = new ArrayList<>();
        if (event.source() != null
                && event.type() != null
                && event.source().sector() != null
                && !event.type().sectors().contains(event.source().sector())) {
            errors.add(new FieldError(
                    "type",
                    "type " + event.type() + " is not sent by the "
                            + event.source().sector() + " sector; it belongs to "
                            + event.type().sectors()));
        }
        if (event.occurredAt() != null
                && event.occurredAt().isAfter(clock.instant().plus(LATEST_AHEAD))) {
            errors.add(new FieldError("occurredAt", "is in the future (more than a day ahead of the hub's clock)"));
        }
        if (event.occurredAt() != null && event.occurredAt().isBefore(EARLIEST_INSTANT)) {
            errors.add(new FieldError("occurredAt", "is before 1900"));
        }
        if (event.sharing() != null
                && event.sharing().lawfulBasis() == LawfulBasis.CONSENT
                && (event.sharing().consentReference() == null
                        || event.sharing().consentReference().isBlank())) {
            errors.add(new FieldError("sharing.consentReference", "is required when the lawful basis is CONSENT"));
        }
        if (event.subjects() != null) {
            Map<String, Integer> subjectByIdentifier = new HashMap<>();
            for (int i = 0; i < event.subjects().size(); i++) {
                Subject subject = event.subjects().get(i);
                if (subject != null) {
                    checkSubject("subjects[" + i + "]", i, subject, subjectByIdentifier, errors);
                }
            }
        }
        if (event.type() != null) {
            checkDetails(event.type(), event.details(), errors);
        }
        return errors;
    }

    private void checkSubject(
            String path,
            int index,
            Subject subject,
            Map<String, Integer> subjectByIdentifier,
            List<FieldError> errors) {
        boolean identifiesPerson = false;
        Map<String, String> valueBySystem = new HashMap<>();
        for (int j = 0; j < subject.identifiers().size(); j++) {
            Identifier identifier = subject.identifiers().get(j);
            if (identifier == null || identifier.system() == null || identifier.value() == null) {
                continue; // reported by the shape constraints
            }
            String idPath = path + ".identifiers[" + j + "]";
            // an identifier that was meant to name the person counts, valid or not: its own error says what is wrong
            identifiesPerson |= IdentifierSystems.identifiesPerson(identifier.system());
            IdentifierCheck check = IdentifierSystems.check(identifier.system(), identifier.value());
            if (!check.isValid()) {
                boolean systemProblem = check.problem().startsWith("unknown identifier system")
                        || check.problem().startsWith("local identifier system");
                errors.add(new FieldError(idPath + (systemProblem ? ".system" : ".value"), check.problem()));
                continue;
            }
            if (check.testRange() && !acceptTestNhsNumbers && NhsNumber.SYSTEM.equals(identifier.system())) {
                errors.add(new FieldError(
                        idPath + ".value", "NHS numbers beginning 999 are reserved for testing and refused here"));
                continue;
            }
            String earlier = valueBySystem.putIfAbsent(identifier.system(), check.normalised());
            if (earlier != null
                    && !earlier.equals(check.normalised())
                    && !identifier.system().equals(Uprn.SYSTEM)) {
                errors.add(new FieldError(
                        idPath, "a subject cannot carry two different " + identifier.system() + " values"));
            }
            boolean personal = IdentifierSystems.identifiesPerson(identifier.system());
            Integer other = personal
                    ? subjectByIdentifier.putIfAbsent(identifier.system() + "|" + check.normalised(), index)
                    : null;
            if (other != null && other != index) {
                errors.add(new FieldError(
                        idPath, "the same identifier names subjects[" + other + "]: one person is one subject"));
            }
        }
        boolean named = subject.name() != null && subject.name().isComplete();
        if (!identifiesPerson && !(named && subject.birthDate() != null)) {
            errors.add(
                    new FieldError(
                            path,
                            "a subject needs at least one identifier of a person, or a given name, family name and birth date"));
        }
        if (subject.birthDate() != null && subject.birthDate().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError(path + ".birthDate", "is in the future"));
        }
        if (subject.birthDate() != null && subject.birthDate().isBefore(EARLIEST)) {
            errors.add(new FieldError(path + ".birthDate", "is before 1900"));
        }
        if (subject.address() != null && subject.address().uprn() != null) {
            IdentifierCheck uprn = Uprn.check(subject.address().uprn());
            if (!uprn.isValid()) {
                errors.add(new FieldError(path + ".address.uprn", uprn.problem()));
            }
        }
    }

    private static void checkDetails(EventType type, Map<String, Object> details, List<FieldError> errors) {
        Map<String, Object> parsed = new HashMap<>();
        for (DetailField field : type.details()) {
            String path = "details." + field.name();
            Object value = details.get(field.name());
            if (value == null) {
                if (field.required()) {
                    errors.add(new FieldError(path, "is required for " + type));
                }
                continue;
            }
            String problem = problemWith(field, value);
            if (problem != null) {
                errors.add(new FieldError(path, problem));
            } else {
                parsed.put(field.name(), value);
            }
        }
        if (type == EventType.SCHOOL_ATTENDANCE_SUMMARY) {
            checkAttendance(parsed, errors);
        }
    }

    private static String problemWith(DetailField field, Object value) {
        return switch (field.kind()) {
            case TEXT -> value instanceof String s && !s.isBlank() ? null : "must be non-empty text";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case COUNT ->
                value instanceof Number n && n.doubleValue() == Math.floor(n.doubleValue()) && n.longValue() >= 0
                        ? null
                        : "must be a whole number, 0 or more";
            case DATE -> parses(value, LocalDate::parse) ? null : "must be a date, yyyy-MM-dd";
            case DATE_TIME ->
                parses(value, OffsetDateTime::parse)
                        ? null
                        : "must be a date and time with an offset, e.g. 2026-11-20T22:15:00Z";
            case CODE -> {
                if (!(value instanceof String s) || s.isBlank()) {
                    yield "must be one of " + field.codes();
                }
                if (field.codes().contains(s)
                        || (field.open() && OPEN_CODE.matcher(s).matches())) {
                    yield null;
                }
                yield field.open()
                        ? "must be one of " + field.codes() + " or another code in upper case"
                        : "must be one of " + field.codes();
            }
            case CODE_LIST ->
                value instanceof Collection<?> c
                                && !c.isEmpty()
                                && c.stream().allMatch(v -> v instanceof String s && !s.isBlank())
                        ? null
                        : "must be a non-empty list of codes";
        };
    }

    private static boolean parses(Object value, java.util.function.Function<String, ?> parser) {
        if (!(value instanceof String s)) {
            return false;
        }
        try {
            parser.apply(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void checkAttendance(Map<String, Object> d, List<FieldError> errors) {
        if (d.get("periodStart") instanceof String start
                && d.get("periodEnd") instanceof String end
                && LocalDate.parse(end).isBefore(LocalDate.parse(start))) {
            errors.add(new FieldError("details.periodEnd", "is before periodStart"));
        }
        if (d.get("possibleSessions") instanceof Number possible
                && d.get("presentSessions") instanceof Number present
                && d.get("authorisedAbsences") instanceof Number authorised
                && d.get("unauthorisedAbsences") instanceof Number unauthorised
                && present.longValue() + authorised.longValue() + unauthorised.longValue() > possible.longValue()) {
            errors.add(new FieldError(
                    "details.possibleSessions",
                    "is less than presentSessions + authorisedAbsences + unauthorisedAbsences"));
        }
    }
}
