package org.thinkfamily.hub.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thinkfamily.contracts.audit.AccessLogEntry;
import org.thinkfamily.contracts.audit.AccessRelationship;
import org.thinkfamily.contracts.audit.BreakGlassRead;
import org.thinkfamily.contracts.audit.FamilyRecordAccessed;
import org.thinkfamily.contracts.audit.FindAccessLogEntries;
import org.thinkfamily.contracts.audit.FindBreakGlassReads;
import org.thinkfamily.contracts.audit.FindLastVisit;
import org.thinkfamily.hub.projection.ProcessingGroups;
import org.thinkfamily.hub.projection.ProjectionSavepoint;
import org.thinkfamily.hub.projection.ProjectionWrites;
import org.thinkfamily.hub.projection.ShadowRebuildable;

/** The record of who looked at which family, built from the access events; auditors read it. */
@Component
@ProcessingGroup(ProcessingGroups.ACCESS_LOG)
class AccessLog implements ShadowRebuildable {

    private static final String ENTRY = "access_log_entry";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    /** None in a rebuild, where an event that fails stops the rebuild instead of being parked. */
    private final ProjectionSavepoint savepoint;

    private final String entry;
    /** Built once on this instance's table, not per event. */
    private final String insertEntry;

    @Autowired
    AccessLog(JdbcTemplate jdbc, ProjectionSavepoint savepoint) {
        this(jdbc, ProjectionWrites.heldUntilCommit(jdbc, List.of(ENTRY), savepoint), savepoint);
    }

    private AccessLog(JdbcTemplate jdbc, ProjectionWrites writes, ProjectionSavepoint savepoint) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.savepoint = savepoint;
        this.entry = writes.table(ENTRY);
        this.insertEntry = "insert into " + entry
                + " (access_id, accessed_at, user_name, family_id, action, purpose, relationship, client)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public String processingGroup() {
        return ProcessingGroups.ACCESS_LOG;
    }

    @Override
    public List<String> tables() {
        return List.of(ENTRY);
    }

    @Override
    public Object handlers(ProjectionWrites shadow) {
        return new AccessLog(jdbc, shadow, null);
    }

    /** For the auditors' searches only: the handlers insert. */
    @Override
    public Set<String> indexesBuiltAfterReplay() {
        return Set.of("access_log_by_family", "access_log_by_user", "access_log_by_relationship");
    }

    /** Each event in a savepoint, so one that fails is parked alone (see ProjectionSavepoint). */
    @MessageHandlerInterceptor
    Object inSavepoint(InterceptorChain chain) throws Exception {
        return savepoint == null ? chain.proceed() : savepoint.around(chain);
    }

    @EventHandler
    void on(FamilyRecordAccessed event, EventMessage<?> message) {
        writes.insert(
                entry,
                insertEntry,
                message.getIdentifier(),
                Timestamp.from(message.getTimestamp()),
                event.user(),
                event.familyId(),
                event.action(),
                event.purpose(),
                event.relationship(),
                event.client());
    }

    @ResetHandler
    void reset() {
        writes.update(entry, "delete from " + entry);
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

    @QueryHandler
    List<AccessLogEntry> handle(FindAccessLogEntries query) {
        StringBuilder sql = new StringBuilder("select accessed_at, user_name, family_id, action, purpose, relationship,"
                + " client from access_log_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.familyIds() != null) {
            if (query.familyIds().isEmpty()) {
                return List.of();
            }
            sql.append(" and family_id in (")
                    .append(String.join(
                            ", ",
                            java.util.Collections.nCopies(query.familyIds().size(), "?")))
                    .append(")");
            args.addAll(query.familyIds());
        }
        if (query.user() != null) {
            sql.append(" and user_name = ?");
            args.add(query.user());
        }
        if (query.relationship() != null) {
            sql.append(" and relationship = ?");
            args.add(query.relationship().name());
        }
        if (query.from() != null) {
            sql.append(" and accessed_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and accessed_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        sql.append(" order by accessed_at, access_id limit ?");
        args.add(query.limit());
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new AccessLogEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)),
                args.toArray());
    }

    /** The family's break-glass reads, newest first, for its page. */
    @QueryHandler
    List<BreakGlassRead> handle(FindBreakGlassReads query) {
        return jdbc.query(
                "select accessed_at, user_name, purpose from access_log_entry where family_id = ? and relationship = ?"
                        + " order by accessed_at desc limit 20",
                (rs, i) -> new BreakGlassRead(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)),
                query.familyId(),
                AccessRelationship.BREAK_GLASS.name());
    }
}
