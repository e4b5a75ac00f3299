package org.pathwork.workflow.config;

import java.time.Clock;
import java.time.ZoneOffset;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.pathwork.workflow.common.AuditMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Axon runs here. Every event handler (projections, seat policy, the process bridge) is a
 * subscribing one: it runs in the transaction of the command that produced the event, and an
 * exception in it rolls the whole step back instead of being logged and forgotten.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    static {
        // The JDBC event store keeps timestamps to the millisecond. Stamping events at that precision
        // from the start means a read model built live equals one rebuilt from the store.
        GenericEventMessage.clock = Clock.tickMillis(ZoneOffset.UTC);
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
}
