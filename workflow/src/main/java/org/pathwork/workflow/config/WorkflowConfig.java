package org.pathwork.workflow.config;

import java.time.Clock;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.pathwork.workflow.placement.command.HourLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PathworkProperties.class)
public class WorkflowConfig {

    /** "Today" for every rule, in the deployment's time zone. */
    @Bean
    Clock clock(PathworkProperties settings) {
        return Clock.system(settings.timeZone());
    }

    /**
     * Placements are loaded from a snapshot plus the events after it, so a command on a placement
     * with thousands of hours entries costs about what it costs on a new one. Axon takes the snapshot
     * after the triggering command's commit, on the caller's thread, so that one command in
     * {@code events} also waits for it (with 5 000 hours entries: the history loaded once more, and a
     * 140 kB snapshot written and committed, a few milliseconds).
     */
    @Bean
    SnapshotTriggerDefinition placementSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${pathwork.snapshot-after:100}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }

    /** The working-hour limits for minors that the Placement aggregate enforces. */
    @Bean
    HourLimits hourLimits(PathworkProperties settings) {
        return settings.minorHours().toLimits();
    }
}
