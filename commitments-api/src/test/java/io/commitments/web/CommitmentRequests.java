package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import io.commitments.support.IntegrationTestAccess;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Commitments made and acted on over HTTP, for the contracts that test the commitment endpoints and views. */
interface CommitmentRequests extends IntegrationTestAccess {

    default LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    default String request(CommitmentWorld world, RequestPostProcessor as, String performer, LocalDate dueDate)
            throws Exception {
        String body = mvc().perform(post("/api/partnerships/{pid}/commitments", world.partnershipId()).with(as)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"performerOrganisationId": "%s", "description": "Share the winter rota",
                                 "dueDate": "%s", "conditionsOfSatisfaction": "Rota covers every weekend"}"""
                                .formatted(performer, dueDate)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    default ResultActions act(RequestPostProcessor as, String id, String action, String body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/commitments/{id}/{action}", id, action).with(as);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc().perform(request);
    }

    default ResultActions act(RequestPostProcessor as, String id, String action) throws Exception {
        return act(as, id, action, null);
    }

    default String promised(CommitmentWorld world) throws Exception {
        String id = request(world, world.memberA(), world.orgB(), today().plusDays(30));
        act(world.memberB(), id, "promise").andExpect(status().isOk());
        return id;
    }
}
