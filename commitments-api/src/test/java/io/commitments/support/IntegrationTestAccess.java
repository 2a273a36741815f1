package io.commitments.support;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * What a contract interface (tests written once, run on H2 and on PostgreSQL) needs from the running
 * application.
 */
public interface IntegrationTestAccess {

    String ADMIN_PASSWORD = "integration-admin-secret";

    /** Signs the request in as the administrator created on first start. */
    default RequestPostProcessor asAdmin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }

    MockMvc mvc();

    JdbcClient jdbc();

    ApplicationContext context();

    long storedEventCount();
}
