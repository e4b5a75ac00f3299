package org.pathwork.workflow.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots are taken on a thread of their own. Axon takes one after the triggering command's unit
 * of work, and by default on the caller's thread: that one command in {@code pathwork.snapshot-after}
 * waited while the placement's history was read again and a snapshot written, exactly the 1 % of
 * commands that a 99th-percentile latency is made of. A snapshot that runs before the command's transaction
 * commits simply covers a few events less; one that fails is logged by Axon and taken again after the
 * next {@code pathwork.snapshot-after} events. On shutdown, snapshots already asked for are finished.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundSnapshots implements DisposableBean {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "snapshotter");
        t.setDaemon(true);
        return t;
    });

    /** As Axon's auto-configuration builds it, with {@link #thread} as its executor. */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration axon,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(thread)
                .build();
    }

    @Override
    public void destroy() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
