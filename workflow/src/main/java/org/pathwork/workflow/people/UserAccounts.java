package org.pathwork.workflow.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sign-in accounts of the people in the directory. Only password hashes are stored. */
@Component
public class UserAccounts {

    /** What sign-in needs to know about a person. */
    public record Account(Person person, String passwordHash, boolean enabled) {
    }

    private final JdbcClient jdbc;
    private final PeopleDirectory people;
    private final Clock clock;

    public UserAccounts(JdbcClient jdbc, PeopleDirectory people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    public void create(String personId, String passwordHash) {
        jdbc.sql("insert into user_account (person_id, password_hash, enabled, created_at) values (?, ?, true, ?)")
                .params(personId, passwordHash, Timestamp.from(clock.instant())).update();
    }

    public Optional<Account> findByUsername(String username) {
        return people.findByUsername(username).flatMap(person -> jdbc
                .sql("select password_hash, enabled from user_account where person_id = ?").param(person.id())
                .query((rs, n) -> new Account(person, rs.getString("password_hash"),
                        rs.getBoolean("enabled") && person.active()))
                .optional());
    }
}
