package io.commitments.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The password encoder, remembering for a short while which presented password matched which stored hash.
 * HTTP Basic sends the password with every request, and checking it against a bcrypt hash costs about 90 ms of
 * CPU by design: without this, an API client is capped at about ten requests a second per core. A match is
 * remembered under the stored hash and a SHA-256 of the presented password (the password itself is never kept),
 * so a changed password (a new hash) is never matched from memory, and a wrong password always takes bcrypt's
 * full cost. Only matches are remembered, for {@code ttl}; at most {@code capacity} at once.
 */
final class RecentlyMatchedPasswords implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Instant> matched = new ConcurrentHashMap<>();

    RecentlyMatchedPasswords(PasswordEncoder encoder, Duration ttl, int capacity, Clock clock) {
        this.encoder = encoder;
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        String key = encodedPassword + ' ' + sha256(rawPassword);
        Instant now = clock.instant();
        Instant until = matched.get(key);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            if (matched.size() >= capacity) {
                matched.values().removeIf(expiry -> !now.isBefore(expiry));
                if (matched.size() >= capacity) {
                    matched.clear();
                }
            }
            matched.put(key, now.plus(ttl));
        } else {
            matched.remove(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private static String sha256(CharSequence raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
