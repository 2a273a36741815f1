package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import io.commitments.config.ViewConsistency;
import io.commitments.support.IntegrationTestAccess;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The first vertical slice: command, event, projection, query, end to end over HTTP. */
interface PartnershipRegistrationContract extends IntegrationTestAccess {

    @Test
    default void registeredPartnershipIsListedAndCanBeRead() throws Exception {
        String name = "North Valley PCN " + UUID.randomUUID();
        long waitsBefore = readYourWritesWaits();
        MvcResult created = mvc().perform(post("/api/partnerships").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "decisionRule": "MAJORITY", "quorum": 3}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/partnerships/")))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/partnerships/" + id);

        // read-your-writes: the response to the command came only once the views included it, and the wait is measured
        assertThat(readYourWritesWaits()).isGreaterThan(waitsBefore);
        mvc().perform(get("/api/partnerships/{id}", id).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.decisionRule").value("MAJORITY"))
                .andExpect(jsonPath("$.quorum").value(3));
        mvc().perform(get("/api/partnerships").with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].name".formatted(id)).value(name));
    }

    private long readYourWritesWaits() {
        return context().getBean(MeterRegistry.class).get(ViewConsistency.WAIT_TIMER).tag("caught-up", "true").timer().count();
    }

    @Test
    default void missingNameIsRejectedWithProblemDetailsAndStoresNothing() throws Exception {
        long before = storedEventCount();

        mvc().perform(post("/api/partnerships").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decisionRule\": \"CONSENT\", \"quorum\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void malformedJsonIsRejectedWithProblemDetailsAndStoresNothing() throws Exception {
        long before = storedEventCount();

        mvc().perform(post("/api/partnerships").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Broken"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.status").value(400));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void unknownDecisionRuleNamesTheFieldAndStoresNothing() throws Exception {
        long before = storedEventCount();

        mvc().perform(post("/api/partnerships").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\", \"decisionRule\": \"SOMETIMES\", \"quorum\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.malformed"))
                .andExpect(jsonPath("$.detail").value(startsWith("decisionRule")));

        assertThat(storedEventCount()).isEqualTo(before);
    }

    @Test
    default void unknownPartnershipIsNotFound() throws Exception {
        mvc().perform(get("/api/partnerships/{id}", UUID.randomUUID()).with(asAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partnership.not-found"));
    }

    @Test
    default void healthIsUp() throws Exception {
        mvc().perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
