package io.commitments.security;

import com.jayway.jsonpath.JsonPath;
import io.commitments.core.api.person.Role;
import io.commitments.support.AbstractH2IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Role x endpoint, for every endpoint of the application's own mappings: each cell is either let through
 * by the role rules of API.md or refused with 401/403, and a refused call stores no event. (Whether a
 * MEMBER may act for a given organisation is the aggregates' rule, tested with each endpoint.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTest extends AbstractH2IntegrationTest {

    private static final String PASSWORD = "a-long-enough-password";
    /** Commands only an administrator may send. */
    private static final List<Pattern> ADMIN_ONLY = List.of(
            Pattern.compile("POST /api/organisations"), Pattern.compile("POST /api/people"),
            Pattern.compile("POST /api/partnerships"), Pattern.compile("POST /api/partnerships/\\{[^}]+}/members"),
            Pattern.compile("POST /api/partnerships/\\{[^}]+}/coordinators"), Pattern.compile("[A-Z]+ /api/admin/.*"));
    /** Commands an auditor may send: verifying the ledger changes nothing. */
    private static final List<Pattern> AUDITOR_MAY_POST = List.of(
            Pattern.compile("POST /api/partnerships/\\{[^}]+}/ledger/verify"));

    /** Reads only auditors and administrators may ask for: the whole store's verification. */
    private static final List<Pattern> AUDITORS_AND_ADMINS_ONLY = List.of(Pattern.compile("POST /api/ledger/verify"));

    private String organisation;

    @BeforeAll
    void people() throws Exception {
        String body = mvc.perform(request(HttpMethod.POST, "/api/organisations").with(asAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Matrix Surgery\"}"))
                .andReturn().getResponse().getContentAsString();
        organisation = JsonPath.read(body, "$.id");
        PersonRegistration people = context.getBean(PersonRegistration.class);
        people.register("matrix-coordinator", "Coordinator", PASSWORD, null, Set.of(Role.COORDINATOR));
        people.register("matrix-member", "Member", PASSWORD, io.commitments.core.api.party.OrganisationId.of(organisation),
                Set.of(Role.MEMBER));
        people.register("matrix-auditor", "Auditor", PASSWORD, null, Set.of(Role.AUDITOR));
    }

    private record Endpoint(RequestMethod method, String pattern) {
        String signature() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class).getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(new Endpoint(method, pattern)));
                }
            }
        }
        return endpoints;
    }

    /** Whether the role rules let the role through; empty for a caller who is not signed in. */
    private static boolean allowed(Optional<Role> role, Endpoint endpoint) {
        if (role.isEmpty()) {
            return false;
        }
        if (ADMIN_ONLY.stream().anyMatch(rule -> rule.matcher(endpoint.signature()).matches())) {
            return role.get() == Role.ADMIN;
        }
        if (AUDITORS_AND_ADMINS_ONLY.stream().anyMatch(rule -> rule.matcher(endpoint.signature()).matches())) {
            return role.get() == Role.ADMIN || role.get() == Role.AUDITOR;
        }
        return switch (role.get()) {
            case ADMIN, COORDINATOR, MEMBER -> true;
            case AUDITOR -> endpoint.method() == RequestMethod.GET
                    || AUDITOR_MAY_POST.stream().anyMatch(rule -> rule.matcher(endpoint.signature()).matches());
        };
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryEndpointIsLetThroughOrRefusedAsApiMdSays() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(5);
        List<Optional<Role>> callers = List.of(Optional.empty(), Optional.of(Role.ADMIN), Optional.of(Role.COORDINATOR),
                Optional.of(Role.MEMBER), Optional.of(Role.AUDITOR));
        return endpoints.stream().flatMap(endpoint -> callers.stream().map(caller -> DynamicTest.dynamicTest(
                caller.map(Role::name).orElse("anonymous") + " " + endpoint.signature(), () -> {
                    long before = storedEventCount();
                    MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(endpoint.method().name()),
                            endpoint.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()))
                            .contentType(MediaType.APPLICATION_JSON).content("{}");
                    caller.ifPresent(role -> call.with(role == Role.ADMIN ? asAdmin()
                            : httpBasic("matrix-" + role.name().toLowerCase(), PASSWORD)));

                    MvcResult result = mvc.perform(call).andReturn();

                    int status = result.getResponse().getStatus();
                    boolean refusedByRole = status == 401 || status == 403
                            && result.getResponse().getContentAsString().contains("\"auth.");
                    assertThat(refusedByRole).as("refused by role (status %d)", status).isEqualTo(!allowed(caller, endpoint));
                    if (refusedByRole) {
                        assertThat(storedEventCount()).isEqualTo(before);
                    }
                })));
    }
}
