package org.pathwork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;
import org.pathwork.workflow.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production-like profile: PostgreSQL from the environment's settings, and no demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresProfileTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired PeopleDirectory people;

    @Test
    void loadsNoDemoUsers() {
        assertThat(people.findByUsername("coordinator")).isEmpty();
        assertThat(people.findByUsername("admin")).isEmpty();
    }
}
