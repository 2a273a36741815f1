package io.commitments.reliability;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs real nodes of the application as processes on one PostgreSQL database, loads them with conflicting
 * commands on the same commitments, and injects the faults of issue #10 while the load runs:
 * <ol>
 *     <li>steady: every node takes commands;</li>
 *     <li>database lost: the database refuses connections for a few seconds and every open connection is ended,
 *     as when PostgreSQL restarts; the nodes must answer again by themselves;</li>
 *     <li>node killed: the last node gets SIGKILL mid-load, the others take over its segments, then it is
 *     started again and takes commands again.</li>
 * </ol>
 * Then it compares what the clients were told with what is stored, and the views with a rebuild of them.
 * Loopback only, bounded in time: every wait has a limit.
 */
public final class ReliabilityHarness {

    static final String ADMIN_PASSWORD = "reliability-admin-password";
    private static final String PASSWORD = "a-long-enough-password";

    /** A run's parameters; {@link #parse} reads them from {@code --name value} arguments. */
    record Settings(Path jar, String dbServer, String dbName, String dbUser, String dbPassword, int nodes,
                    int threadsPerNode, int commitments, Duration phase, Duration outage, Duration pause, boolean restartUnderLoad, String postgresRestart,
                    Path work) {

        static Settings parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
                }
                given.put(args[i].substring(2), args[++i]);
            }
            Settings settings = new Settings(
                    Path.of(given.getOrDefault("jar", "commitments-api/target/commitments-exec.jar")),
                    given.getOrDefault("db-server", "jdbc:postgresql://127.0.0.1:5432/"),
                    given.getOrDefault("db-name", "reliability"),
                    given.getOrDefault("db-user", "postgres"),
                    given.getOrDefault("db-password", ""),
                    Integer.parseInt(given.getOrDefault("nodes", "2")),
                    Integer.parseInt(given.getOrDefault("threads-per-node", "8")),
                    Integer.parseInt(given.getOrDefault("commitments", "10")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("phase-seconds", "60"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("outage-seconds", "3"))),
                    Duration.ofMillis(Long.parseLong(given.getOrDefault("pause-millis", "0"))),
                    Boolean.parseBoolean(given.getOrDefault("restart-under-load", "true")),
                    given.get("postgres-restart"),
                    Path.of(given.getOrDefault("work", "reliability/target/reliability")));
            Set<String> known = Set.of("jar", "db-server", "db-name", "db-user", "db-password", "nodes",
                    "threads-per-node", "commitments", "phase-seconds", "outage-seconds", "pause-millis", "restart-under-load", "postgres-restart", "work");
            given.keySet().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
            });
            if (settings.nodes < 2) {
                throw new IllegalArgumentException("--nodes must be at least 2: one of them is killed");
            }
            return settings;
        }
    }

    /** Runs the operator's restart command for the whole PostgreSQL server, e.g. {@code pg_ctlcluster 15 main restart}. */
    private void restartPostgres(String command) throws IOException, InterruptedException {
        Process restart = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(restart.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (restart.waitFor() != 0) {
            throw new IllegalStateException("the PostgreSQL restart command failed (" + restart.exitValue() + "): "
                    + output.strip());
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(90);

    private final Settings settings;
    private final Consumer<String> out;
    private final Client client = new Client(Duration.ofSeconds(30));
    private final LinkedHashMap<String, String> observations = new LinkedHashMap<>();

    ReliabilityHarness(Settings settings, Consumer<String> out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Report report = new ReliabilityHarness(settings, System.out::println).run();
        report.lines().forEach(System.out::println);
        System.exit(report.reliable() ? 0 : 1);
    }

    Report run() throws Exception {
        Database database = new Database(settings.dbServer(), settings.dbName(), settings.dbUser(), settings.dbPassword());
        database.recreate();
        List<NodeProcess> nodes = new ArrayList<>();
        for (int i = 0; i < settings.nodes(); i++) {
            nodes.add(new NodeProcess("node-" + (i + 1), freePort(), settings.jar().toAbsolutePath(),
                    settings.work().toAbsolutePath(), database, ADMIN_PASSWORD));
        }
        try {
            return run(database, nodes);
        } finally {
            for (NodeProcess node : nodes) {
                node.stop();
            }
        }
    }

    private Report run(Database database, List<NodeProcess> nodes) throws Exception {
        long started = System.nanoTime();
        for (NodeProcess node : nodes) {
            node.start();
        }
        for (NodeProcess node : nodes) {
            node.awaitReady(START_TIMEOUT);
        }
        observe("nodes started", seconds(started));
        List<String> commitments = setUp(nodes.get(0));
        Load load = new Load(client, nodes, commitments, "performer", PASSWORD, Duration.ofSeconds(45),
                settings.pause());

        long loadStarted = System.nanoTime();
        log("phase steady: " + nodes.size() + " nodes x " + settings.threadsPerNode() + " threads on "
                + commitments.size() + " commitments");
        load.start(settings.threadsPerNode());
        Thread.sleep(settings.phase().toMillis());

        long outage = System.nanoTime();
        if (settings.postgresRestart() != null) {
            log("phase database lost: PostgreSQL restarted with: " + settings.postgresRestart());
            restartPostgres(settings.postgresRestart());
            observe("PostgreSQL restarted in", seconds(outage));
        } else {
            log("phase database lost: connections refused for " + settings.outage().toSeconds() + " s and ended");
            int ended = database.loseConnections(settings.outage().toMillis());
            observe("database connections ended", Integer.toString(ended));
        }
        for (NodeProcess node : nodes) {
            awaitAnswering(node, commitments.get(0));
            observe(node.name() + " answered again after the outage began", seconds(outage));
        }
        Thread.sleep(settings.phase().toMillis());

        NodeProcess victim = nodes.get(nodes.size() - 1);
        log("phase node killed: SIGKILL to " + victim.name());
        String victimId = victim.nodeId();
        long killed = System.nanoTime();
        victim.kill();
        awaitTakeOver(database, victimId);
        observe("segments of the killed node claimed by the others after", seconds(killed));
        Thread.sleep(Math.max(0, settings.phase().toMillis() - (System.nanoTime() - killed) / 1_000_000));
        long restarted = System.nanoTime();
        if (!settings.restartUnderLoad()) {
            load.hold();
        }
        victim.start();
        victim.awaitReady(START_TIMEOUT);
        load.resume();
        observe("killed node restarted and ready in" + (settings.restartUnderLoad() ? "" : " (load held meanwhile)"),
                seconds(restarted));
        Thread.sleep(settings.phase().toMillis());

        load.stop();
        observe("load ran for", seconds(loadStarted));
        Map<String, Long> held = new java.util.TreeMap<>();
        database.claims().values().forEach(owner -> held.merge(String.valueOf(owner), 1L, Long::sum));
        observe("segments held per node at the end", held.toString());
        observe("requests sent (with resends)", load.attempts() + " (" + load.resent() + " resent)");
        observe("answers 5xx (resent)", Long.toString(load.serverErrors()));
        observe("connections failed or cut (resent)", Long.toString(load.connectionFailures()));
        observe("answers 409 request.concurrent-change", Long.toString(load.conflicts()));

        long settling = System.nanoTime();
        awaitViewsCaughtUp(database);
        observe("views caught up with the events after the load in", seconds(settling));

        Set<String> acknowledged = load.notes(Load.Outcome.ACKNOWLEDGED);
        Set<String> rejected = load.notes(Load.Outcome.REJECTED);
        Set<String> inDoubt = load.notes(Load.Outcome.IN_DOUBT);
        List<Database.StoredReport> stored = database.progressReports(commitments);
        Set<String> storedNotes = new HashSet<>();
        long duplicatedCommands = stored.stream().filter(report -> !storedNotes.add(report.note())).count();
        long duplicates = database.duplicateSequences() + duplicatedCommands;
        long lost = acknowledged.stream().filter(note -> !storedNotes.contains(note)).count();
        long rejectedStored = rejected.stream().filter(storedNotes::contains).count();
        observe("commands in doubt that were stored", Long.toString(inDoubt.stream().filter(storedNotes::contains).count()));
        observe("events in the store", Long.toString(database.events()));

        Map<String, List<String>> live = database.views();
        Client.Response refused = client.post(nodes.get(0).base(), "/api/admin/projections/rebuild", "admin",
                ADMIN_PASSWORD, Map.of(), null);
        observe("rebuild asked of one node while others run", refused.status() + " " + refused.code());
        awaitViewsCaughtUp(database);
        for (NodeProcess node : nodes.subList(1, nodes.size())) {
            node.stop();
        }
        long rebuilding = System.nanoTime();
        rebuild(nodes.get(0), database);
        observe("views rebuilt from the events in", seconds(rebuilding));
        Map<String, Integer> differences = Database.differences(live, database.views());
        long mismatches = differences.values().stream().mapToLong(Integer::longValue).sum();
        observe("run took", seconds(started));

        return new Report(acknowledged.size(), rejected.size(), inDoubt.size(), stored.size(), duplicates, lost,
                rejectedStored, mismatches, load.rejections(), differences, observations);
    }

    /** Two member organisations of one partnership; the first asks the second for each commitment, which promises it. */
    private List<String> setUp(NodeProcess node) throws Exception {
        String admin = "admin";
        String requesterOrganisation = create(node, admin, ADMIN_PASSWORD, "/api/organisations",
                Map.of("name", "Riverside Surgery"));
        String performerOrganisation = create(node, admin, ADMIN_PASSWORD, "/api/organisations",
                Map.of("name", "Hillside Practice"));
        create(node, admin, ADMIN_PASSWORD, "/api/people", Map.of("username", "requester", "displayName", "Amara Okafor",
                "password", PASSWORD, "organisationId", requesterOrganisation, "roles", List.of("MEMBER")));
        create(node, admin, ADMIN_PASSWORD, "/api/people", Map.of("username", "performer", "displayName", "Tom Reid",
                "password", PASSWORD, "organisationId", performerOrganisation, "roles", List.of("MEMBER")));
        String partnership = create(node, admin, ADMIN_PASSWORD, "/api/partnerships",
                Map.of("name", "North Valley PCN", "decisionRule", "CONSENT", "quorum", 1));
        for (String organisation : List.of(requesterOrganisation, performerOrganisation)) {
            client.expect(client.post(node.base(), "/api/partnerships/" + partnership + "/members", admin, ADMIN_PASSWORD,
                    Map.of("organisationId", organisation), null), "adding a member");
        }
        List<String> commitments = new ArrayList<>();
        for (int i = 0; i < settings.commitments(); i++) {
            String commitment = create(node, "requester", PASSWORD, "/api/partnerships/" + partnership + "/commitments",
                    Map.of("performerOrganisationId", performerOrganisation, "description", "Shared rota " + (i + 1),
                            "dueDate", LocalDate.now().plusYears(1).toString()));
            client.expect(client.post(node.base(), "/api/commitments/" + commitment + "/promise", "performer", PASSWORD,
                    Map.of(), null), "promising");
            commitments.add(commitment);
        }
        return commitments;
    }

    private String create(NodeProcess node, String user, String password, String path, Object body) throws Exception {
        JsonNode created = client.expect(client.post(node.base(), path, user, password, body, null), "POST " + path);
        return created.get("id").asString();
    }

    private void awaitAnswering(NodeProcess node, String commitment) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.get(node.base(), "/api/commitments/" + commitment, "performer", PASSWORD).ok()) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the node is still reconnecting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(node.name() + " did not answer again within " + START_TIMEOUT);
    }

    private void awaitTakeOver(Database database, String deadNode) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> claims = database.claims();
            if (!claims.containsValue(deadNode) && claims.values().stream().allMatch(owner -> owner != null)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the segments of " + deadNode + " were not claimed by another node: "
                + database.claims());
    }

    private void awaitViewsCaughtUp(Database database) throws Exception {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (database.slowestToken() >= database.head()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the views did not reach the last event (" + database.head()
                + ") within " + SETTLE_TIMEOUT + "; slowest segment at " + database.slowestToken());
    }

    private void rebuild(NodeProcess node, Database database) throws Exception {
        awaitViewsCaughtUp(database);
        client.expect(client.post(node.base(), "/api/admin/projections/rebuild", "admin", ADMIN_PASSWORD, Map.of(), null),
                "rebuilding the views");
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = client.expect(client.get(node.base(), "/api/admin/projections", "admin", ADMIN_PASSWORD),
                    "reading the rebuild's progress");
            boolean done = true;
            for (JsonNode projection : status) {
                JsonNode target = projection.get("replayTarget");
                if (projection.get("error").asBoolean()) {
                    throw new IllegalStateException("a rebuild failed: " + projection);
                }
                if (target != null && !target.isNull() && projection.get("position").asLong() < target.asLong()) {
                    done = false;
                }
            }
            if (done) {
                awaitViewsCaughtUp(database);
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the rebuild did not finish within " + SETTLE_TIMEOUT);
    }

    private void observe(String what, String value) {
        observations.put(what, value);
        log(what + ": " + value);
    }

    private void log(String line) {
        out.accept("[reliability] " + line);
    }

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - since) / 1e9);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
