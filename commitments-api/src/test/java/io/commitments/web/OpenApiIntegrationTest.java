package io.commitments.web;

import com.jayway.jsonpath.JsonPath;
import io.commitments.support.AbstractH2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI description is generated from the code and describes every API endpoint. */
class OpenApiIntegrationTest extends AbstractH2IntegrationTest {

    @Test
    void everyApiEndpointIsDescribed() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(json, "$.paths");

        Set<String> mapped = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandlerMethods().keySet().stream()
                .map(RequestMappingInfo::getPatternValues).flatMap(Set::stream)
                .filter(pattern -> pattern.startsWith("/api/"))
                .collect(Collectors.toSet());

        assertThat(mapped).isNotEmpty();
        assertThat(paths.keySet()).containsAll(mapped);
        assertThat(JsonPath.<String>read(json, "$.components.securitySchemes.basic.scheme")).isEqualTo("basic");
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
