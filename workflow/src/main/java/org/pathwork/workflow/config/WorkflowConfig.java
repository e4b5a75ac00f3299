package org.pathwork.workflow.config;

import java.time.Clock;
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

    /** The working-hour limits for minors that the Placement aggregate enforces. */
    @Bean
    HourLimits hourLimits(PathworkProperties settings) {
        return settings.minorHours().toLimits();
    }
}
