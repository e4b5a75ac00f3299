package org.pathwork.workflow.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pathwork.workflow.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sign-in accounts of the people in the directory. Only password hashes are stored. */
@Component
public class UserAccounts {

    /** What sign-in needs to know about a person; {@code sessionVersion} changes whenever their sign-in does. */
    public record Account(Person person, String passwordHash, boolean enabled, long sessionVersion) {

        public Grant grant() {
            return new Grant(person.role(), enabled, passwordHash, sessionVersion);
        }
    }

    /**
     * What a session was granted at sign-in. A session lives only while its person's current grant
     * equals it: disabling, a role change or a new password ends every session they hold.
     */
    public record Grant(Role role, boolean enabled, String passwordHash, long sessionVersion) {

        /** Never print the hash. */
        @Override
        public String toString() {
            return "Grant[" + role + ", enabled=" + enabled + ", v" + sessionVersion + "]";
        }
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

    /** One line of the administrators' list of users: a person and their account, if they have one. */
    public record Summary(String personId, String username, String displayName, String email, Role role,
                          String organization, boolean hasAccount, boolean enabled) {
    }

    /** @return false if the person has no account. Ends the person's sessions (see {@link Grant}). */
    public boolean setEnabled(String personId, boolean enabled) {
        return jdbc.sql("update user_account set enabled = ?, session_version = session_version + 1 where person_id = ?")
                .params(enabled, personId).update() == 1;
    }

    /** Replaces the password hash, creating the account if the person had none. Ends the person's sessions. */
    public void setPasswordHash(String personId, String passwordHash) {
        if (jdbc.sql("update user_account set password_hash = ?, session_version = session_version + 1 where person_id = ?")
                .params(passwordHash, personId).update() == 0) {
            create(personId, passwordHash);
        }
    }

    /** People whose username or name contains the filter (any case), by username. */
    public List<Summary> page(String filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("""
                select p.person_id, p.username, p.display_name, p.email, p.role, p.active,
                       coalesce(e.name, s.name) as organization, a.person_id as account, a.enabled
                from person p
                left join user_account a on a.person_id = p.person_id
                left join organization s on s.organization_id = p.school_id
                left join organization e on e.organization_id = p.employer_id
                """ + where + " order by p.username offset ? rows fetch next ? rows only")
                .params(params)
                .query((rs, n) -> new Summary(rs.getString("person_id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                        rs.getString("organization"), rs.getString("account") != null,
                        rs.getString("account") != null && rs.getBoolean("enabled") && rs.getBoolean("active")))
                .list();
    }

    public int count(String filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from person p " + where).params(params).query(Integer.class).single();
    }

    private static String where(String filter, List<Object> params) {
        if (filter == null || filter.isBlank()) {
            return "";
        }
        String like = "%" + filter.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        params.add(like);
        params.add(like);
        return " where lower(p.username) like ? escape '\\' or lower(p.display_name) like ? escape '\\'";
    }

    public Optional<Account> findByUsername(String username) {
        return people.findByUsername(username).flatMap(person -> jdbc
                .sql("select password_hash, enabled, session_version from user_account where person_id = ?")
                .param(person.id())
                .query((rs, n) -> new Account(person, rs.getString("password_hash"),
                        rs.getBoolean("enabled") && person.active(), rs.getLong("session_version")))
                .optional());
    }

    /** The person's grant now, in one query by primary keys (it runs on every request of a signed-in session). */
    public Optional<Grant> currentGrant(String personId) {
        return jdbc.sql("""
                select p.role, p.active, a.enabled, a.password_hash, a.session_version
                from user_account a join person p on p.person_id = a.person_id
                where a.person_id = ?""")
                .param(personId)
                .query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled") && rs.getBoolean("active"), rs.getString("password_hash"),
                        rs.getLong("session_version")))
                .optional();
    }
}
