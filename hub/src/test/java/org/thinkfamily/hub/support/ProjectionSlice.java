package org.thinkfamily.hub.support;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinkfamily.hub.messaging.Commands;
import org.thinkfamily.hub.projection.PersonRecordRows;

/**
 * A projection's slice of the hub: a database with the schema of the project's own Flyway migrations (the
 * embedded default's H2 file database, or a PostgreSQL database of its own), projections constructed by the
 * test, and events handed to their handlers one at a time, each in a transaction of its own, the way a
 * processor would but without one. Query handlers answer through a real query gateway; commands a service
 * sends are recorded and, where the test says which event an aggregate would apply for them, that event is
 * handed on to the projections, so a service reads what its own commands caused.
 */
public final class ProjectionSlice {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Map<Object, AnnotationEventHandlerAdapter> projections = new IdentityHashMap<>();
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
    private final QueryGateway queries =
            DefaultQueryGateway.builder().queryBus(queryBus).build();
    private final List<Object> commands = new ArrayList<>();
    private final Map<Class<?>, Function<Object, Object>> aggregates = new LinkedHashMap<>();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private Instant clock = Instant.parse("2026-01-01T09:00:00Z");

    private ProjectionSlice(DataSource dataSource, Map<String, String> placeholders) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders)
                .load()
                .migrate();
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The embedded default: an H2 file database in a fresh folder, as application.yml configures it. */
    public static ProjectionSlice embedded() {
        try {
            var dir = Files.createTempDirectory("thinkfamily-slice");
            return new ProjectionSlice(
                    new DriverManagerDataSource(
                            "jdbc:h2:file:" + dir.resolve("thinkfamily") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0",
                            "sa",
                            ""),
                    Map.of("binary_type", "blob", "text_type", "clob"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new PostgreSQL database of this slice's own (see {@link PostgresTestDatabase}), as the postgres profile has it. */
    public static ProjectionSlice postgres() {
        return new ProjectionSlice(
                new DriverManagerDataSource(
                        PostgresTestDatabase.create(), PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD),
                Map.of("binary_type", "bytea", "text_type", "text"));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The projections events are handed to (in this order), and whose query handlers answer {@link #queries()}. */
    public ProjectionSlice with(Object... projections) {
        for (Object projection : projections) {
            AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
            this.projections.put(projection, adapter);
            new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
        }
        return this;
    }

    public QueryGateway queries() {
        return queries;
    }

    /** The event an aggregate applies for a command of this type; the command gateway hands it to the projections. */
    @SuppressWarnings("unchecked")
    public <C> ProjectionSlice applying(Class<C> command, Function<C, Object> event) {
        aggregates.put(command, (Function<Object, Object>) event);
        commandBus.subscribe(command.getName(), message -> {
            commands.add(message.getPayload());
            Object applied = aggregates.get(command).apply(message.getPayload());
            if (applied != null) {
                handle(applied);
            }
            return null;
        });
        return this;
    }

    /** Sends through a bus that records what is sent; commands without an {@link #applying} are refused. */
    public Commands commands() {
        return new Commands(
                DefaultCommandGateway.builder().commandBus(commandBus).build());
    }

    public NamedParameterJdbcTemplate named() {
        return new NamedParameterJdbcTemplate(jdbc);
    }

    /** What every projection moves a record's rows with, on link and unlink. */
    public PersonRecordRows rows() {
        return new PersonRecordRows(named());
    }

    public List<Object> sent() {
        return List.copyOf(commands);
    }

    public <C> List<C> sent(Class<C> type) {
        return commands.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Hands the event to every projection that handles it, in a transaction, a second later than the one before. */
    public EventMessage<?> handle(Object event) {
        EventMessage<?> message = message(event);
        deliver(message);
        return message;
    }

    /** The event as the store would hand it out: an id of its own and the slice's next moment. */
    public EventMessage<?> message(Object event) {
        clock = clock.plusSeconds(1);
        return new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of(), clock);
    }

    /** Hands this very message (again, on a replay) to every projection that handles it. */
    public void deliver(EventMessage<?> message) {
        transaction.executeWithoutResult(status -> projections.values().forEach(adapter -> {
            if (adapter.canHandle(message)) {
                try {
                    adapter.handle(message);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
    }

    /** What a processor's reset does before a replay: the projection's reset handler. */
    public void reset(Object projection) {
        transaction.executeWithoutResult(status -> projections.get(projection).prepareReset());
    }

    /** The slice's current moment (the timestamp of the last event handed on). */
    public Instant now() {
        return clock;
    }

    /** Runs work in one transaction, as the ingest runs a record's resolution and composition. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
