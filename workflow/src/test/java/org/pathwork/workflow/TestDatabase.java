package org.pathwork.workflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for one Spring test context, dropped when the JVM exits. The server
 * is the machine's (127.0.0.1:5432, trust authentication) unless PATHWORK_TEST_PG_URL,
 * PATHWORK_TEST_PG_USER and PATHWORK_TEST_PG_PASSWORD say otherwise.
 */
public final class TestDatabase {

    private static final String SERVER = env("PATHWORK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("PATHWORK_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("PATHWORK_TEST_PG_PASSWORD", "");

    private TestDatabase() {
    }

    /** Creates a database and points the context's data source at it. */
    public static void register(DynamicPropertyRegistry registry) {
        String name = create();
        registry.add("spring.datasource.url", () -> SERVER + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** Leftovers younger than this may belong to a run going on beside this one. */
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(3);

    /**
     * Creates a database after dropping those that earlier runs left behind. A database still in use
     * refuses to be dropped and is left alone; one younger than {@link #LEFTOVER_AGE} too (its name
     * says when it was made), since a run beside this one may not have connected to it yet, or may
     * be between a killed application process and its restart (the fault tests). Spring closes its
     * connection pool in its own shutdown hook, concurrently with any hook of ours, so dropping at
     * exit could pull the database from under a closing context; a later run cleans up instead.
     */
    public static String create() {
        dropLeftovers();
        String name = "pathwork_test_" + java.time.Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        admin("create database " + name);
        return name;
    }

    /** Made before the cut-off, or by a version that did not write the time into the name. */
    static boolean isLeftover(String name, java.time.Instant cutOff) {
        String[] parts = name.substring("pathwork_test_".length()).split("_");
        if (parts.length != 2 || !parts[0].matches("[0-9]{9,12}")) {
            return true;
        }
        return java.time.Instant.ofEpochSecond(Long.parseLong(parts[0])).isBefore(cutOff);
    }

    private static void dropLeftovers() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("select datname from pg_database where datname like 'pathwork\\_test\\_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            java.time.Instant cutOff = java.time.Instant.now().minus(LEFTOVER_AGE);
            for (String name : names) {
                if (!isLeftover(name, cutOff)) {
                    continue;
                }
                try {
                    s.execute("drop database if exists " + name);
                } catch (SQLException inUse) {
                    // another test run is using it
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + SERVER + ": is it up?", e);
        }
    }

    public static String url(String name) {
        return SERVER + name;
    }

    /**
     * One connection to a database made by {@link #create()}, for tests without Spring. It stays
     * open, so that the clean-up of other runs leaves the database alone.
     */
    public static DataSource dataSource(String name) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url(name), USER, PASSWORD, true);
        try {
            dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + url(name), e);
        }
        return dataSource;
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + SERVER + ": is PostgreSQL up?", e);
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
