package org.pathwork.workflow.opportunity.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.Repository;
import org.pathwork.workflow.config.LruCache;
import org.pathwork.workflow.config.StoreCheckedCachingRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where opportunities live between commands: the last {@code pathwork.opportunity-cache-size} used stay
 * in memory, checked against the event store before each command ({@link StoreCheckedCachingRepository}).
 * An opportunity has no snapshots and gains an event with every seat taken or given back, so without
 * the cache each approval would read all of them.
 */
@Configuration(proxyBeanMethods = false)
class OpportunityRepositoryConfig {

    @Bean
    Cache opportunityCache(@Value("${pathwork.opportunity-cache-size:500}") int size) {
        return new LruCache(size);
    }

    @Bean
    Repository<Opportunity> opportunityRepository(org.axonframework.config.Configuration axon,
                                                  @Qualifier("opportunityCache") Cache cache) {
        return StoreCheckedCachingRepository.of(Opportunity.class, axon, NoSnapshotTriggerDefinition.INSTANCE, cache);
    }
}
