package io.commitments.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every row of every replayable projection table, in a stable order: to compare live views with rebuilt ones. */
public final class ProjectionTables {

    private static final Set<String> NOT_REPLAYED = Set.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "scheduled_tasks", "person_account", "idempotency_key", "node_heartbeat", "flyway_schema_history");

    private ProjectionTables() {
    }

    public static List<String> names(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT LOWER(table_name) FROM information_schema.tables
                        WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) ORDER BY 1""")
                .query(String.class).list().stream()
                .filter(name -> !NOT_REPLAYED.contains(name) && !name.endsWith("_lookup"))
                .toList();
    }

    public static Map<String, List<String>> snapshot(JdbcClient jdbc) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : names(jdbc)) {
            rows.put(table, jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                    .map(row -> new TreeMap<>(row).toString())
                    .sorted()
                    .toList());
        }
        return rows;
    }
}
