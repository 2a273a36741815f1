package io.commitments.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients hammering the same few commitments through every node: each command is a progress report with a
 * note of its own and an {@code Idempotency-Key}, so the event it stores can be found again. A command whose
 * answer is lost (a node killed, the database gone) is sent again with the same key, to another node, until
 * it is answered or {@code inDoubtAfter} passes.
 */
final class Load {

    /** How a command ended, as its client saw it. */
    enum Outcome { ACKNOWLEDGED, REJECTED, IN_DOUBT }

    private final Client client;
    private final List<NodeProcess> nodes;
    private final List<String> commitments;
    private final String user;
    private final String password;
    private final Duration inDoubtAfter;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Integer> rejections = new ConcurrentHashMap<>();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong connectionFailures = new AtomicLong();
    private final long pauseMillis;
    private volatile boolean running;
    private volatile boolean held;
    private List<Thread> threads = List.of();

    Load(Client client, List<NodeProcess> nodes, List<String> commitments, String user, String password,
         Duration inDoubtAfter, Duration pause) {
        this.pauseMillis = pause.toMillis();
        this.client = client;
        this.nodes = nodes;
        this.commitments = commitments;
        this.user = user;
        this.password = password;
        this.inDoubtAfter = inDoubtAfter;
    }

    void start(int threadsPerNode) {
        running = true;
        threads = new java.util.ArrayList<>();
        for (int node = 0; node < nodes.size(); node++) {
            for (int thread = 0; thread < threadsPerNode; thread++) {
                int home = node;
                String name = "n" + node + "-t" + thread;
                Thread worker = new Thread(() -> run(home, name), "load-" + name);
                worker.start();
                threads.add(worker);
            }
        }
    }

    /** Clients finish the command they are sending and send no new one until {@link #resume()}. */
    void hold() {
        held = true;
    }

    void resume() {
        held = false;
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(inDoubtAfter.toMillis() + 30_000);
        }
    }

    private void run(int home, String name) {
        long sequence = 0;
        while (running) {
            if (held) {
                pause(50);
                continue;
            }
            String commitment = commitments.get(ThreadLocalRandom.current().nextInt(commitments.size()));
            String note = "r-" + name + "-" + sequence++;
            outcomes.put(note, send(home, commitment, note));
            if (pauseMillis > 0) {
                pause(pauseMillis);
            }
        }
    }

    private Outcome send(int home, String commitment, String note) {
        long deadline = System.nanoTime() + inDoubtAfter.toNanos();
        int node = home;
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                resent.incrementAndGet();
            }
            first = false;
            attempts.incrementAndGet();
            try {
                Client.Response response = client.post(nodes.get(node).base(), "/api/commitments/" + commitment + "/report-progress",
                        user, password, Map.of("status", "ON_TRACK", "note", note), note);
                if (response.ok()) {
                    return Outcome.ACKNOWLEDGED;
                }
                if (response.status() == 409 && "request.in-progress".equals(response.code())) {
                    pause(200);
                    continue;
                }
                if (response.status() >= 500 || response.status() == 401) {
                    serverErrors.incrementAndGet();
                    node = (node + 1) % nodes.size();
                    pause(200);
                    continue;
                }
                if ("request.concurrent-change".equals(response.code())) {
                    conflicts.incrementAndGet();
                }
                rejections.merge(response.status() + " " + response.code(), 1, Integer::sum);
                return Outcome.REJECTED;
            } catch (IOException lost) {
                connectionFailures.incrementAndGet();
                node = (node + 1) % nodes.size();
                pause(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.IN_DOUBT;
            }
        }
        return Outcome.IN_DOUBT;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Set<String> notes(Outcome outcome) {
        return outcomes.entrySet().stream().filter(entry -> entry.getValue() == outcome)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    long attempts() {
        return attempts.get();
    }

    long resent() {
        return resent.get();
    }

    long serverErrors() {
        return serverErrors.get();
    }

    long connectionFailures() {
        return connectionFailures.get();
    }

    long conflicts() {
        return conflicts.get();
    }

    Map<String, Integer> rejections() {
        return Map.copyOf(rejections);
    }
}
