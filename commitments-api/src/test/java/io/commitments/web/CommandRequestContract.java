package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import io.commitments.support.IntegrationTestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Idempotency-Key on POST: a retry gets the first response and stores nothing new. */
interface CommandRequestContract extends IntegrationTestAccess {

    private MvcResult registerOrganisation(String key, String name) throws Exception {
        return mvc().perform(post("/api/organisations").with(asAdmin()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\"}".formatted(name)))
                .andReturn();
    }

    @Test
    default void retryWithTheSameKeyGetsTheFirstResponseAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        MvcResult first = registerOrganisation(key, "Idempotent Surgery");
        long after = storedEventCount();

        MvcResult retry = registerOrganisation(key, "Idempotent Surgery");

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getStatus()).isEqualTo(201);
        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEventCount()).isEqualTo(after);
    }

    @Test
    default void sameKeyWithAnotherBodyIsUnprocessableAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        registerOrganisation(key, "First Body Surgery");
        long after = storedEventCount();

        mvc().perform(post("/api/organisations").with(asAdmin()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Second Body Surgery\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("request.idempotency-key-reused"));

        assertThat(storedEventCount()).isEqualTo(after);
    }

    @Test
    default void rejectedCommandDoesNotUseUpItsKey() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc().perform(post("/api/organisations").with(asAdmin()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest());

        mvc().perform(post("/api/organisations").with(asAdmin()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Corrected Surgery\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"));
    }

    @Test
    default void twentyConcurrentRetriesWithOneKeyStoreOneSetOfEvents() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Concurrent Surgery " + key;
        long before = storedEventCount();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Callable<MvcResult>> retries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                retries.add(() -> registerOrganisation(key, name));
            }
            Set<String> ids = new HashSet<>();
            for (Future<MvcResult> result : clients.invokeAll(retries)) {
                assertThat(result.get().getResponse().getStatus()).isEqualTo(201);
                ids.add(JsonPath.read(result.get().getResponse().getContentAsString(), "$.id"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(storedEventCount()).isEqualTo(before + 1);
    }
}
