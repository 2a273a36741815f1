package io.commitments.reliability;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The harness's own database on the shared PostgreSQL server (never the server itself: faults are injected by
 * refusing and ending connections to this one database only), and what is stored in it.
 */
final class Database {

    /** Tables that are not views: the event store, tokens, deadlines, accounts, keys and the never-replayed ledger. */
    private static final List<String> NOT_VIEWS = List.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "idempotency_key", "person_account", "scheduled_tasks", "deadline_scope", "node_heartbeat", "ledger_link", "flyway_schema_history");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A stored progress report: the aggregate, its sequence number and the note that names the command. */
    record StoredReport(String aggregate, long sequence, String note) {
    }

    private final String server;
    private final String name;
    private final String user;
    private final String password;

    Database(String server, String name, String user, String password) {
        this.server = server.endsWith("/") ? server : server + "/";
        this.name = name;
        this.user = user;
        this.password = password;
    }

    String url() {
        return server + name;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String name() {
        return name;
    }

    /** Drops the harness's database of an earlier run and creates it empty. */
    void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /**
     * What a restart of PostgreSQL does to the nodes, confined to this database: new connections are refused
     * for the outage, and every open connection is ended (transactions in flight roll back).
     */
    int loseConnections(long outageMillis) throws SQLException, InterruptedException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
            int ended;
            try {
                ended = terminate(connection);
                Thread.sleep(outageMillis);
                ended += terminate(connection);
            } finally {
                statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            }
            return ended;
        }
    }

    private int terminate(Connection connection) throws SQLException {
        try (PreparedStatement terminate = connection.prepareStatement("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = ? AND pid <> pg_backend_pid()""")) {
            terminate.setString(1, name);
            try (ResultSet rows = terminate.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    long events() throws SQLException {
        return single("SELECT count(*) FROM domain_event_entry");
    }

    long head() throws SQLException {
        return single("SELECT coalesce(max(global_index), -1) FROM domain_event_entry");
    }

    /** (aggregate, sequence number) pairs stored more than once: the store's unique key must make this 0. */
    long duplicateSequences() throws SQLException {
        return single("""
                SELECT count(*) FROM (SELECT aggregate_identifier, sequence_number FROM domain_event_entry
                GROUP BY aggregate_identifier, sequence_number HAVING count(*) > 1) d""");
    }

    /** Every progress report stored for the given commitments. */
    List<StoredReport> progressReports(Collection<String> commitments) throws SQLException {
        List<StoredReport> reports = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT aggregate_identifier, sequence_number, convert_from(payload, 'UTF8')::json->>'note'
                     FROM domain_event_entry
                     WHERE payload_type LIKE '%ProgressReported%' AND aggregate_identifier = ANY (?)
                     ORDER BY global_index""")) {
            query.setArray(1, connection.createArrayOf("varchar", commitments.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reports.add(new StoredReport(rows.getString(1), rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return reports;
    }

    /** The owner of each claimed segment, as processor/segment -> owner. */
    Map<String, String> claims() throws SQLException {
        Map<String, String> claims = new TreeMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT processor_name, segment, owner FROM token_entry")) {
            while (rows.next()) {
                claims.put(rows.getString(1) + "/" + rows.getInt(2), rows.getString(3));
            }
        }
        return claims;
    }

    /** The lowest position any segment of any processor has committed; views are complete once it reaches the head. */
    long slowestToken() throws SQLException {
        long slowest = Long.MAX_VALUE;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT convert_from(token, 'UTF8') FROM token_entry")) {
            while (rows.next()) {
                slowest = Math.min(slowest, position(rows.getString(1)));
            }
        }
        return slowest == Long.MAX_VALUE ? -1 : slowest;
    }

    /** A token's position: its index, or while replaying the index the replay has reached. */
    private static long position(String token) {
        if (token == null) {
            return -1;
        }
        JsonNode node = JSON.readTree(token);
        if (node.has("currentToken")) {
            JsonNode current = node.get("currentToken");
            return current == null || current.isNull() ? -1 : current.path("index").asLong(-1);
        }
        return node.path("index").asLong(-1);
    }

    /** Every view table's rows, each row as text, sorted: two snapshots are equal when the views hold the same. */
    Map<String, List<String>> views() throws SQLException {
        Map<String, List<String>> views = new TreeMap<>();
        try (Connection connection = connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[]{"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (!NOT_VIEWS.contains(table)) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                List<String> content = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        Object[] row = new Object[meta.getColumnCount()];
                        for (int column = 1; column <= row.length; column++) {
                            Object value = rows.getObject(column);
                            row[column - 1] = value instanceof byte[] bytes ? Arrays.toString(bytes) : value;
                        }
                        content.add(Arrays.toString(row));
                    }
                }
                content.sort(null);
                views.put(table, content);
            }
        }
        return views;
    }

    /** Rows in one snapshot and not the other, per table (both directions counted). */
    static Map<String, Integer> differences(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, Integer> differences = new TreeMap<>();
        for (String table : before.keySet()) {
            Map<String, Integer> count = new HashMap<>();
            before.get(table).forEach(row -> count.merge(row, 1, Integer::sum));
            after.getOrDefault(table, List.of()).forEach(row -> count.merge(row, -1, Integer::sum));
            int different = count.values().stream().mapToInt(Math::abs).sum();
            if (different > 0) {
                differences.put(table, different);
            }
        }
        return differences;
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
