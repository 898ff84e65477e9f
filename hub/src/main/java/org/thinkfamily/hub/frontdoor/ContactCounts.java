package org.thinkfamily.hub.frontdoor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.frontdoor.ContactCount;
import org.thinkfamily.contracts.frontdoor.CountContacts;

/**
 * How many contacts the front door had about a family in the 12 months up to a moment, as the hub knew
 * them then (received in the window and recorded by then); two or more make the family a repeat. For the
 * Think Family view ({@code contacts}), directly or as the {@link CountContacts} query.
 */
@Component
public class ContactCounts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContactCounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param asAt the end of the 12 months, counting only what was recorded by then; now (everything recorded) when null */
    public ContactCount of(String familyId, Instant asAt) {
        Integer count = asAt == null
                ? jdbc.queryForObject(
                        "select count(*) from contact where family_id = ? and received_at > ?",
                        Integer.class,
                        familyId,
                        Timestamp.from(twelveMonthsBefore(clock.instant())))
                : jdbc.queryForObject(
                        "select count(*) from contact where family_id = ? and received_at > ? and received_at <= ?"
                                + " and recorded_at <= ?",
                        Integer.class,
                        familyId,
                        Timestamp.from(twelveMonthsBefore(asAt)),
                        Timestamp.from(asAt),
                        Timestamp.from(asAt));
        return ContactCount.of(count == null ? 0 : count);
    }

    @QueryHandler
    ContactCount handle(CountContacts query) {
        return of(query.familyId(), query.asAt());
    }

    /** The start of "the last 12 months" up to {@code end} (exclusive). */
    static Instant twelveMonthsBefore(Instant end) {
        return end.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
    }
}
