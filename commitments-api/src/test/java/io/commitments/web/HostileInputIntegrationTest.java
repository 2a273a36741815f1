package io.commitments.web;

import io.commitments.support.AbstractH2IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every API endpoint, found from the application's own mappings, meets hostile input: malformed JSON,
 * wrong types, unknown enum values, huge bodies, invalid UUIDs and dates. Each gets a 4xx with problem
 * details, never a 5xx, and stores nothing.
 */
class HostileInputIntegrationTest extends AbstractH2IntegrationTest {

    private static final String WRONG_TYPES = """
            {"name": 5, "quorum": "many", "decisionRule": "SOMETIMES", "dueDate": "yesterday",
             "scheduledFor": "soon", "position": "MAYBE", "status": "FINE", "organisationId": "not-a-uuid",
             "performerOrganisationId": 17, "toOrganisationId": [], "personId": {}, "roles": "ADMIN",
             "attendance": "everyone", "outcomes": 3, "agenda": {"a": 1}, "reason": ["x"], "note": {},
             "description": 1.5, "statement": true, "minutes": [], "username": 12, "password": 3,
             "supersededBy": "nope", "checkpoint": "nope", "version": "v"}""";

    private record Endpoint(RequestMethod method, String pattern) {
        String path(String variable) {
            return pattern.replaceAll("\\{[^}]+}", variable);
        }

        boolean hasVariables() {
            return pattern.contains("{");
        }
    }

    private List<Endpoint> endpoints() {
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || pattern.startsWith("/api/admin/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(method, pattern));
                }
            }
        }
        return endpoints;
    }

    @TestFactory
    Stream<DynamicTest> hostileInputIsRefusedWithProblemDetailsAndStoresNothing() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("API endpoints found").hasSizeGreaterThanOrEqualTo(5);
        return endpoints.stream().flatMap(endpoint -> {
            String path = endpoint.path(UUID.randomUUID().toString());
            List<DynamicTest> tests = new ArrayList<>();
            if (endpoint.hasVariables()) {
                tests.add(check(endpoint, "an invalid UUID", request(HttpMethod.valueOf(endpoint.method().name()),
                        endpoint.path("not-a-uuid")).contentType(MediaType.APPLICATION_JSON).content("{}"), false));
            }
            if (endpoint.method() == RequestMethod.POST) {
                Map<String, String> bodies = Map.of(
                        "malformed JSON", "{\"name\": ",
                        "an array for an object", "[1, 2, 3]",
                        "wrong types and unknown enum values", WRONG_TYPES,
                        "a huge string", "{\"name\": \"" + "x".repeat(300_000) + "\"}");
                bodies.forEach((what, body) -> tests.add(check(endpoint, what,
                        request(HttpMethod.POST, path).contentType(MediaType.APPLICATION_JSON).content(body), true)));
            } else {
                tests.add(check(endpoint, "invalid dates and numbers in the query",
                        request(HttpMethod.valueOf(endpoint.method().name()), path)
                                .param("from", "last-tuesday").param("to", "2026-13-45").param("asOf", "then")
                                .param("atPosition", "-x").param("limit", "lots").param("fromPosition", "first")
                                .param("overdue", "perhaps").param("interval", "FORTNIGHT"), false));
            }
            return tests.stream();
        });
    }

    private DynamicTest check(Endpoint endpoint, String what, MockHttpServletRequestBuilder request, boolean isCommand) {
        return DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " with " + what, () -> {
            long before = storedEventCount();

            MvcResult result = mvc.perform(request.with(asAdmin())).andReturn();

            int status = result.getResponse().getStatus();
            assertThat(status).as("status").isLessThan(500);
            if (isCommand || status >= 400) {
                assertThat(status).as("a refusal").isBetween(400, 499);
                assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(result.getResponse().getContentAsString()).contains("\"code\"")
                        .doesNotContain("Exception").doesNotContain("at io.").doesNotContain("SQL");
            }
            assertThat(storedEventCount()).isEqualTo(before);
        });
    }
}
