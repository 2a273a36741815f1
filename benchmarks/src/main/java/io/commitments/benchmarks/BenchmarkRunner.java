package io.commitments.benchmarks;

import io.commitments.CommitmentsApplication;
import io.commitments.audit.AsOf;
import io.commitments.audit.AsOfReplay;
import io.commitments.audit.Ledger;
import io.commitments.audit.StoreVerification;
import io.commitments.audit.Verification;
import io.commitments.config.ProjectionRebuilds;
import io.commitments.config.ViewConsistency;
import io.commitments.core.api.accountability.AccountabilityLedger;
import io.commitments.core.api.accountability.FindAccountabilityLedgerQuery;
import io.commitments.core.api.accountability.FindFollowThroughQuery;
import io.commitments.core.api.accountability.FollowThroughBoard;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.DeclareSatisfiedCommand;
import io.commitments.core.api.commitment.ProgressStatus;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.ReportCompletionCommand;
import io.commitments.core.api.commitment.ReportProgressCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import io.commitments.history.GeneratedPartnership;
import io.commitments.history.HistoryGenerator;
import io.commitments.history.HistorySpec;
import io.commitments.security.PersonAccounts;
import io.commitments.security.PersonRegistration;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command that measures the application against the raw limit of the same PostgreSQL, in the same run,
 * and prints every figure and ratio:
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar --size 100000 --base 10000
 * </pre>
 * B1 is plain JDBC: one event row inserted and committed per transaction into a copy of the event table.
 * C1 sends commands through Axon's command gateway, C2 through HTTP (Basic authentication), each a commitment's
 * whole conversation (request, promise, progress, completion, satisfaction). Histories are made by the history
 * generator through the real commands. R0 reads every event by keyset and deserialises it; R2 rebuilds every
 * projection. Throughputs are medians of {@code --reps} rounds of {@code --seconds} each.
 */
public final class BenchmarkRunner {

    static final String PASSWORD = "benchmark-password-2026";
    private static final Pattern FIGURE = Pattern.compile("^(figure|ratio)\\s+(\\S+)\\s+(-?[0-9.]+)");

    private final Options options;
    private final PrintStream out;
    private final Map<String, Double> figures = new HashMap<>();
    private ConfigurableApplicationContext context;
    private final List<GeneratedPartnership> partnerships = new ArrayList<>();
    private int batches;
    private long catchUpNanos;
    private long unitsDone;
    private int logins;

