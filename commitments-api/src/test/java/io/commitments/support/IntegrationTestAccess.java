package io.commitments.support;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a contract interface (tests written once, run on H2 and on PostgreSQL) needs from the running
 * application.
 */
public interface IntegrationTestAccess {

    MockMvc mvc();

    JdbcClient jdbc();

    ApplicationContext context();

    long storedEventCount();
}
