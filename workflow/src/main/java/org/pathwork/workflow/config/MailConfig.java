package org.pathwork.workflow.config;

import java.time.Clock;
import org.pathwork.workflow.notification.MailDispatcher;
import org.pathwork.workflow.notification.MailSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox's dispatcher. Spring Boot makes a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one the dispatcher keeps mails in the outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
public class MailConfig {

    @Bean
    MailDispatcher mailDispatcher(JdbcClient jdbc, PlatformTransactionManager transactions,
                                  ObjectProvider<JavaMailSender> sender, MailSettings settings, Clock clock) {
        return new MailDispatcher(jdbc, transactions, sender.getIfAvailable(), settings, clock);
    }
}
