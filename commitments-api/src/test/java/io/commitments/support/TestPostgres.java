package io.commitments.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL that integration tests use: {@code COMMITMENTS_TEST_DB_URL} (user and password from
 * {@code COMMITMENTS_TEST_DB_USER} / {@code _PASSWORD}), by default the machine's 127.0.0.1:5432/test.
 * Each checkout and test context gets a schema of its own, so parallel checkouts on one server and cached
 * contexts of one run do not clean each other's tables.
 */
public final class TestPostgres {

    public static final String URL = env("COMMITMENTS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("COMMITMENTS_TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("COMMITMENTS_TEST_DB_PASSWORD", "");
    private static final String CHECKOUT = "it_" + UUID.nameUUIDFromBytes(
            System.getProperty("user.dir").getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    private TestPostgres() {
    }

    /**
     * A schema for one more test context: contexts never share one, or a later context's clean and its
     * processors would work on the tables of a cached context that is still running.
     */
    static String nextSchema() {
        return CHECKOUT + "_" + CONTEXTS.incrementAndGet();
    }

    public static String urlWithSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Null when reachable, otherwise why not. */
    static String unreachableReason() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at " + URL + " is not reachable: " + e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
