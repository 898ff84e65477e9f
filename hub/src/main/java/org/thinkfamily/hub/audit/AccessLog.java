package org.thinkfamily.hub.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.audit.FamilyRecordAccessed;
import org.thinkfamily.contracts.audit.FindLastVisit;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.projection.ProjectionSavepoint;

/** The record of who looked at which family, built from the access events; auditors read it. */
@Component
@ProcessingGroup(ProcessingGroups.ACCESS_LOG)
class AccessLog {

    private final JdbcTemplate jdbc;
    private final ProjectionSavepoint savepoint;

    AccessLog(JdbcTemplate jdbc, ProjectionSavepoint savepoint) {
        this.jdbc = jdbc;
        this.savepoint = savepoint;
    }

    record Entry(Instant at, String user, String familyId, String action, String purpose) {}

    /** Each event in a savepoint, so one that fails is parked alone (see ProjectionSavepoint). */
    @MessageHandlerInterceptor
    Object inSavepoint(InterceptorChain chain) throws Exception {
        return savepoint.around(chain);
    }

    @EventHandler
    void on(FamilyRecordAccessed event, EventMessage<?> message) {
        jdbc.update(
                "insert into access_log_entry (access_id, accessed_at, user_name, family_id, action, purpose) values (?, ?, ?, ?, ?, ?)",
                message.getIdentifier(),
                Timestamp.from(message.getTimestamp()),
                event.user(),
                event.familyId(),
                event.action(),
                event.purpose());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from access_log_entry");
    }

    @QueryHandler
    Optional<Instant> handle(FindLastVisit query) {
        Timestamp last = jdbc.queryForObject(
                "select max(accessed_at) from access_log_entry where family_id = ? and user_name = ?"
                        + " and action = 'READ_FAMILY'",
                Timestamp.class,
                query.familyId(),
                query.user());
        return Optional.ofNullable(last).map(Timestamp::toInstant);
    }

    List<Entry> find(String familyId, String user, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder(
                "select accessed_at, user_name, family_id, action, purpose from access_log_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (familyId != null) {
            sql.append(" and family_id = ?");
            args.add(familyId);
        }
        if (user != null) {
            sql.append(" and user_name = ?");
            args.add(user);
        }
        if (from != null) {
            sql.append(" and accessed_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and accessed_at < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" order by accessed_at, access_id limit ?");
        args.add(limit);
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                args.toArray());
    }
}
