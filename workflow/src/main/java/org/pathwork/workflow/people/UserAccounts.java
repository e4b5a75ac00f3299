package org.pathwork.workflow.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pathwork.workflow.common.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sign-in accounts of the people in the directory. Only password hashes are stored. */
@Component
public class UserAccounts {

    /**
     * What sign-in needs to know about a person. {@code sessionVersion} changes whenever their
     * sign-in does; passwordChangeRequired: an administrator chose the password, so the person must
     * choose their own before doing anything else.
     */
    public record Account(Person person, String passwordHash, boolean enabled, long sessionVersion,
                          boolean passwordChangeRequired) {

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
    private final ApplicationEventPublisher events;

    public UserAccounts(JdbcClient jdbc, PeopleDirectory people, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.events = events;
    }

    /** An enabled account; changeRequired: the person must choose a new password at next sign-in. */
    public void create(String personId, String passwordHash, boolean changeRequired) {
        jdbc.sql("""
                insert into user_account (person_id, password_hash, enabled, created_at, password_change_required)
                values (?, ?, true, ?, ?)""")
                .params(personId, passwordHash, Timestamp.from(clock.instant()), changeRequired).update();
    }

    public void create(String personId, String passwordHash) {
        create(personId, passwordHash, false);
    }

    /** One line of the administrators' list of users: a person and their account, if they have one. */
    public record Summary(String personId, String username, String displayName, String email, Role role,
                          List<String> organizations, boolean hasAccount, boolean enabled) {
    }

    /** Which people a list shows: text in the username or name, a role, an organization's id; null means any. */
    public record Filter(String text, Role role, String organizationId) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /**
     * Ends the person's sessions (see {@link Grant}). Every way of disabling someone comes through
     * here, so here it is announced ({@link AccountDisabled}) to what must end with the account.
     *
     * @param reason why it was disabled, kept with the account (null when enabling)
     * @return false if the person has no account
     */
    public boolean setEnabled(String personId, boolean enabled, String reason) {
        boolean found = jdbc.sql("""
                update user_account set enabled = ?, disabled_reason = ?, session_version = session_version + 1
                where person_id = ?""")
                .params(enabled, enabled ? null : reason, personId).update() == 1;
        if (found && !enabled) {
            events.publishEvent(new AccountDisabled(personId));
        }
        return found;
    }

    /**
     * Replaces the password hash, creating the account if the person had none. Ends the person's sessions.
     *
     * @param changeRequired the person must choose a new one at next sign-in
     */
    public void setPasswordHash(String personId, String passwordHash, boolean changeRequired) {
        if (jdbc.sql("""
                update user_account set password_hash = ?, password_change_required = ?,
                    session_version = session_version + 1
                where person_id = ?""")
                .params(passwordHash, changeRequired, personId).update() == 0) {
            create(personId, passwordHash, changeRequired);
        }
    }

    /** Whether some administrator can sign in: then no first admin is made from the environment. */
    public boolean anEnabledAdminExists() {
        return jdbc.sql("""
                select count(*) from person p join user_account a on a.person_id = p.person_id
                where p.role = 'ADMIN' and p.active and a.enabled""").query(Long.class).single() > 0;
    }

    /** People the filter matches, by username, each with the names of their organizations. */
    public List<Summary> page(Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(offset);
        params.add(limit);
        List<Summary> rows = jdbc.sql("""
                select p.person_id, p.username, p.display_name, p.email, p.role, p.active,
                       a.person_id as account, a.enabled
                from person p
                left join user_account a on a.person_id = p.person_id
                """ + where + " order by p.username offset ? rows fetch next ? rows only")
                .params(params)
                .query((rs, n) -> new Summary(rs.getString("person_id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                        new ArrayList<>(), rs.getString("account") != null,
                        rs.getString("account") != null && rs.getBoolean("enabled") && rs.getBoolean("active")))
                .list();
        if (!rows.isEmpty()) {
            java.util.Map<String, Summary> byId = new java.util.HashMap<>();
            rows.forEach(r -> byId.put(r.personId(), r));
            String marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
            List<Object> ids = new ArrayList<>(byId.keySet());
            jdbc.sql("select x.person_id, o.name from (" + MEMBERSHIPS + ") x"
                            + " join organization o on o.organization_id = x.organization_id"
                            + " where x.person_id in (" + marks + ") order by o.name")
                    .params(ids).query(rs -> {
                        byId.get(rs.getString("person_id")).organizations().add(rs.getString("name"));
                    });
        }
        return rows;
    }

    /** Every person's organizations: a student's school, a supervisor's employer, a coordinator's memberships. */
    private static final String MEMBERSHIPS = """
            select person_id, school_id as organization_id from person where school_id is not null
            union all select person_id, employer_id from person where employer_id is not null
            union all select person_id, organization_id from person_organization""";

    public int count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("select count(*) from person p " + where).params(params).query(Integer.class).single();
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            where.append(" and (lower(p.username) like ? escape '\\' or lower(p.display_name) like ? escape '\\')");
        }
        if (filter.role() != null) {
            params.add(filter.role().name());
            where.append(" and p.role = ?");
        }
        if (filter.organizationId() != null) {
            params.add(filter.organizationId());
            where.append(" and p.person_id in (select person_id from (" + MEMBERSHIPS + ") x where x.organization_id = ?)");
        }
        return where.toString();
    }

    public Optional<Account> findByUsername(String username) {
        return people.findByUsername(username).flatMap(person -> jdbc
                .sql("""
                        select password_hash, enabled, session_version, password_change_required
                        from user_account where person_id = ?""")
                .param(person.id())
                .query((rs, n) -> new Account(person, rs.getString("password_hash"),
                        rs.getBoolean("enabled") && person.active(), rs.getLong("session_version"),
                        rs.getBoolean("password_change_required")))
                .optional());
    }

    /**
     * The usernames of every person whose e-mail address is {@code email}, compared without regard to
     * case (people type addresses in any case; identity providers send them as stored). Single sign-on
     * matches an identity by it, and must see when more than one person shares an address.
     */
    public List<String> usernamesWithEmail(String email) {
        return jdbc.sql("select username from person where lower(email) = lower(?) order by username")
                .param(email.strip())
                .query(String.class)
                .list();
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
