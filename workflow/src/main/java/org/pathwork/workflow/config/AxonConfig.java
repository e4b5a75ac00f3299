package org.pathwork.workflow.config;

import java.time.Clock;
import java.time.ZoneOffset;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.pathwork.workflow.common.AuditMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Axon runs here. Every event handler (projections, seat policy, the process bridge) is a
 * subscribing one: it runs in the transaction of the command that produced the event, and an
 * exception in it rolls the whole step back instead of being logged and forgotten.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    static {
        // The JDBC event store keeps timestamps to the millisecond. Stamping events at that precision
        // from the start means a read model built live equals one rebuilt from the store.
        GenericEventMessage.clock = Clock.tickMillis(ZoneOffset.UTC);
        // No phoning home: schools run this, often with no way out. Axon's update checker (its own
        // module, not Spring's) reads only this system property or AXONIQ_UPDATE_CHECKER_DISABLED;
        // the Spring property axon.update-check.disabled does not stop it.
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        System.setProperty("disable-axoniq-console-message", "true");
    }

    @Autowired
    void eventProcessing(EventProcessingConfigurer configurer) {
        configurer.usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /**
     * Records on each event the message that caused it ("causationId") and the first message of
     * the chain ("traceId"). Axon calls the former "correlationId"; ours is the request-wide id below.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    /** Copies who acted, in which role, from where, in which request and why onto the events. */
    @Bean
    CorrelationDataProvider auditCorrelationProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACTOR_ID, AuditMetadata.ACTOR_ROLE,
                AuditMetadata.SOURCE, AuditMetadata.CORRELATION_ID, AuditMetadata.REASON);
    }

    /**
     * Axon's JDBC storage engine as its Spring Boot auto-configuration builds it, except for how it
     * reads one aggregate's events. Out of the box it asks for another batch until one comes back
     * empty: a second query on every command. An aggregate's sequence numbers have no gaps (each
     * append continues the last one, and the primary key refuses a second writer), so a batch
     * shorter than the range asked for is the end of the stream.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions) {
        return new GaplessJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema()));
    }

    private static final class GaplessJdbcEventStorageEngine extends JdbcEventStorageEngine {

        GaplessJdbcEventStorageEngine(Builder builder) {
            super(builder);
        }

        @Override
        protected boolean fetchForAggregateUntilEmpty() {
            return false;
        }
    }
}
