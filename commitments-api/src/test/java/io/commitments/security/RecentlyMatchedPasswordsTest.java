package io.commitments.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Remembered matches save bcrypt's cost for the same password and hash only, and only for a while. */
class RecentlyMatchedPasswordsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash-of-" + raw);
        }
    };
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final RecentlyMatchedPasswords passwords = new RecentlyMatchedPasswords(counting, Duration.ofMinutes(1), 100, clock);

    @Test
    void aPasswordThatMatchedIsNotCheckedAgainWithinTheTtl() {
        assertThat(passwords.matches("secret", "hash-of-secret")).isTrue();
        assertThat(passwords.matches("secret", "hash-of-secret")).isTrue();

        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverMatches() {
        passwords.matches("secret", "hash-of-secret");

        assertThat(passwords.matches("guess", "hash-of-secret")).isFalse();
        assertThat(passwords.matches("guess", "hash-of-secret")).isFalse();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aChangedPasswordIsNeverMatchedFromMemory() {
        passwords.matches("secret", "hash-of-secret");

        assertThat(passwords.matches("secret", "hash-of-new-secret")).isFalse();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aMatchIsCheckedAgainOnceTheTtlHasPassed() {
        passwords.matches("secret", "hash-of-secret");
        now = now.plus(Duration.ofSeconds(61));

        assertThat(passwords.matches("secret", "hash-of-secret")).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void memoryStaysWithinItsCapacity() {
        RecentlyMatchedPasswords small = new RecentlyMatchedPasswords(counting, Duration.ofMinutes(1), 2, clock);
        small.matches("a", "hash-of-a");
        small.matches("b", "hash-of-b");
        small.matches("c", "hash-of-c");

        assertThat(small.matches("c", "hash-of-c")).isTrue();
        assertThat(small.matches("a", "hash-of-a")).isTrue();
        assertThat(checks).hasValue(4);
    }
}
