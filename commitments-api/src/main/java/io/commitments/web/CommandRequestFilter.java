package io.commitments.web;

import io.commitments.config.ViewConsistency;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
 */
@Component
class CommandRequestFilter extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

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
                            cachedResponse.getContentAsByteArray());
                }
                return Optional.empty();
            });
        } catch (CommandRequestFailure failure) {
            views.stopTracking();
            throw failure.unwrap();
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
        cachedResponse.copyBodyToResponse();
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