    BenchmarkRunner(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        int status = 1;
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("benchmarks: " + wrong.getMessage() + " (BENCHMARKS.md lists the options)");
            System.exit(2);
            return;
        }
        try {
            new BenchmarkRunner(options, System.out).run();
            status = 0;
        } catch (Exception failed) {
            failed.printStackTrace();
        } finally {
            System.exit(status);
        }
    }

    /** The settings of one run; {@code --smoke} makes every part tiny, for the test suite. */
    record Options(String url, String user, String password, String schema, long size, long base, double seconds,
                   int reps, int threads, boolean smoke, boolean keep, boolean reuse, Set<String> parts) {

        /** The parts of a run {@code --only} can name; a run without it measures them all. */
        static final List<String> PARTS = List.of("commands", "rebuild", "queries", "audit");

        boolean measures(String part) {
            return parts.contains(part);
        }

        static Options parse(String... args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
                String name = args[i].substring(2);
                if (name.equals("smoke") || name.equals("keep") || name.equals("reuse")) {
                    given.put(name, "true");
                } else if (i + 1 < args.length) {
                    given.put(name, args[++i]);
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
            }
            boolean smoke = given.containsKey("smoke");
            return new Options(
                    given.getOrDefault("url", env("COMMITMENTS_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/commitments_bench")),
                    given.getOrDefault("user", env("COMMITMENTS_BENCH_DB_USER", "postgres")),
                    given.getOrDefault("password", env("COMMITMENTS_BENCH_DB_PASSWORD", "")),
                    given.getOrDefault("schema", "bench"),
                    Long.parseLong(given.getOrDefault("size", smoke ? "300" : "100000")),
                    Long.parseLong(given.getOrDefault("base", smoke ? "150" : "10000")),
                    Double.parseDouble(given.getOrDefault("seconds", smoke ? "0.2" : "8")),
                    Integer.parseInt(given.getOrDefault("reps", smoke ? "1" : "3")),
                    Integer.parseInt(given.getOrDefault("threads", smoke ? "2" : "4")),
                    smoke, given.containsKey("keep"), given.containsKey("reuse"), parts(given.get("only")));
        }

        private static Set<String> parts(String only) {
            if (only == null) {
                return Set.copyOf(PARTS);
            }
            Set<String> named = Set.of(only.split(","));
            for (String part : named) {
                if (!PARTS.contains(part)) {
                    throw new IllegalArgumentException("--only takes parts among " + PARTS + ", not '" + part + "'");
                }
            }
            return named;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** Runs every benchmark and answers the figures and ratios printed, by name. */
    Map<String, Double> run() throws Exception {
        boolean reusing = options.reuse() && reusable();
        if (!reusing) {
            prepareSchema();
        }
        out.printf(Locale.ROOT, "# benchmark run: size %d, base %d, %.1f s x %d rounds, schema %s at %s, %d cores, JVM max %d MB%n",
                options.size(), options.base(), options.seconds(), options.reps(), options.schema(), options.url(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        context = start();
        try {
            if (reusing) {
                reuseHistory();
            } else {
                generateTo(options.base());
                caughtUp();
                registerLogins();
            }
            out.printf(Locale.ROOT, "# %d events stored in %d partnerships%n", storedEvents(), partnerships.size());

            if (options.measures("commands")) {
                measureCommands(reusing);
            } else if (!reusing) {
                generateTo(options.size());
                caughtUp();
                rememberHistory();
            }
            caughtUp();
            long events = storedEvents();
            double r0 = options.measures("rebuild") || options.measures("audit")
                    ? figure("R0.keyset-read", keysetRead(), "events/s") : 0;
            if (options.measures("rebuild")) {
                double r2 = figure("R2.rebuild-all", rebuildAll(), "events/s");
                ratio("R2/R0", r2 / r0, 0.3);
                figure("R2.rebuild-1M-projected", 1_000_000 / r2, "s");
                out.printf(Locale.ROOT, "# rebuild target: 1M events in under 60 s%n");
            }
            if (options.measures("queries")) {
                queryLatency(events);
            }
            if (options.measures("audit")) {
                double asOf = figure("asof.partnership", asOfRate(), "events/s");
                double verify = figure("verify.chain", verifyRate(), "events/s");
                double verifyStore = figure("verify.store", verifyStoreRate(), "events/s");
                ratio("asof/R0", asOf / r0, 0.8);
                ratio("verify/R0", verify / r0, 0.8);
                ratio("verify-store/R0", verifyStore / r0, 0.8);
            }
            return Map.copyOf(figures);
        } finally {
            context.close();
            if (!options.keep() && options.smoke()) {
                dropSchema();
            }
        }
    }

    /** B1, F1, C1 and C2 with the base history, then, growing it to {@code --size}, the scale ratio. */
    private void measureCommands(boolean reusing) throws Exception {
        long baseEvents = storedEvents();
        double b1 = figure("B1.raw-insert.1", rawInserts(1), "events/s");
        double b8 = figure("B1.raw-insert.8", rawInserts(8), "events/s");
        double f1 = figure("F1.raw-command.1", rawCommands(1), "commands/s");
        double f8 = figure("F1.raw-command.8", rawCommands(8), "commands/s");
        double c1 = figure("C1.gateway.1", commands(1, this::gatewayClient), "commands/s");
        double c8 = figure("C1.gateway.8", commands(8, this::gatewayClient), "commands/s");
        double h1 = figure("C2.http.1", commands(1, this::httpClient), "commands/s");
        double h8 = figure("C2.http.8", commands(8, this::httpClient), "commands/s");
        ratio("C1/B1.1", c1 / b1, 0.7);
        ratio("C1/B1.8", c8 / b8, 0.35);
        out.printf(Locale.ROOT, "# F1, the floor of an event-sourced command (load the aggregate, append, commit) in plain JDBC,"
                + " bounds C1/B1 at F1/B1:%n");
        info("F1/B1.1", f1 / b1);
        info("F1/B1.8", f8 / b8);
        info("C1/F1.1", c1 / f1);
        info("C1/F1.8", c8 / f8);
        ratio("C2/C1.1", h1 / c1, 0.6);
        ratio("C2/C1.8", h8 / c8, 0.6);

        if (!reusing) {
            // the rounds above stored their own commands in the clients' partnerships (with long warm-ups, tens of
            // thousands of events): the generator still adds --size minus --base of its histories on top
            generateTo(options.size() + storedEvents() - baseEvents);
            caughtUp();
            rememberHistory();
            long sizeEvents = storedEvents();
            out.printf(Locale.ROOT, "# %d events stored in %d partnerships%n", sizeEvents, partnerships.size());
            double s1 = figure("C1.gateway.1.at-size", commands(1, this::gatewayClient), "commands/s");
            double s8 = figure("C1.gateway.8.at-size", commands(8, this::gatewayClient), "commands/s");
            out.printf(Locale.ROOT, "# scale: commands with %d events stored over commands with %d%n", sizeEvents, baseEvents);
            ratio("scale.1", s1 / c1, 0.8);
            ratio("scale.8", s8 / c8, 0.8);
        } else {
            out.printf(Locale.ROOT, "# --reuse: the store already holds the history, so the scale ratio is not measured%n");
        }
    }

    /** The figures and ratios a run printed, read back from its output. */
    static Map<String, Double> parse(String output) {
        Map<String, Double> found = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher matcher = FIGURE.matcher(line.strip());
            if (matcher.find()) {
                found.put(matcher.group(2), Double.parseDouble(matcher.group(3)));
            }
        }
        return found;
    }

    private double figure(String name, double value, String unit) {
        figures.put(name, value);
        out.printf(Locale.ROOT, "figure %-28s %12.2f %s%n", name, value, unit);
        return value;
    }

    /** A ratio printed to explain others, with no target of its own. */
    private void info(String name, double value) {
        figures.put(name, value);
        out.printf(Locale.ROOT, "ratio  %-28s %12.3f%n", name, value);
    }

    private void ratio(String name, double value, double target) {
        figures.put(name, value);
        out.printf(Locale.ROOT, "ratio  %-28s %12.3f target >= %.2f %s%n", name, value, target,
                value >= target ? "HOLDS" : "MISSED");
    }

    // ---------------------------------------------------------------- set-up

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password());
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + options.schema());
        }
        return connection;
    }

    private void prepareSchema() throws SQLException {
        createDatabaseIfMissing();
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + options.schema() + " CASCADE");
            statement.execute("CREATE SCHEMA " + options.schema());
        }
    }

    private void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + options.schema() + " CASCADE");
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection ignored = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            return;
        } catch (SQLException missing) {
            if (!"3D000".equals(missing.getSQLState())) {
                throw missing;
            }
        }
        String database = options.url().replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        String server = options.url().replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection connection = DriverManager.getConnection(server, options.user(), options.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
    }

    private ConfigurableApplicationContext start() {
        String url = options.url() + (options.url().contains("?") ? "&" : "?") + "currentSchema=" + options.schema();
        // as arguments, which outrank application.yml and the environment
        return new SpringApplicationBuilder(CommitmentsApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + options.user(),
                "--spring.datasource.password=" + options.password(),
                "--spring.datasource.hikari.maximum-pool-size=24",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--commitments.admin.password=" + PASSWORD,
                "--commitments.demo.enabled=false",
                // nothing but the benchmark changes the history while it measures
                "--commitments.deadlines.execute=false",
                "--springdoc.api-docs.enabled=false",
                "--logging.level.root=warn");
    }

    /**
     * Whether the schema holds a history an earlier run kept, of at least {@code --size} events; when it does not, says
     * so, since the run then generates a new one (minutes to hours) instead of measuring again.
     */
    private boolean reusable() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT (SELECT COUNT(*) FROM benchmark_partnership), (SELECT MAX(global_index) FROM domain_event_entry)""")) {
            rows.next();
            if (rows.getLong(1) > 0 && rows.getLong(2) >= options.size()) {
                return true;
            }
            out.printf(Locale.ROOT, "# --reuse: schema %s holds %d events, fewer than --size %d: generating a new history%n",
                    options.schema(), rows.getLong(2), options.size());
        } catch (SQLException none) {
            out.printf(Locale.ROOT, "# --reuse: schema %s holds no history kept by an earlier run (%s): generating one%n",
                    options.schema(), none.getMessage());
        }
        return false;
    }

    /** Keeps the generated partnerships beside the history, so a later run can measure the same store again. */
    private void rememberHistory() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS benchmark_partnership");
            statement.execute("""
                    CREATE TABLE benchmark_partnership (position INT NOT NULL, partnership_id UUID NOT NULL,
                        name VARCHAR(255) NOT NULL, coordinator UUID NOT NULL, member_order INT NOT NULL,
                        organisation_id UUID NOT NULL, organisation VARCHAR(255) NOT NULL, person_id UUID NOT NULL,
                        logins INT NOT NULL)""");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO benchmark_partnership VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int p = 0; p < partnerships.size(); p++) {
                    GeneratedPartnership partnership = partnerships.get(p);
                    int order = 0;
                    for (Map.Entry<OrganisationId, PersonId> member : partnership.members().entrySet()) {
                        insert.setInt(1, p);
                        insert.setObject(2, partnership.id().value());
                        insert.setString(3, partnership.name());
                        insert.setObject(4, partnership.coordinator().value());
                        insert.setInt(5, order++);
                        insert.setObject(6, member.getKey().value());
                        insert.setString(7, partnership.organisations().get(member.getKey()));
                        insert.setObject(8, member.getValue().value());
                        insert.setInt(9, logins);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    private void reuseHistory() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT position, partnership_id, name, coordinator, organisation_id, organisation, person_id, logins
                     FROM benchmark_partnership ORDER BY position, member_order""")) {
            int current = -1;
            Map<OrganisationId, String> organisations = null;
            Map<OrganisationId, PersonId> members = null;
            while (rows.next()) {
                if (rows.getInt(1) != current) {
                    current = rows.getInt(1);
                    organisations = new java.util.LinkedHashMap<>();
                    members = new java.util.LinkedHashMap<>();
                    partnerships.add(new GeneratedPartnership(
                            io.commitments.core.api.partnership.PartnershipId.of(rows.getObject(2, UUID.class)),
                            rows.getString(3), new PersonId(rows.getObject(4, UUID.class)), organisations, members));
                }
                OrganisationId organisation = OrganisationId.of(rows.getObject(5, UUID.class));
                organisations.put(organisation, rows.getString(6));
                members.put(organisation, new PersonId(rows.getObject(7, UUID.class)));
                logins = rows.getInt(8);
            }
        }
        caughtUp();
        out.printf(Locale.ROOT, "# --reuse: measuring the history an earlier run left in schema %s%n", options.schema());
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private long storedEvents() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Generates partnerships (a year of a seven-organisation network each) until the store holds {@code target}. */
    private void generateTo(long target) throws SQLException {
        HistoryGenerator generator = bean(HistoryGenerator.class);
        long stored = storedEvents();
        double perPartnership = options.smoke() ? 300 : 1000;
        long started = System.nanoTime();
        long from = stored;
        while (stored < target) {
            int count = (int) Math.max(1, Math.ceil((target - stored) / perPartnership));
            HistorySpec spec = options.smoke()
                    ? new HistorySpec(7 + batches, count, 4, 3, 4, LocalDate.now(ZoneOffset.UTC).minusMonths(3).withDayOfMonth(1))
                    : new HistorySpec(2026 + batches, count, 7, 12, 9, LocalDate.now(ZoneOffset.UTC).minusMonths(12).withDayOfMonth(1));
            batches++;
            partnerships.addAll(generator.generate(spec, options.threads()).partnerships());
            long now = storedEvents();
            perPartnership = Math.max(50, (now - stored) / (double) count);
            stored = now;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (stored > from) {
            out.printf(Locale.ROOT, "# generated %d events through the commands in %.0f s (%.0f events/s on %d threads)%n",
                    stored - from, seconds, (stored - from) / seconds, options.threads());
        }
    }

    /** Waits until every processor (the ledger's included, which rebuilds never touch) has handled every stored event. */
    private void caughtUp() throws Exception {
        long head = storedEvents();
        long deadline = System.nanoTime() + 1_800_000_000_000L;
        while (!bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                        .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processors did not catch up in 30 minutes");
            }
            Thread.sleep(10);
        }
    }

    /** A login for the first member of each of the first partnerships, and for the member it asks of. */
    private void registerLogins() {
        PersonRegistration registration = bean(PersonRegistration.class);
        logins = Math.min(8, partnerships.size());
        for (int i = 0; i < logins; i++) {
            Pair pair = pair(i);
            registration.register(pair.requester().person(), "bench-requester-" + i, "Benchmark requester " + i,
                    PASSWORD, pair.requester().organisation(), Set.of(Role.MEMBER));
            registration.register(pair.performer().person(), "bench-performer-" + i, "Benchmark performer " + i,
                    PASSWORD, pair.performer().organisation(), Set.of(Role.MEMBER));
        }
    }

    private record Pair(GeneratedPartnership partnership, Actor requester, Actor performer) {
    }

    /** Client {@code i}'s partnership and two of its members; clients beyond the logins share them. */
    private Pair pair(int client) {
        GeneratedPartnership partnership = partnerships.get(client % logins);
        List<Map.Entry<OrganisationId, PersonId>> members = new ArrayList<>(partnership.members().entrySet());
        return new Pair(partnership, new Actor(members.get(0).getValue(), members.get(0).getKey()),
                new Actor(members.get(1).getValue(), members.get(1).getKey()));
    }

    // ---------------------------------------------------------------- B1

    /** Events/s of plain JDBC inserting one real event row per transaction into a copy of the event table. */
    private double rawInserts(int connections) throws Exception {
        byte[] payload;
        byte[] metadata;
        String type;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS raw_event_entry");
            statement.execute("CREATE TABLE raw_event_entry (LIKE domain_event_entry INCLUDING ALL)");
            try (ResultSet sample = statement.executeQuery("""
                    SELECT payload, meta_data, payload_type FROM domain_event_entry
                    WHERE payload_type LIKE '%CommitmentRequestedEvent' ORDER BY global_index DESC LIMIT 1""")) {
                sample.next();
                payload = sample.getBytes(1);
                metadata = sample.getBytes(2);
                type = sample.getString(3);
            }
        }
        AtomicLong sequence = new AtomicLong();
        return rounds(connections, () -> {
            Connection connection = connect();
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO raw_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                        time_stamp, aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, '1', ?, ?, ?, ?, 'Commitment')""");
            String aggregate = UUID.randomUUID().toString();
            return new Client() {
                @Override
                public int step() throws Exception {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setBytes(2, metadata);
                    insert.setBytes(3, payload);
                    insert.setString(4, type);
                    insert.setString(5, java.time.Instant.now().toString());
                    insert.setString(6, aggregate);
                    insert.setLong(7, sequence.getAndIncrement());
                    insert.executeUpdate();
                    return 1;
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        });
    }

    /**
     * The floor of an event-sourced command in plain JDBC, on the table {@link #rawInserts} made: in one
     * transaction, the aggregate's latest snapshot and its events read by identifier (as Axon loads an aggregate),
     * one event appended, commit. Each client runs conversations of five events per aggregate, as C1 does.
     */
    private double rawCommands(int connections) throws Exception {
        byte[][] sample = new byte[2][];
        String[] type = new String[1];
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT payload, meta_data, payload_type FROM domain_event_entry
                     WHERE payload_type LIKE '%CommitmentRequestedEvent' ORDER BY global_index DESC LIMIT 1""")) {
            row.next();
            sample[0] = row.getBytes(1);
            sample[1] = row.getBytes(2);
            type[0] = row.getString(3);
        }
        return rounds(connections, () -> {
            Connection connection = connect();
            connection.setAutoCommit(false);
            PreparedStatement snapshot = connection.prepareStatement("""
                    SELECT payload, payload_type, sequence_number FROM snapshot_event_entry
                    WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""");
            PreparedStatement events = connection.prepareStatement("""
                    SELECT global_index, event_identifier, payload, payload_type, payload_revision, meta_data, time_stamp,
                        sequence_number FROM raw_event_entry
                    WHERE aggregate_identifier = ? AND sequence_number >= 0 ORDER BY sequence_number""");
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO raw_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                        time_stamp, aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, '1', ?, ?, ?, ?, 'Commitment')""");
            return new Client() {
                private String aggregate = UUID.randomUUID().toString();
                private long sequence;

                @Override
                public int step() throws Exception {
                    if (sequence == 5) {
                        aggregate = UUID.randomUUID().toString();
                        sequence = 0;
                    }
                    snapshot.setString(1, aggregate);
                    try (ResultSet found = snapshot.executeQuery()) {
                        while (found.next()) {
                            found.getBytes(1);
                        }
                    }
                    events.setString(1, aggregate);
                    try (ResultSet found = events.executeQuery()) {
                        while (found.next()) {
                            found.getBytes(3);
                        }
                    }
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setBytes(2, sample[1]);
                    insert.setBytes(3, sample[0]);
                    insert.setString(4, type[0]);
                    insert.setString(5, java.time.Instant.now().toString());
                    insert.setString(6, aggregate);
                    insert.setLong(7, sequence++);
                    insert.executeUpdate();
                    connection.commit();
                    return 1;
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        });
    }

    // ---------------------------------------------------------------- C1 and C2

    /** A client of a throughput round: each step does some work and answers how many units it did. */
    interface Client extends AutoCloseable {
        int step() throws Exception;

        /** Called once the warm-up rounds are over: what the client measures from now on counts. */
        default void measuring() {
        }

        @Override
        default void close() throws Exception {
        }
    }

    @FunctionalInterface
    interface ClientFactory {
        Client open() throws Exception;
    }

    private double commands(int clients, IntFunction<Client> kind) throws Exception {
        AtomicLong next = new AtomicLong();
        return rounds(clients, () -> kind.apply((int) next.getAndIncrement()));
    }

    /** A commitment's conversation, one command a step, through the command gateway. */
    private Client gatewayClient(int client) {
        CommandGateway gateway = bean(CommandGateway.class);
        Pair pair = pair(client);
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        return new Client() {
            private int step;
            private CommitmentId commitment;

            @Override
            public int step() {
                switch (step++ % 5) {
                    case 0 -> {
                        commitment = CommitmentId.random();
                        gateway.sendAndWait(new RequestCommitmentCommand(commitment, pair.partnership().id(),
                                Requester.byMember(pair.requester().organisation()), pair.performer().organisation(),
                                "Benchmark task", due, "Reported to the board", null, pair.requester()));
                    }
                    case 1 -> gateway.sendAndWait(new PromiseCommitmentCommand(commitment, pair.performer()));
                    case 2 -> gateway.sendAndWait(new ReportProgressCommand(commitment, ProgressStatus.ON_TRACK,
                            "going to plan", pair.performer()));
                    case 3 -> gateway.sendAndWait(new ReportCompletionCommand(commitment, "done", pair.performer()));
                    default -> gateway.sendAndWait(new DeclareSatisfiedCommand(commitment, pair.requester()));
                }
                return 1;
            }
        };
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String send(String method, String path, String body, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", basic(login))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The same conversation over HTTP, as the requester's and the performer's logins. */
    private Client httpClient(int client) {
        int login = client % logins;
        Pair pair = pair(client);
        String requester = "bench-requester-" + login;
        String performer = "bench-performer-" + login;
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(40).toString();
        return new Client() {
            private int step;
            private String commitment;

            @Override
            public int step() throws Exception {
                switch (step++ % 5) {
                    case 0 -> {
                        String created = send("POST", "/api/partnerships/" + pair.partnership().id().value() + "/commitments",
                                "{\"performerOrganisationId\":\"" + pair.performer().organisation().value()
                                        + "\",\"description\":\"Benchmark task\",\"dueDate\":\"" + due + "\"}", requester);
                        commitment = created.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                    }
                    case 1 -> send("POST", "/api/commitments/" + commitment + "/promise", null, performer);
                    case 2 -> send("POST", "/api/commitments/" + commitment + "/report-progress",
                            "{\"status\":\"ON_TRACK\",\"note\":\"going to plan\"}", performer);
                    case 3 -> send("POST", "/api/commitments/" + commitment + "/report-completion",
                            "{\"note\":\"done\"}", performer);
                    default -> send("POST", "/api/commitments/" + commitment + "/declare-satisfied", null, requester);
                }
                return 1;
            }
        };
    }

    /**
     * The median over rounds of units per second of {@code clients} clients working at once for the set time,
     * after a warm-up round; a client finishes the step it is in when time is up, and a round lasts
     * until the views have taken in everything it stored.
     */
    private double rounds(int clients, ClientFactory factory) throws Exception {
        double[] rates = new double[options.reps()];
        List<Client> open = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                open.add(factory.open());
            }
            warmUp(open);
            open.forEach(Client::measuring);
            java.lang.management.OperatingSystemMXBean system = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = system instanceof com.sun.management.OperatingSystemMXBean jvm ? jvm.getProcessCpuTime() : -1;
            long compilingBefore = compilingMillis();
            double waitedBefore = readYourWritesWaited();
            DatabaseWork workBefore = databaseWork();
            catchUpNanos = 0;
            long started = System.nanoTime();
            unitsDone = 0;
            for (int r = 0; r < rates.length; r++) {
                rates[r] = run(open, options.seconds());
            }
            double units = unitsDone;
            if (cpuBefore >= 0) {
                double cpu = ((com.sun.management.OperatingSystemMXBean) system).getProcessCpuTime() - cpuBefore;
                out.printf(Locale.ROOT, "# next: %.2f ms of this JVM's CPU per unit, %.0f%% of %d cores busy with it, load average %.1f%n",
                        cpu / 1e6 / Math.max(1, units), 100 * cpu / ((System.nanoTime() - started) * (double) system.getAvailableProcessors()),
                        system.getAvailableProcessors(), system.getSystemLoadAverage());
            }
            out.printf(Locale.ROOT, "# next: %.1f s of JIT compiling during the measured rounds%n",
                    (compilingMillis() - compilingBefore) / 1e3);
            double waited = readYourWritesWaited() - waitedBefore;
            if (waited > 0) {
                out.printf(Locale.ROOT, "# next: responses waited %.2f ms per unit for the views to include the command"
                                + " (read-your-writes), %.0f%% of the clients' time%n", waited / Math.max(1, units),
                        100 * waited / (clients * (System.nanoTime() - started) / 1e6));
            }
            awaitStatistics();
            out.printf(Locale.ROOT, "# next: the database per unit: %s; the views caught up %.0f ms after the clients"
                            + " stopped, on average over the rounds%n", databaseWork().since(workBefore, units),
                    catchUpNanos / 1e6 / rates.length);
        } finally {
            for (Client client : open) {
                client.close();
            }
        }
        return median(rates);
    }

    /**
     * Warm-up rounds, not counted, until the JIT has settled: it compiles each path when it is first used, and on 2
     * cores the HTTP stack kept a compiler thread busy for about 20 s (a quarter of C2's CPU samples in its first
     * measured round, async-profiler). Rounds go on while the last one spent more than 5% of its time compiling.
     */
    private void warmUp(List<Client> clients) throws Exception {
        untilTheJitSettles("next", "round(s)", () -> run(clients, options.seconds()));
    }

    /** Runs {@code round} again while the last run spent more than 5% of its time compiling, at most ten times. */
    private void untilTheJitSettles(String name, String units, WarmUpRound round) throws Exception {
        int rounds = 0;
        double share;
        do {
            long compiling = compilingMillis();
            long started = System.nanoTime();
            round.run();
            rounds++;
            share = (compilingMillis() - compiling) / ((System.nanoTime() - started) / 1e6);
        } while (share > WARM_COMPILE_SHARE && rounds < (options.smoke() ? 1 : MAX_WARM_UP_ROUNDS));
        out.printf(Locale.ROOT, "# %s: warmed up in %d %s; the JIT compiled %.0f%% of the last one's time%n",
                name, rounds, units, 100 * share);
    }

    @FunctionalInterface
    private interface WarmUpRound {
        void run() throws Exception;
    }

    private static final double WARM_COMPILE_SHARE = 0.05;
    private static final int MAX_WARM_UP_ROUNDS = 10;

    /** Milliseconds that HTTP responses have waited so far for the views to include their commands. */
    private double readYourWritesWaited() {
        return context.getBean(MeterRegistry.class).find(ViewConsistency.WAIT_TIMER).timers().stream()
                .mapToDouble(timer -> timer.totalTime(TimeUnit.MILLISECONDS)).sum();
    }

    private static long compilingMillis() {
        java.lang.management.CompilationMXBean compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }

    /**
     * Units a second over one round, which ends once the processors have caught up with what the clients stored:
     * commands whose events the views have not taken in yet are not done, and a backlog left by one round would
     * slow the next one down.
     */
    private double run(List<Client> clients, double seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(clients.size());
        long started = System.nanoTime();
        for (Client client : clients) {
            Thread thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        done.addAndGet(client.step());
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                } finally {
                    finished.countDown();
                }
            }, "benchmark-client");
            thread.start();
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        finished.await();
        long stopped = System.nanoTime();
        caughtUp();
        catchUpNanos += System.nanoTime() - stopped;
        unitsDone += done.get();
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a benchmark client failed", failures.get(0));
        }
        return done.get() / elapsed;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    // ---------------------------------------------------------------- R0 and R2

    /** Events/s of reading every event by keyset in pages of 1,000 and deserialising payload and metadata. */
    private double keysetRead() throws Exception {
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        Serializer general = context.getBean("serializer", Serializer.class);
        double[] rates = new double[options.reps()];
        for (int r = 0; r < rates.length; r++) {
            long read = 0;
            long started = System.nanoTime();
            try (Connection connection = connect(); PreparedStatement page = connection.prepareStatement("""
                    SELECT global_index, payload, payload_type, payload_revision, meta_data FROM domain_event_entry
                    WHERE global_index > ? ORDER BY global_index LIMIT 1000""")) {
                long after = -1;
                while (true) {
                    page.setLong(1, after);
                    int rows = 0;
                    try (ResultSet result = page.executeQuery()) {
                        while (result.next()) {
                            after = result.getLong(1);
                            Object payload = serializer.deserialize(new SimpleSerializedObject<>(result.getBytes(2),
                                    byte[].class, result.getString(3), result.getString(4)));
                            Object metadata = general.deserialize(new SimpleSerializedObject<>(result.getBytes(5),
                                    byte[].class, org.axonframework.messaging.MetaData.class.getName(), null));
                            if (payload == null || metadata == null) {
                                throw new IllegalStateException("event at " + after + " did not deserialise");
                            }
                            rows++;
                        }
                    }
                    read += rows;
                    if (rows < 1000) {
                        break;
                    }
                }
            }
            rates[r] = read / ((System.nanoTime() - started) / 1e9);
        }
        return median(rates);
    }

    /** Events/s of emptying every projection and replaying the whole store into all of them at once. */
    private double rebuildAll() throws Exception {
        ProjectionRebuilds rebuilds = bean(ProjectionRebuilds.class);
        long events = storedEvents();
        DatabaseWork workBefore = databaseWork();
        long started = System.nanoTime();
        rebuilds.rebuildAll();
        while (!rebuilds.idle()) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "# rebuilt %d projections over %d events in %.1f s%n", rebuilds.names().size(), events,
                seconds);
        awaitStatistics();
        out.printf(Locale.ROOT, "# rebuild: the database per event: %s%n", databaseWork().since(workBefore, events));
        return events / seconds;
    }

    /** PostgreSQL's backends publish their table statistics at most this long after a transaction ends. */
    private static final java.time.Duration STATISTICS_FLUSH = java.time.Duration.ofMillis(1500);

    /** What the database did, from its statistics views: rows written, scans of tables or indexes, transactions. */
    private record DatabaseWork(long rowsWritten, long scans, long transactions) {
        String since(DatabaseWork before, double units) {
            double per = Math.max(1, units);
            return String.format(Locale.ROOT, "%.1f rows written, %.1f table or index scans, %.2f transactions",
                    (rowsWritten - before.rowsWritten) / per, (scans - before.scans) / per,
                    (transactions - before.transactions) / per);
        }
    }

    private void awaitStatistics() throws InterruptedException {
        if (!options.smoke()) {
            Thread.sleep(STATISTICS_FLUSH.toMillis());
        }
    }

    private DatabaseWork databaseWork() throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT (SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables
                             WHERE schemaname = ?),
                            (SELECT COALESCE(SUM(COALESCE(idx_scan, 0) + seq_scan), 0) FROM pg_stat_user_tables
                             WHERE schemaname = ?),
                            (SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database())""")) {
            query.setString(1, options.schema());
            query.setString(2, options.schema());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new DatabaseWork(row.getLong(1), row.getLong(2), row.getLong(3));
            }
        }
    }

    // ---------------------------------------------------------------- queries

    /**
     * p50 and p99 of the accountability and follow-through views with 16 readers, by gateway and by HTTP, each read
     * of a random partnership of those the command rounds left alone (theirs grow by tens of thousands of events).
     */
    private void queryLatency(long events) throws Exception {
        QueryGateway queries = bean(QueryGateway.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int readers = 16;
        List<GeneratedPartnership> readable = readable();
        List<Integer> httpReaders = registerReaders(readable, readers);
        out.printf(Locale.ROOT, "# queries: %d readers at %d events, of %d partnerships (%d over HTTP), %d events each"
                        + " on average%n", readers, events, readable.size(), httpReaders.size(),
                averageEvents(readable));
        latency("query.gateway.accountability", readers, reader -> {
            GeneratedPartnership partnership = readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
            queries.query(new FindAccountabilityLedgerQuery(partnership.id(), null, today, ZoneOffset.UTC),
                    AccountabilityLedger.class).join();
        });
        latency("query.gateway.follow-through", readers, reader -> {
            GeneratedPartnership partnership = readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
            queries.query(new FindFollowThroughQuery(partnership.id(), today, FindFollowThroughQuery.DEFAULT_DUE_SOON_DAYS),
                    FollowThroughBoard.class).join();
        });
        latency("query.http.accountability", readers, reader -> {
            int position = httpReaders.get(ThreadLocalRandom.current().nextInt(httpReaders.size()));
            send("GET", "/api/partnerships/" + partnerships.get(position).id().value() + "/accountability", null,
                    "bench-reader-" + position);
        });
        latency("query.http.follow-through", readers, reader -> {
            int position = httpReaders.get(ThreadLocalRandom.current().nextInt(httpReaders.size()));
            send("GET", "/api/partnerships/" + partnerships.get(position).id().value() + "/follow-through", null,
                    "bench-reader-" + position);
        });
    }

    /**
     * The partnerships queries and audits measure: the generator's, without the command clients' (each command round
     * adds to theirs, which after long warm-ups hold tens of thousands of events where a generated year has ~930).
     */
    private List<GeneratedPartnership> readable() {
        return partnerships.size() > logins ? partnerships.subList(logins, partnerships.size()) : partnerships;
    }

    /** Signs up a member of up to {@code count} readable partnerships, spread over them; their positions. */
    private List<Integer> registerReaders(List<GeneratedPartnership> readable, int count) {
        PersonAccounts accounts = bean(PersonAccounts.class);
        PersonRegistration registration = bean(PersonRegistration.class);
        int first = partnerships.size() - readable.size();
        int readers = Math.min(count, readable.size());
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            int position = first + i * readable.size() / readers;
            Map.Entry<OrganisationId, PersonId> member = partnerships.get(position).members().entrySet().iterator().next();
            String username = "bench-reader-" + position;
            if (accounts.find(username).isEmpty()) {
                registration.register(member.getValue(), username, "Benchmark reader " + position, PASSWORD,
                        member.getKey(), Set.of(Role.MEMBER));
            }
            positions.add(position);
        }
        return positions;
    }

    private long averageEvents(List<GeneratedPartnership> sample) throws SQLException {
        Map<UUID, Long> stored = eventsByPartnership();
        return (long) sample.stream().mapToLong(partnership -> stored.get(partnership.id().value())).average().orElse(0);
    }

    @FunctionalInterface
    interface Read {
        void read(int reader) throws Exception;
    }

    private void latency(String name, int readers, Read read) throws Exception {
        List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        rounds(readers, () -> {
            int reader = (int) next.getAndIncrement();
            long[] mine = new long[200_000];
            samples.add(mine);
            return new Client() {
                private int count;

                @Override
                public int step() throws Exception {
                    long started = System.nanoTime();
                    read.read(reader);
                    if (count < mine.length - 1) {
                        mine[++count] = System.nanoTime() - started;
                        mine[0] = count;
                    }
                    return 1;
                }

                @Override
                public void measuring() {
                    count = 0;
                    mine[0] = 0;
                }
            };
        });
        long[] all = samples.stream().flatMapToLong(mine -> Arrays.stream(mine, 1, (int) mine[0] + 1)).sorted().toArray();
        figure(name + ".p50", all[(int) (all.length * 0.50)] / 1e6, "ms");
        figure(name + ".p99", all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6, "ms");
        out.printf(Locale.ROOT, "# %s: %d reads after the warm-up, target p99 < 50 ms: %s%n", name, all.length,
                all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6 < 50 ? "HOLDS" : "MISSED");
    }

    // ---------------------------------------------------------------- audit

    /** Events/s of rebuilding one partnership as of now, median over several partnerships. */
    private double asOfRate() throws Exception {
        AsOfReplay replay = bean(AsOfReplay.class);
        AsOf now = AsOf.position(storedEvents());
        List<GeneratedPartnership> sample = auditSample();
        int samples = sample.size();
        Map<UUID, Long> stored = eventsByPartnership();
        long[] events = sample.stream().mapToLong(partnership -> stored.get(partnership.id().value())).toArray();
        double[] rates = afterWarmUp("as-of", samples, i -> {
            long started = System.nanoTime();
            replay.partnership(sample.get(i).id(), now).orElseThrow();
            return events[i] / ((System.nanoTime() - started) / 1e9);
        });
        double callMillis = 0;
        for (int k = 0; k < rates.length; k++) {
            callMillis += events[k % samples] / rates[k] * 1e3;
        }
        out.printf(Locale.ROOT, "# as-of: %d partnerships of %d events each on average, %d calls measured, %.1f ms a call"
                        + " on average%n", samples, Arrays.stream(events).sum() / samples, rates.length,
                callMillis / rates.length);
        return median(rates);
    }

    /** Events/s of recomputing one partnership's hash chain against the ledger, median over several partnerships. */
    private double verifyRate() throws Exception {
        Ledger ledger = bean(Ledger.class);
        List<GeneratedPartnership> sample = auditSample();
        return median(afterWarmUp("verify", sample.size(), i -> {
            long started = System.nanoTime();
            Verification verification = ledger.verify(sample.get(i).id(), null);
            if (!verification.valid()) {
                throw new IllegalStateException("the ledger of a generated partnership does not verify: " + verification);
            }
            return verification.checkedEvents() / ((System.nanoTime() - started) / 1e9);
        }));
    }

    /** The partnerships as-of and verification are measured on: the first readable ones. */
    private List<GeneratedPartnership> auditSample() {
        List<GeneratedPartnership> readable = readable();
        return readable.subList(0, Math.min(readable.size(), options.smoke() ? 2 : 9));
    }

    /**
     * The rates of passes over the samples for one round's length ({@code --seconds}), after such rounds that are
     * not counted until the JIT has settled, as the warm-up rounds of the other figures. A pass over nine
     * partnerships takes a fraction of a second: with one pass a round, ten warm-up rounds were over while the
     * compiler still took as much time as the replays (91% to 136%), and one measured pass gave 10,125 and 27,264
     * events/s for as-of in two runs on the same history.
     */
    private double[] afterWarmUp(String name, int samples, SampleRate rate) throws Exception {
        untilTheJitSettles(name, "round(s)", () -> passesForARound(samples, rate));
        return passesForARound(samples, rate);
    }

    private double[] passesForARound(int samples, SampleRate rate) throws Exception {
        long until = System.nanoTime() + (long) (options.seconds() * 1e9);
        List<Double> rates = new ArrayList<>();
        do {
            for (int i = 0; i < samples; i++) {
                rates.add(rate.of(i));
            }
        } while (System.nanoTime() < until);
        return rates.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @FunctionalInterface
    private interface SampleRate {
        double of(int sample) throws Exception;
    }

    /** Events/s of verifying every partnership's chain in one pass over the store, median of the rounds. */
    private double verifyStoreRate() {
        Ledger ledger = bean(Ledger.class);
        double[] rates = new double[options.reps()];
        for (int i = 0; i < rates.length; i++) {
            long started = System.nanoTime();
            StoreVerification verification = ledger.verifyAll(Map.of());
            if (!verification.valid()) {
                throw new IllegalStateException("the generated history does not verify: " + verification);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            rates[i] = verification.checkedEvents() / seconds;
            out.printf(Locale.ROOT, "# verify the store: %d events of %d partnerships in %.2f s%n",
                    verification.checkedEvents(), verification.partnerships(), seconds);
        }
        return median(rates);
    }

    /** Each partnership's events in the index, in one query. */
    private Map<UUID, Long> eventsByPartnership() throws SQLException {
        Map<UUID, Long> events = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT partnership_id, COUNT(*) FROM partnership_event GROUP BY partnership_id")) {
            while (rows.next()) {
                events.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        return events;
    }
}
