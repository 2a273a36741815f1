package io.commitments.security;

import com.jayway.jsonpath.JsonPath;
import io.commitments.support.IntegrationTestAccess;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Authentication, roles, accounts and the actor recorded with what people do. */
interface SecurityContract extends IntegrationTestAccess {

    String PASSWORD = "a-long-enough-password";

    default String registerOrganisation(String name) throws Exception {
        String body = mvc().perform(post("/api/organisations").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"%s\"}".formatted(name)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    default String registerPerson(String username, String organisationId, String role) throws Exception {
        String organisation = organisationId == null ? "null" : "\"" + organisationId + "\"";
        String body = mvc().perform(post("/api/people").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "Test Person", "password": "%s",
                                 "organisationId": %s, "roles": ["%s"]}""".formatted(username, PASSWORD, organisation, role)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    default void callWithoutCredentialsIsUnauthorizedWithProblemDetails() throws Exception {
        mvc().perform(get("/api/partnerships"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"commitments\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }

    @Test
    default void wrongPasswordIsUnauthorized() throws Exception {
        mvc().perform(get("/api/partnerships").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    /** Nothing exports Spring Security's per-filter observations, which cost a tenth of a read's CPU. */
    @Test
    default void requestsAreObservedButNotEachSecurityFilter() {
        ObservationRegistry registry = context().getBean(ObservationRegistry.class);
        assertThat(Observation.start("spring.security.filterchains", registry).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", registry).isNoop()).isFalse();
    }

    @Test
    default void healthNeedsNoSignIn() throws Exception {
        mvc().perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    default void metricsAreForAdministratorsOnly() throws Exception {
        mvc().perform(get("/actuator/metrics/commitments.read-your-writes.wait")).andExpect(status().isUnauthorized());
        String member = unique("metrics-member");
        registerPerson(member, registerOrganisation(unique("Hillside Practice")), "MEMBER");
        mvc().perform(get("/actuator/metrics").with(httpBasic(member, PASSWORD))).andExpect(status().isForbidden());

        mvc().perform(post("/api/organisations").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"%s\"}".formatted(unique("Metered Surgery"))))
                .andExpect(status().isCreated());
        mvc().perform(get("/actuator/metrics/commitments.read-your-writes.wait").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("commitments.read-your-writes.wait"))
                .andExpect(jsonPath("$.availableTags[?(@.tag == 'caught-up')]").exists());
    }

    @Test
    default void registeredPersonCanSignIn() throws Exception {
        String username = unique("amara");
        registerPerson(username, registerOrganisation(unique("Riverside Surgery")), "MEMBER");

        mvc().perform(get("/api/partnerships").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    default void memberCannotRegisterAPartnershipAndNothingIsStored() throws Exception {
        String username = unique("member");
        registerPerson(username, registerOrganisation(unique("Hillside Practice")), "MEMBER");
        long before = storedEventCount();

        mvc().perform(post("/api/partnerships").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Rogue\", \"decisionRule\": \"CONSENT\", \"quorum\": 1}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("auth.forbidden"));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void auditorChangesNothing() throws Exception {
        String username = unique("auditor");
        registerPerson(username, null, "AUDITOR");
        long before = storedEventCount();

        mvc().perform(post("/api/organisations").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Audit Ltd\"}"))
                .andExpect(status().isForbidden());
        mvc().perform(get("/api/organisations").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isOk());

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void takenUsernameIsAConflictAndStoresNothing() throws Exception {
        String username = unique("taken");
        registerPerson(username, null, "AUDITOR");
        long before = storedEventCount();

        mvc().perform(post("/api/people").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "Someone Else", "password": "%s",
                                 "roles": ["AUDITOR"]}""".formatted(username, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("person.username-taken"));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void memberWithoutOrganisationIsRejectedAndStoresNothing() throws Exception {
        long before = storedEventCount();

        mvc().perform(post("/api/people").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "%s", "displayName": "No Org", "password": "%s",
                                 "roles": ["MEMBER"]}""".formatted(unique("noorg"), PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));

        assertThat(storedEventCount()).isEqualTo(before);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM person_account WHERE display_name = 'No Org'")
                .query(Long.class).single()).isZero();
    }

    @Test
    default void passwordsAreHashedAndNeverInAnEvent() throws Exception {
        String username = unique("secretive");
        registerPerson(username, null, "AUDITOR");

        List<String> stored = jdbc().sql("SELECT payload FROM domain_event_entry")
                .query((row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8)).list();
        String hash = jdbc().sql("SELECT password_hash FROM person_account WHERE username = :u")
                .param("u", username).query(String.class).single();

        assertThat(stored).noneMatch(payload -> payload.contains(PASSWORD));
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    default void eventsRecordWhoIssuedTheCommand() throws Exception {
        String name = unique("Actor Check Surgery");
        registerOrganisation(name);

        String metadata = jdbc().sql("""
                        SELECT meta_data FROM domain_event_entry
                        WHERE payload_type = 'io.commitments.core.api.organisation.OrganisationRegisteredEvent'
                        ORDER BY global_index DESC""")
                .query((row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8)).list().get(0);

        assertThat(metadata).contains("\"actorUsername\":\"admin\"").contains("\"actorPersonId\":");
    }
}
