package io.commitments.projections;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The views' tables as their event handlers reach them. Inside a transaction, a {@link #write} is held back and
 * sent with the transaction's other writes of the same table just before it commits, the writes of each statement
 * as one JDBC batch: a processor's batch of events then costs a few round trips to the database instead of one per
 * row, which were a quarter of a rebuild's CPU (a socket write per statement) and half of the machine's time in
 * the kernel. Outside a transaction every statement runs at once.
 * <p>
 * Within a table, held-back writes that change the same row keep their order, and so does a write whose rows its
 * statement does not name plainly ({@link RowKeys}) with every other; writes of different rows go by statement,
 * each statement's as one batch. Writes of different tables may reach the database in another order than they
 * were made, which changes nothing as long as every statement sees each table it names as it was when the
 * statement was made:
 * <ul>
 * <li>a {@link #read} first sends the held-back writes of every table it names;</li>
 * <li>a write that reads other tables ({@code INSERT ... SELECT ... FROM other}) first sends theirs, and is sent
 * itself, with its own table's earlier writes, before any later write to them.</li>
 * </ul>
 * Every access of a view's tables inside such a transaction must therefore go through here. A write answers no
 * count of rows: a handler must not decide on how many rows a statement changed.
 */
@Component
public class ViewTables {

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TABLE = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE|USING)\\s+([a-z_][a-z0-9_]*)((?:\\s*,\\s*[a-z_][a-z0-9_]*)*)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_TABLES = Set.of("set", "select", "values");
    /** The handlers' statements are constants, so what each names is worked out once. */
    private static final Map<String, Set<String>> TABLES_NAMED = new ConcurrentHashMap<>();
    private static final Map<String, String> TABLE_WRITTEN = new ConcurrentHashMap<>();

    private final DataSource dataSource;
    /** Per table, the first column of its primary key; per statement, the parameter naming its row ("" if none). */
    private final Map<String, Optional<String>> keyColumns = new ConcurrentHashMap<>();
    private final Map<String, String> rowKeyParameters = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate template;

    public ViewTables(DataSource dataSource) {
        this.dataSource = dataSource;
        this.template = new NamedParameterJdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
    }

    /** A query: the held-back writes of the tables it names are sent first. */
    public JdbcClient.StatementSpec read(String sql) {
        if (WRITE.matcher(sql).find()) {
            throw new IllegalArgumentException("a statement that changes a table is a write: " + sql);
        }
        Pending pending = pending(false);
        if (pending != null) {
            pending.sendWritesOf(tablesNamedIn(sql));
        }
        return jdbc.sql(sql);
    }

    /** A statement that changes one table: {@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM} or {@code MERGE INTO}. */
    public Write write(String sql) {
        return new Write(sql, TABLE_WRITTEN.computeIfAbsent(sql, statement -> {
            Matcher target = WRITE.matcher(statement);
            if (!target.find()) {
                throw new IllegalArgumentException("not a statement that changes one table: " + statement);
            }
            return target.group(1).toLowerCase(Locale.ROOT);
        }));
    }

    /** One write being given its parameters; {@link #update()} holds it back or runs it. */
    public final class Write {
        private final String sql;
        private final String table;
        private final Map<String, Object> parameters = new HashMap<>();

        private Write(String sql, String table) {
            this.sql = sql;
            this.table = table;
        }

        public Write param(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        public Write params(Map<String, ?> values) {
            parameters.putAll(values);
            return this;
        }

        /** Held back until the transaction commits (or a statement needs the table), else run at once. */
        public void update() {
            Pending pending = pending(true);
            if (pending == null) {
                run();
            } else {
                pending.hold(this);
            }
        }

        private void run() {
            template.update(sql, new MapSqlParameterSource(parameters));
        }
    }

    /** Runs writes of one statement: a single one as it is, several as one JDBC batch. */
    private void execute(List<Write> writes) {
        if (writes.size() == 1) {
            writes.get(0).run();
        } else {
            template.batchUpdate(writes.get(0).sql, writes.stream()
                    .map(write -> new MapSqlParameterSource(write.parameters))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * A table's held-back writes in waves that keep every order that matters: a write comes in a later wave than
     * the writes before it that change its row (same {@link RowKeys row key}), and one without a row key after
     * every write before it and before every write after it. Within a wave the writes change different rows, so
     * each statement's writes can go as one batch: a processor's batch of events otherwise alternated the
     * statements of a table (a commitment's request, then another's promise...) and sent most writes one by one.
     */
    private List<List<Write>> waves(String table, List<Write> held) {
        List<List<Write>> waves = new ArrayList<>();
        Map<String, Integer> lastWaveOfRow = new HashMap<>();
        int afterBarrier = 0;
        for (Write write : held) {
            String row = rowOf(table, write);
            int wave;
            if (row == null) {
                wave = waves.size();
                afterBarrier = wave + 1;
            } else {
                Integer last = lastWaveOfRow.get(row);
                wave = Math.max(afterBarrier, last == null ? 0 : last + 1);
                lastWaveOfRow.put(row, wave);
            }
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(write);
        }
        return waves;
    }

    /**
     * The waves' writes as runs of one statement, in wave order. A wave's writes may go in any order, so its
     * statement that the previous wave ended with goes first and joins that run: writes without a row key (each a
     * wave of its own) made one after another by the same statement still go as one batch.
     */
    private static List<List<Write>> sends(List<List<Write>> waves) {
        List<List<Write>> sends = new ArrayList<>();
        for (List<Write> wave : waves) {
            Map<String, List<Write>> byStatement = new LinkedHashMap<>();
            wave.forEach(write -> byStatement.computeIfAbsent(write.sql, sql -> new ArrayList<>()).add(write));
            if (!sends.isEmpty()) {
                List<Write> last = sends.get(sends.size() - 1);
                List<Write> continuing = byStatement.remove(last.get(0).sql);
                if (continuing != null) {
                    last.addAll(continuing);
                }
            }
            sends.addAll(byStatement.values());
        }
        return sends;
    }

    /** The row a write changes, as text, or null when its statement does not say plainly. */
    private String rowOf(String table, Write write) {
        String parameter = rowKeyParameters.computeIfAbsent(write.sql, sql -> keyColumn(table)
                .flatMap(column -> RowKeys.parameterFor(sql, column))
                .orElse(""));
        Object value = parameter.isEmpty() ? null : write.parameters.get(parameter);
        return value == null ? null : value.toString();
    }

    /** The first column of the table's primary key, from the database's own description of it. */
    private Optional<String> keyColumn(String table) {
        return keyColumns.computeIfAbsent(table, name -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                DatabaseMetaData database = connection.getMetaData();
                for (String spelling : List.of(name, name.toUpperCase(Locale.ROOT))) {
                    try (ResultSet keys = database.getPrimaryKeys(connection.getCatalog(), connection.getSchema(),
                            spelling)) {
                        while (keys.next()) {
                            if (keys.getInt("KEY_SEQ") == 1) {
                                return Optional.of(keys.getString("COLUMN_NAME"));
                            }
                        }
                    }
                }
                return Optional.empty();
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the primary key of " + name, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private Pending pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.hasResource(dataSource)) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null && create) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    private static Set<String> tablesNamedIn(String sql) {
        return TABLES_NAMED.computeIfAbsent(sql, ViewTables::findTablesNamedIn);
    }

    private static Set<String> findTablesNamedIn(String sql) {
        Set<String> tables = new HashSet<>();
        Matcher named = NAMED_TABLE.matcher(sql);
        while (named.find()) {
            tables.add(named.group(1).toLowerCase(Locale.ROOT));
            for (String listed : named.group(2).split(",")) {
                if (!listed.isBlank()) {
                    tables.add(listed.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        tables.removeAll(NOT_TABLES);
        return Set.copyOf(tables);
    }

    /** The writes one transaction holds back, by table, and the tables each table's held-back writes read. */
    private final class Pending implements TransactionSynchronization {
        private final Map<String, List<Write>> writes = new LinkedHashMap<>();
        private final Map<String, Set<String>> reads = new HashMap<>();

        void hold(Write write) {
            Set<String> named = new HashSet<>(tablesNamedIn(write.sql));
            named.remove(write.table);
            sendWritesOf(named);
            sendWritesReading(write.table);
            writes.computeIfAbsent(write.table, table -> new ArrayList<>()).add(write);
            if (!named.isEmpty()) {
                reads.computeIfAbsent(write.table, table -> new HashSet<>()).addAll(named);
            }
        }

        /** Before a table changes, the held-back writes that read it see it as it was when they were made. */
        private void sendWritesReading(String table) {
            List<String> readers = reads.entrySet().stream()
                    .filter(entry -> entry.getValue().contains(table))
                    .map(Map.Entry::getKey)
                    .toList();
            readers.forEach(this::send);
        }

        void sendWritesOf(Set<String> tables) {
            tables.forEach(this::send);
        }

        void sendAll() {
            new ArrayList<>(writes.keySet()).forEach(this::send);
        }

        private void send(String table) {
            List<Write> held = writes.remove(table);
            reads.remove(table);
            if (held == null) {
                return;
            }
            sends(waves(table, held)).forEach(ViewTables.this::execute);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            sendAll();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ViewTables.this);
        }
    }
}
