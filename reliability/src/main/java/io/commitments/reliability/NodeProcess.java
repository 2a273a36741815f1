package io.commitments.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of the application: its executable jar started with {@code java -jar} as a process of its own, on
 * a loopback port of its own, on the shared database. Only the process this object started is ever stopped or
 * killed, by its own handle.
 */
final class NodeProcess {

    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private final Database database;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    NodeProcess(String name, int port, Path jar, Path logDirectory, Database database, String adminPassword) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = logDirectory.resolve(name + ".log");
        this.database = database;
        this.adminPassword = adminPassword;
    }

    String name() {
        return name;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The name this node's processors put on the segments they claim. */
    String nodeId() {
        return name + "-run" + starts;
    }

    Path log() {
        return log;
    }

    void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+UseSerialGC",
                "-jar", jar.toString(),
                "--server.address=127.0.0.1",
                "--commitments.node-id=" + nodeId()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(starts == 1 ? ProcessBuilder.Redirect.to(log.toFile())
                        : ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("COMMITMENTS_DB_URL", database.url());
        builder.environment().put("COMMITMENTS_DB_USER", database.user());
        builder.environment().put("COMMITMENTS_DB_PASSWORD", database.password());
        builder.environment().put("COMMITMENTS_ADMIN_PASSWORD", adminPassword);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Files.createDirectories(log.getParent());
        process = builder.start();
    }

    /** Waits until the node answers its readiness probe; fails when it exits or does not answer in time. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    boolean ready() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base().resolve("/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no released claims, requests cut off mid-way. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful shutdown that finishes requests and releases the node's segment claims. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
