package io.commitments.reliability;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The API as a client sees it: HTTP Basic, JSON bodies, problem details with a {@code code}. */
final class Client {

    /** An answer: its status, its problem code when it is a problem, and its body. */
    record Response(int status, String code, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Duration timeout;

    Client(Duration timeout) {
        this.timeout = timeout;
    }

    Response post(URI node, String path, String user, String password, Object body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path))
                .timeout(timeout)
                .header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    Response get(URI node, String path, String user, String password) throws IOException, InterruptedException {
        return answer(http.send(HttpRequest.newBuilder(node.resolve(path)).timeout(timeout)
                .header("Authorization", basic(user, password)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A setup step that must succeed: its body, or a failure naming the answer. */
    JsonNode expect(Response response, String what) {
        if (!response.ok()) {
            throw new IllegalStateException(what + " failed: " + response.status() + " " + response.body());
        }
        return response.body();
    }

    private static Response answer(HttpResponse<String> response) {
        JsonNode body = null;
        if (response.body() != null && !response.body().isBlank()) {
            try {
                body = JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                body = JSON.getNodeFactory().textNode(response.body());
            }
        }
        String code = body != null && body.has("code") ? body.get("code").asString() : null;
        return new Response(response.statusCode(), code, body);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
