package org.thinkfamily.hub.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.contracts.person.ErasePersonalData;
import org.thinkfamily.hub.deadletter.DeadLetterErasure;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.privacy.PersonKeys;

/**
 * Erases a person's personal data without rewriting history: in one transaction the keys of the person and of
 * every record linked into them are destroyed, {@code PersonalDataErased} is recorded (the identity index drops
 * them in the same transaction; the other projections as they reach it), and the dead letters that hold their
 * data are deleted. From then on every event naming them reads in its erased form; the hash chain is untouched.
 */
@Component
public class PersonErasure {

    /** The most characters of a reason kept. */
    public static final int MAX_REASON = 500;

    /** What was erased: the person, every record (key) destroyed with them, and the dead letters deleted. */
    public record Erased(String personId, List<String> dataSubjects, int deadLettersDeleted) {}

    private final PersonReads reads;
    private final PersonLinks links;
    private final PersonKeys keys;
    private final DeadLetterErasure deadLetters;
    private final Commands commands;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;

    PersonErasure(
            PersonReads reads,
            PersonLinks links,
            PersonKeys keys,
            DeadLetterErasure deadLetters,
            Commands commands,
            NamedParameterJdbcTemplate named,
            PlatformTransactionManager transactionManager) {
        this.reads = reads;
        this.links = links;
        this.keys = keys;
        this.deadLetters = deadLetters;
        this.commands = commands;
        this.named = named;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * @param personId any record of the person: the person it is read as is erased, with all their records
     * @return empty when there is no such person
     * @throws IllegalArgumentException for a blank or over-long reason
     */
    public Optional<Erased> erase(Authentication user, String personId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("state why, in at most " + MAX_REASON + " characters");
        }
        // the read is recorded against each of their families before anything is destroyed
        return reads.show(personId, user, "ERASE_PERSONAL_DATA", reason.strip())
                .map(shown -> transaction.execute(s -> {
                    String id = shown.person().personId();
                    List<String> subjects = links.recordsOf(id);
                    DeadLetterErasure.Traces traces = tracesOf(subjects);
                    keys.destroy(subjects);
                    commands.sendAs(user.getName(), new ErasePersonalData(id, subjects, reason.strip()));
                    return new Erased(id, subjects, deadLetters.erase(traces));
                }));
    }

    /** What the records were known by, read before the identity index forgets it. */
    private DeadLetterErasure.Traces tracesOf(List<String> subjects) {
        var ids = java.util.Map.of("ids", subjects);
        List<String> values = named.queryForList(
                "select distinct identifier_value from person_identifier where person_id in (:ids)", ids, String.class);
        List<DeadLetterErasure.NameAndBirth> names = new ArrayList<>();
        named.query(
                "select family_name, birth_date from person_directory where person_id in (:ids) and birth_date is not null",
                ids,
                rs -> {
                    names.add(new DeadLetterErasure.NameAndBirth(
                            rs.getString(1), rs.getDate(2).toLocalDate().toString()));
                });
        return new DeadLetterErasure.Traces(values, names);
    }
}
