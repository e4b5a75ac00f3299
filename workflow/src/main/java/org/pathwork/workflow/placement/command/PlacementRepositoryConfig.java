package org.pathwork.workflow.placement.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.modelling.command.Repository;
import org.pathwork.workflow.config.LruCache;
import org.pathwork.workflow.config.StoreCheckedCachingRepository;
import org.pathwork.workflow.placement.query.LockedPlacement;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where placements live between commands: the last {@code pathwork.placement-cache-size} placements
 * used stay in memory, checked against the event store before each command (see
 * {@link StoreCheckedCachingRepository}: with the version the command's locking read of the placement's
 * summary row brought, {@link LockedPlacement}, which PlacementProjection keeps in step); the others load from their snapshot and the events after it.
 */
@Configuration(proxyBeanMethods = false)
class PlacementRepositoryConfig {

    @Bean
    Cache placementCache(@Value("${pathwork.placement-cache-size:2000}") int size) {
        return new LruCache(size);
    }

    @Bean
    Repository<Placement> placementRepository(org.axonframework.config.Configuration axon,
                                              @Qualifier("placementSnapshotTrigger") SnapshotTriggerDefinition snapshots,
                                              @Qualifier("placementCache") Cache cache) {
        return StoreCheckedCachingRepository.of(Placement.class, axon, snapshots, cache, LockedPlacement::takeVersion);
    }
}
