package org.pathwork.workflow.config;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.pathwork.workflow.placement.command.HourLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling   // the daily digest of notices (notification/DailyDigest)
@EnableConfigurationProperties(PathworkProperties.class)
public class WorkflowConfig {

    /** "Today" for every rule, in the deployment's time zone. */
    @Bean
    Clock clock(PathworkProperties settings) {
        return Clock.system(settings.timeZone());
    }

    /**
     * A placement not in memory is loaded from a snapshot plus the events after it, so a command on a
     * placement with thousands of hours entries costs about what it costs on a new one. Snapshots are
     * taken in the background ({@link BackgroundSnapshots}).
     */
    @Bean
    SnapshotTriggerDefinition placementSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${pathwork.snapshot-after:100}") int events) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, events);
    }

    /** Every HikariCP pool behind a {@link FairDataSource} of its size and connection timeout. */
    @Bean
    static BeanPostProcessor fairConnectionPools() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    return new FairDataSource(pool, pool.getMaximumPoolSize(), pool.getConnectionTimeout());
                }
                return bean;
            }
        };
    }

    /** The working-hour limits for minors that the Placement aggregate enforces. */
    @Bean
    HourLimits hourLimits(PathworkProperties settings) {
        return settings.minorHours().toLimits();
    }
}
