package org.pathwork.workflow.config;

import java.util.Objects;
import java.util.function.Function;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * An event-sourced repository that keeps aggregates in memory between commands and, before handing
 * one out, checks that it is still the latest: its version must equal the highest sequence number in
 * the event store, one index lookup instead of reading the snapshot and the events after it. If not
 * (another instance of the application appended since, or the store was changed under us), the copy is
 * dropped and the aggregate loaded from the store as without a cache.
 *
 * <p>Axon's own caching repository trusts its cache, which is right only while this process is the
 * event store's only writer. A stale aggregate would not corrupt the store (the unique sequence number
 * refuses the append) but could refuse a command on state that no longer holds.
 */
public final class StoreCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;
    private final SnapshotTriggerDefinition snapshotTrigger;
    private final Function<String, Long> knownVersion;

    private StoreCheckedCachingRepository(Builder<T> builder, Cache cache, EventStore eventStore,
                                          SnapshotTriggerDefinition snapshotTrigger, Function<String, Long> knownVersion) {
        super(builder);
        this.cache = cache;
        this.eventStore = eventStore;
        this.snapshotTrigger = snapshotTrigger;
        this.knownVersion = knownVersion;
    }

    /** The repository for {@code type} as Axon's configuration would build it, with {@code cache}. */
    public static <T> Repository<T> of(Class<T> type, org.axonframework.config.Configuration axon,
                                       SnapshotTriggerDefinition snapshotTrigger, Cache cache) {
        return of(type, axon, snapshotTrigger, cache, id -> null);
    }

    /**
     * As {@link #of(Class, org.axonframework.config.Configuration, SnapshotTriggerDefinition, Cache)}, where
     * {@code knownVersion} may tell an aggregate's version in the event store as read in the current
     * transaction after locking a row every change of the aggregate updates in the same transaction (then
     * no other writer can have appended since); null when it does not know.
     */
    public static <T> Repository<T> of(Class<T> type, org.axonframework.config.Configuration axon,
                                       SnapshotTriggerDefinition snapshotTrigger, Cache cache,
                                       Function<String, Long> knownVersion) {
        Builder<T> builder = EventSourcingRepository.builder(type)
                .aggregateModel(new AnnotatedAggregateMetaModelFactory(axon.parameterResolverFactory(),
                        axon.handlerDefinition(type)).createModel(type))
                .eventStore(axon.eventStore())
                .snapshotTriggerDefinition(snapshotTrigger)
                .repositoryProvider(axon::repository)
                .spanFactory(axon.getComponent(RepositorySpanFactory.class))
                .cache(cache);
        return new StoreCheckedCachingRepository<>(builder, cache, axon.eventStore(), snapshotTrigger, knownVersion);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        Long known = knownVersion.apply(aggregateIdentifier);
        AggregateCacheEntry<T> cached = cache.get(aggregateIdentifier);
        if (cached != null) {
            Long cachedVersion = cached.recreateAggregate(aggregateModel(), eventStore, snapshotTrigger).version();
            Long storedVersion = known;
            if (storedVersion == null) {
                storedVersion = eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null);
            }
            if (!Objects.equals(cachedVersion, storedVersion)) {
                cache.remove(aggregateIdentifier);
            }
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
