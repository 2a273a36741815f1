package io.commitments.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.commitments.support.AbstractH2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With a key configured, bearer JWTs sign people in; their roles are the application's, not the token's. */
class BearerTokenIntegrationTest extends AbstractH2IntegrationTest {

    private static final KeyPair TRUSTED = rsaKeys();
    private static final KeyPair STRANGER = rsaKeys();

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKeyFile(TRUSTED));
    }

    private static String token(KeyPair keys, String username, Instant expires) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject(username).claim("roles", "ADMIN").issueTime(new Date())
                .expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    @Test
    void aValidTokenSignsTheNamedPersonInAndTheirCommandsAreRecordedAsTheirs() throws Exception {
        String bearer = "Bearer " + token(TRUSTED, "admin", Instant.now().plusSeconds(300));

        mvc.perform(get("/api/organisations").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(post("/api/organisations").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Token Surgery\"}"))
                .andExpect(status().isCreated());

        String metadata = jdbc.sql("""
                        SELECT meta_data FROM domain_event_entry
                        WHERE payload_type = 'io.commitments.core.api.organisation.OrganisationRegisteredEvent'
                        ORDER BY global_index DESC""")
                .query((row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8)).list().get(0);
        assertThat(metadata).contains("\"actorUsername\":\"admin\"");
    }

    @Test
    void aTokenCannotGrantARoleThePersonDoesNotHave() throws Exception {
        PersonRegistration people = context.getBean(PersonRegistration.class);
        people.register("auditor-with-token", "Auditor", "a-long-enough-password", null,
                java.util.Set.of(io.commitments.core.api.person.Role.AUDITOR));
        long before = storedEventCount();

        mvc.perform(post("/api/organisations")
                        .header("Authorization", "Bearer " + token(TRUSTED, "auditor-with-token", Instant.now().plusSeconds(300)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Escalation Ltd\"}"))
                .andExpect(status().isForbidden());

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    void expiredForeignOrUnknownTokensAreUnauthorized() throws Exception {
        mvc.perform(get("/api/organisations")
                        .header("Authorization", "Bearer " + token(TRUSTED, "admin", Instant.now().minusSeconds(600))))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/organisations")
                        .header("Authorization", "Bearer " + token(STRANGER, "admin", Instant.now().plusSeconds(300))))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/organisations")
                        .header("Authorization", "Bearer " + token(TRUSTED, "nobody-we-know", Instant.now().plusSeconds(300))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void basicAuthenticationStillWorks() throws Exception {
        mvc.perform(get("/api/organisations").with(asAdmin())).andExpect(status().isOk());
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKeyFile(KeyPair keys) {
        try {
            Path file = Files.createTempFile("commitments-test-jwt", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return "file:" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
