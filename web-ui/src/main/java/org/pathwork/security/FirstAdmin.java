package org.pathwork.security;

import org.pathwork.workflow.common.RuleViolation;
import org.pathwork.workflow.people.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A fresh deployment's first administrator, from {@code PATHWORK_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code PATHWORK_BOOTSTRAP_ADMIN_PASSWORD} (as Keycloak and Grafana do it): made at start-up when
 * both are set and no administrator can sign in, on every profile; otherwise the variables are
 * ignored. A password the password rule refuses stops the start-up with the reason (never the
 * password) in the log. Runs after the demo data, whose admin then counts as the first.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAdministration users;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;

    FirstAdmin(UserAdministration users, PasswordEncoder passwords,
               @Value("${pathwork.bootstrap-admin.username:}") String username,
               @Value("${pathwork.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isEmpty()) {
            return;
        }
        try {
            if (users.createFirstAdmin(username, password, passwords::encode)) {
                log.info("PW-BOOT-001 created the first administrator {} from PATHWORK_BOOTSTRAP_ADMIN_USERNAME",
                        username.strip());
            }
        } catch (RuleViolation e) {
            throw new IllegalStateException("PW-BOOT-002 PATHWORK_BOOTSTRAP_ADMIN_USERNAME/PASSWORD refused: "
                    + e.getMessage(), e);
        } catch (DataIntegrityViolationException raced) {
            // another instance made it at the same moment
            log.info("PW-BOOT-003 another instance created the first administrator");
        }
    }
}
