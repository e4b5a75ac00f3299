package org.pathwork.api;

import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The API's servlet filters (the body-size limit before sign-in, idempotency after it) and Tomcat error pages. */
@Configuration(proxyBeanMethods = false)
class ApiFilters {

    /** Tomcat's own refusals under /api as problem details too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(ProblemResponses problems,
            @org.springframework.beans.factory.annotation.Value("${pathwork.roster.max-upload-bytes:52428800}") long rosterLimit) {
        FilterRegistrationBean<RequestBodyLimitFilter> r = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(problems, rosterLimit));
        r.addUrlPatterns("/api/*");
        r.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return r;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotency(JdbcClient jdbc, TransactionTemplate transactions,
                                                           ProblemResponses problems, Clock clock) {
        FilterRegistrationBean<IdempotencyFilter> r = new FilterRegistrationBean<>(
                new IdempotencyFilter(jdbc, transactions, problems, clock));
        r.addUrlPatterns("/api/*");
        r.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return r;
    }
}
