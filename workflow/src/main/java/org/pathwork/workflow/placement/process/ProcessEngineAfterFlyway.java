package org.pathwork.workflow.placement.process;

import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our tables (Flyway) and Camunda's (the engine's own schema update) share one database. Flyway
 * refuses to migrate a schema that already holds tables it does not know, so the engine starts
 * only after Flyway has run.
 */
@Configuration(proxyBeanMethods = false)
class ProcessEngineAfterFlyway {

    private static final String FLYWAY_INITIALIZER = "flywayInitializer";

    @Bean
    static BeanFactoryPostProcessor processEngineDependsOnFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
                return;
            }
            for (String name : beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)) {
                String definitionName = name.startsWith("&") ? name.substring(1) : name;
                if (beanFactory.containsBeanDefinition(definitionName)) {
                    BeanDefinition definition = beanFactory.getBeanDefinition(definitionName);
                    String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                    definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(FLYWAY_INITIALIZER))
                            .distinct().toArray(String[]::new));
                }
            }
        };
    }
}
