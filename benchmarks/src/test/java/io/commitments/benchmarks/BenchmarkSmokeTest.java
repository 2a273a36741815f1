package io.commitments.benchmarks;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark harness end to end in smoke mode (tiny histories, rounds of a fraction of a second) in a
 * schema of its own on the test PostgreSQL: every figure and ratio is printed and positive. Timings are not
 * asserted; BENCHMARKS.md holds the measured figures.
 */
class BenchmarkSmokeTest {

    private static final String URL = env("COMMITMENTS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("COMMITMENTS_TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("COMMITMENTS_TEST_DB_PASSWORD", "");

    /** What {@code --only queries,audit} prints: R0, which the audit ratios need, then the queries and the audit. */
    private static final List<String> QUERIES_AND_AUDIT = List.of("R0.keyset-read",
            "query.gateway.accountability.p50", "query.gateway.accountability.p99",
            "query.gateway.follow-through.p50", "query.gateway.follow-through.p99",
            "query.http.accountability.p50", "query.http.accountability.p99",
            "query.http.follow-through.p50", "query.http.follow-through.p99",
            "asof.partnership", "verify.chain", "verify.store", "asof/R0", "verify/R0", "verify-store/R0");

    private static final List<String> PRINTED = Stream.concat(Stream.of(
            "B1.raw-insert.1", "B1.raw-insert.8", "F1.raw-command.1", "F1.raw-command.8",
            "F1/B1.1", "F1/B1.8", "C1/F1.1", "C1/F1.8", "C1.gateway.1", "C1.gateway.8", "C2.http.1", "C2.http.8",
            "C1/B1.1", "C1/B1.8", "C2/C1.1", "C2/C1.8",
            "C1.gateway.1.at-size", "C1.gateway.8.at-size", "scale.1", "scale.8",
            "R2.rebuild-all", "R2/R0", "R2.rebuild-1M-projected"), QUERIES_AND_AUDIT.stream()).toList();

    @Test
    void smokeRunPrintsEveryFigureAndRatioAsAPositiveNumber() throws Exception {
        requirePostgres();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String schema = "bench_smoke_" + Long.toHexString(System.nanoTime());

        Map<String, Double> answered = new BenchmarkRunner(BenchmarkRunner.Options.parse("--smoke", "--url", URL,
                "--user", USER, "--password", PASSWORD, "--schema", schema),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        Map<String, Double> figures = BenchmarkRunner.parse(output);
        assertThat(figures).containsOnlyKeys(PRINTED);
        assertThat(answered).containsOnlyKeys(PRINTED);
        assertThat(figures.values()).allSatisfy(value -> assertThat(value).isPositive());
        assertThat(output).contains("# scale:", "target >=");
    }

    @Test
    void onlyTheNamedPartsAreMeasured() throws Exception {
        requirePostgres();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String schema = "bench_smoke_" + Long.toHexString(System.nanoTime());

        new BenchmarkRunner(BenchmarkRunner.Options.parse("--smoke", "--url", URL, "--user", USER, "--password", PASSWORD,
                "--schema", schema, "--only", "queries,audit"), new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        Map<String, Double> figures = BenchmarkRunner.parse(printed.toString(StandardCharsets.UTF_8));
        assertThat(figures).containsOnlyKeys(QUERIES_AND_AUDIT);
    }

    @Test
    void anUnknownPartIsRefusedByName() {
        assertThatThrownBy(() -> BenchmarkRunner.Options.parse("--only", "queries,speed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--only takes parts among [commands, rebuild, queries, audit], not 'speed'");
    }

    /** Runs where the test PostgreSQL answers; under CI a missing one fails instead of skipping. */
    private static void requirePostgres() {
        try (var ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return;
        } catch (SQLException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + URL + " is not reachable (CI=true)", unreachable);
            }
            Assumptions.abort("PostgreSQL at " + URL + " is not reachable: " + unreachable.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
