package org.thinkfamily.hub.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.thinkfamily.hub.privacy.PersonalDataModule;
import org.thinkfamily.hub.privacy.PersonalDataProtector;

/**
 * Axon's JDBC event store, configured on purpose rather than by default: the events of a unit of work are
 * appended in one JDBC batch on the transaction's own connection (or, where a transaction asks, all of its events in
 * one batch at its commit: {@link EventAppends}); the event serializer routes personal
 * data through the privacy seam; gap handling is explicit (a gap left by a rolled-back or slow
 * transaction on another node is waited for, then skipped); handler errors are never swallowed.
 */
@Configuration
class EventStoreConfiguration {

    static {
        // the store keeps an event's time to the millisecond, so events carry no more: a projection written as they
        // happen and one rebuilt from the store then hold the same instants, and an "as at" cut falls the same way
        GenericEventMessage.clock = Clock.tickMillis(ZoneOffset.UTC);
    }

    /** Keys copied from each command's metadata onto the events it causes. */
    static final String[] METADATA_KEYS = {
        EventMetadata.AGENCY, EventMetadata.MESSAGE_ID, EventMetadata.ACTOR, EventMetadata.LAWFUL_BASIS
    };

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper objectMapper, PersonalDataProtector protector) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper.copy().registerModule(new PersonalDataModule(protector)))
                .build();
    }

    @Bean
    @Primary
    Serializer serializer(ObjectMapper objectMapper) {
        return JacksonSerializer.builder().objectMapper(objectMapper.copy()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            DataSource dataSource,
            TransactionManager transactionManager,
            EventStoreProperties properties) {
        return new AppendsHeldWhereAsked(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                // the connection of the surrounding Spring transaction, so appends commit with the projections. Not
                // wrapped in Axon's unit-of-work-aware provider: that one rolls the whole connection back when one
                // command fails, which would undo a batch's other records along with it.
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactionManager)
                .dataType(byte[].class)
                .schema(EventTable.SCHEMA)
                .readEventDataWithGaps(EventTable::readWithGaps)
                .batchSize(properties.readBatchSize())
                // an aggregate's events are read a range of sequence numbers at a time; a stream has no gaps (events
                // are never deleted), so a range not full is its end. Axon's JDBC default reads on until a range comes
                // back empty: a second read for every aggregate loaded.
                .finalAggregateBatchPredicate(batch -> batch.size() < properties.readBatchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .maxGapOffset(properties.maxGapOffset())
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .build());
    }

    /** Axon's embedded store, built as its auto-configuration would, but waking readers at the commit. */
    @Bean
    @Primary
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return new ReadersWokenAtCommit(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /** Named owner per node, so a claim in token_entry says which hub (or tool) holds a projection segment. */
    @Bean
    TokenStore tokenStore(
            Serializer serializer, EntityManagerProvider entityManagerProvider, EventStoreProperties properties) {
        return JpaTokenStore.builder()
                .serializer(serializer)
                .entityManagerProvider(entityManagerProvider)
                .claimTimeout(properties.claimTimeout())
                .nodeId(properties.nodeIdOrDefault())
                .build();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider agencyCorrelationProvider() {
        return new SimpleCorrelationDataProvider(METADATA_KEYS);
    }

    /**
     * A command that fails inside a larger transaction (an ingest batch, one savepoint per record) must not doom
     * that transaction: the code holding the savepoint decides what is rolled back. Spring's default would mark
     * the whole transaction rollback-only as soon as any participant failed.
     */
    @Bean
    TransactionManagerCustomizer<AbstractPlatformTransactionManager> participantsDoNotDoomTheTransaction() {
        return manager -> manager.setGlobalRollbackOnParticipationFailure(false);
    }

    /** A projection that fails must stop and retry, never skip an event and drift from the store. */
    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
