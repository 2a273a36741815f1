package io.commitments.web;

import io.commitments.config.CommitDeadline;
import io.commitments.config.ViewConsistency;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Every command (a POST to the API) runs in one transaction: its events, the projections' lookup rows and
 * its {@code Idempotency-Key} record commit together or not at all. A retry with the same key and body
 * gets the first response and stores nothing; the same key with another body is refused with 422. Once
 * committed, the response waits until the views include the command's events (read-your-writes).
 * Bodies larger than {@code commitments.http.max-request-body} (256 KB) are refused with 413.
 * <p>
 * A controller whose answer is the resource's new state as the views show it cannot read the views inside
 * the transaction: they do not include the command's events before it commits. It hands an
 * {@link AnswerFromViews} to {@link #answerFromViews} instead, which is read once the views include them; with
 * an {@code Idempotency-Key} that answer is recorded just after, and a retry arriving in between is told to
 * try again (409). The command's own response is recorded with its events, as provisional: should the node die
 * before the answer from the views is recorded, a retry gets that provisional response once it is overdue
 * ({@code commitments.http.idempotency-answer-overdue}) rather than being told to try again for ever.
 */
@Component
class CommandRequestFilter extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String ANSWER_FROM_VIEWS = CommandRequestFilter.class.getName() + ".answerFromViews";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(CommandRequestFilter.class);

    private final TransactionTemplate transaction;
    private final IdempotencyKeys keys;
    private final ViewConsistency views;
    private final JsonMapper json;
    private final DataSize maxBody;

    CommandRequestFilter(TransactionTemplate transaction, IdempotencyKeys keys, ViewConsistency views, JsonMapper json,
                         HttpSettings settings) {
        this.maxBody = settings.maxRequestBody();
        this.transaction = transaction;
        this.keys = keys;
        this.views = views;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/api/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            problem(response, HttpStatus.BAD_REQUEST, "request.idempotency-key-invalid",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        if (request.getContentLengthLong() > maxBody.toBytes()) {
            tooLarge(response);
            return;
        }
        CachedBodyRequest cachedRequest;
        try {
            cachedRequest = new CachedBodyRequest(request, maxBody.toBytes());
        } catch (BodyTooLargeException e) {
            tooLarge(response);
            return;
        }
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        views.trackPublished();
        Optional<IdempotencyKeys.StoredResponse> earlier;
        try {
            earlier = transaction.execute(status -> {
                Optional<IdempotencyKeys.StoredResponse> stored = key == null ? Optional.empty()
                        : keys.claim(caller(), key, hash(request, cachedRequest.body()));
                if (stored.isPresent()) {
                    return stored;
                }
                handle(chain, cachedRequest, cachedResponse);
                if (cachedResponse.getStatus() >= 400) {
                    status.setRollbackOnly();
                } else if (key != null) {
                    keys.complete(caller(), key, cachedResponse.getStatus(),
                            cachedResponse.getHeader(HttpHeaders.LOCATION), cachedResponse.getContentType(),
                            cachedResponse.getContentAsByteArray(), answerFromViews(request) != null);
                }
                return Optional.empty();
            });
        } catch (CommandRequestFailure failure) {
            views.stopTracking();
            throw failure.unwrap();
        } catch (CommitDeadline.CommitTooLateException late) {
            views.stopTracking();
            log.warn("A command was rolled back: {}", late.getMessage());
            response.reset();
            problem(response, HttpStatus.SERVICE_UNAVAILABLE, "request.too-slow",
                    "the command took too long to be stored safely and was not stored; try again");
            return;
        }
        if (earlier != null && earlier.isPresent()) {
            views.stopTracking();
            replay(earlier.get(), hash(request, cachedRequest.body()), response);
            return;
        }
        if (cachedResponse.getStatus() < 400) {
            views.awaitPublished();
        }
        views.stopTracking();
        AnswerFromViews answer = answerFromViews(request);
        if (answer != null && cachedResponse.getStatus() < 400) {
            write(answer, cachedResponse);
            if (key != null) {
                transaction.executeWithoutResult(status -> keys.complete(caller(), key, cachedResponse.getStatus(),
                        cachedResponse.getHeader(HttpHeaders.LOCATION), cachedResponse.getContentType(),
                        cachedResponse.getContentAsByteArray(), false));
            }
        }
        cachedResponse.copyBodyToResponse();
    }

    /** The answer of a command that succeeded, to be read from the views once they include its events. */
    @FunctionalInterface
    interface AnswerFromViews {
        ResponseEntity<?> read();
    }

    /** Called by a controller handling a command: its response is to be the given answer. */
    static void answerFromViews(HttpServletRequest request, AnswerFromViews answer) {
        request.setAttribute(ANSWER_FROM_VIEWS, answer);
    }

    private static AnswerFromViews answerFromViews(HttpServletRequest request) {
        return (AnswerFromViews) request.getAttribute(ANSWER_FROM_VIEWS);
    }

    private void write(AnswerFromViews answer, ContentCachingResponseWrapper response) throws IOException {
        ResponseEntity<?> entity;
        try {
            entity = answer.read();
        } catch (RuntimeException e) {
            log.warn("The command succeeded but its answer could not be read from the views", e);
            return;
        }
        response.resetBuffer();
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
        if (entity.getBody() != null) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(entity.getBody()));
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        problem(response, HttpStatus.CONTENT_TOO_LARGE, "request.too-large",
                "the request body is larger than " + maxBody.toKilobytes() + " KB");
    }

    private static void handle(FilterChain chain, CachedBodyRequest request, ContentCachingResponseWrapper response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new CommandRequestFailure(e);
        }
    }

    private void replay(IdempotencyKeys.StoredResponse stored, String requestHash, HttpServletResponse response)
            throws IOException {
        if (!stored.requestHash().equals(requestHash)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "request.idempotency-key-reused",
                    "this Idempotency-Key was used for a different request");
            return;
        }
        if (stored.status() == 0 || stored.answering()) {
            problem(response, HttpStatus.CONFLICT, "request.in-progress",
                    "the first request with this Idempotency-Key is still being answered; try again");
            return;
        }
        response.setStatus(stored.status());
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        ProblemDetail problem = ApiExceptionHandler.problem(status, code, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Carries a checked failure of the filter chain out of the transaction callback. */
    private static final class CommandRequestFailure extends RuntimeException {
        CommandRequestFailure(Exception cause) {
            super(cause);
        }

        IOException unwrap() throws ServletException {
            if (getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            return (IOException) getCause();
        }
    }

    /** A body longer than the limit, found while reading it (no Content-Length, or a false one). */
    private static final class BodyTooLargeException extends IOException {
    }

    /** A request whose body can be read twice: once to hash it, once by the controller. */
    private static final class CachedBodyRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, long maxBytes) throws IOException {
            super(request);
            byte[] read = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (read.length > maxBytes) {
                throw new BodyTooLargeException();
            }
            this.body = read;
        }

        byte[] body() {
            return body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
