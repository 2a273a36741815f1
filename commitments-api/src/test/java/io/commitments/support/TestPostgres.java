package io.commitments.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The PostgreSQL that integration tests use: {@code COMMITMENTS_TEST_DB_URL} (user and password from
 * {@code COMMITMENTS_TEST_DB_USER} / {@code _PASSWORD}), by default the machine's 127.0.0.1:5432/test.
 * Each checkout gets a schema of its own, so parallel checkouts on one server do not clean each other.
 */
public final class TestPostgres {

    public static final String URL = env("COMMITMENTS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("COMMITMENTS_TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("COMMITMENTS_TEST_DB_PASSWORD", "");
    public static final String SCHEMA = "it_" + UUID.nameUUIDFromBytes(
            System.getProperty("user.dir").getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);

    private TestPostgres() {
    }

    public static String urlWithSchema() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
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
