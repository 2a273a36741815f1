package io.commitments.projections;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which row a write changes, where its statement says so plainly: the parameter it binds to the first column of
 * its table's primary key. Two writes of one table naming different values there change different rows, so
 * {@link ViewTables} may send them in either order. A statement whose rows cannot be told this way (it reads
 * its own table, chooses rows by other columns or with {@code OR}, changes the key, has literals or nested
 * expressions) has no row key and keeps its place among all the table's writes.
 * <p>
 * Understood: {@code INSERT INTO t (columns) VALUES (:parameters)}, {@code UPDATE t SET ... WHERE key = :p AND
 * ...} and {@code DELETE FROM t WHERE key = :p AND ...}.
 */
final class RowKeys {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern INSERT = Pattern.compile(
            "^\\s*INSERT\\s+INTO\\s+\\w+\\s*\\(([^()]*)\\)\\s*VALUES\\s*\\(([^()]*)\\)\\s*$", FLAGS);
    private static final Pattern UPDATE = Pattern.compile("^\\s*UPDATE\\s+\\w+\\s+SET\\s+(.*?)\\s+WHERE\\s+(.*)$", FLAGS);
    private static final Pattern DELETE = Pattern.compile("^\\s*DELETE\\s+FROM\\s+\\w+\\s+WHERE\\s+(.*)$", FLAGS);
    private static final Pattern PARAMETER = Pattern.compile("^\\s*:(\\w+)\\s*$");
    private static final Pattern UNSAFE = Pattern.compile("\\bOR\\b|[()'\"]", FLAGS);
    private static final Pattern SELECT = Pattern.compile("\\bSELECT\\b", FLAGS);
    private static final Pattern AND = Pattern.compile("\\bAND\\b", FLAGS);

    private RowKeys() {
    }

    /** The parameter naming the row {@code sql} changes, given the first column of its table's primary key. */
    static Optional<String> parameterFor(String sql, String keyColumn) {
        if (SELECT.matcher(sql).find()) {
            return Optional.empty();
        }
        Matcher insert = INSERT.matcher(sql);
        if (insert.matches()) {
            return insertedKey(insert.group(1), insert.group(2), keyColumn);
        }
        Matcher update = UPDATE.matcher(sql);
        if (update.matches()) {
            return assigns(update.group(1), keyColumn) ? Optional.empty() : keyChosenBy(update.group(2), keyColumn);
        }
        Matcher delete = DELETE.matcher(sql);
        return delete.matches() ? keyChosenBy(delete.group(1), keyColumn) : Optional.empty();
    }

    private static Optional<String> insertedKey(String columns, String values, String keyColumn) {
        if (values.contains("'") || values.contains("\"")) {
            return Optional.empty();
        }
        String[] named = columns.split(",");
        String[] given = values.split(",");
        if (named.length != given.length) {
            return Optional.empty();
        }
        for (int i = 0; i < named.length; i++) {
            if (named[i].strip().equalsIgnoreCase(keyColumn)) {
                return parameter(given[i]);
            }
        }
        return Optional.empty();
    }

    private static boolean assigns(String assignments, String keyColumn) {
        return Pattern.compile("(^|,)\\s*" + Pattern.quote(keyColumn.toLowerCase(Locale.ROOT)) + "\\s*=", FLAGS)
                .matcher(assignments).find();
    }

    /** The parameter of a {@code key = :p} among conditions joined by {@code AND} only. */
    private static Optional<String> keyChosenBy(String conditions, String keyColumn) {
        if (UNSAFE.matcher(conditions).find()) {
            return Optional.empty();
        }
        for (String condition : AND.split(conditions)) {
            int equals = condition.indexOf('=');
            if (equals > 0 && condition.substring(0, equals).strip().equalsIgnoreCase(keyColumn)) {
                Optional<String> parameter = parameter(condition.substring(equals + 1));
                if (parameter.isPresent()) {
                    return parameter;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> parameter(String value) {
        Matcher parameter = PARAMETER.matcher(value);
        return parameter.matches() ? Optional.of(parameter.group(1)) : Optional.empty();
    }
}
