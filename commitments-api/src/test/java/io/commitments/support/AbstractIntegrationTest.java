package io.commitments.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Boots the whole application once per database on a freshly migrated schema. Subclasses pick the
 * database ({@link AbstractH2IntegrationTest}, {@link AbstractPostgresIntegrationTest}); tests share the
 * context, so each test makes its own data and never assumes the tables are empty.
 */
@SpringBootTest(properties = {"spring.flyway.clean-disabled=false",
        "commitments.admin.password=" + IntegrationTestAccess.ADMIN_PASSWORD})
@AutoConfigureMockMvc
@Import(CleanDatabaseConfiguration.class)
public abstract class AbstractIntegrationTest implements IntegrationTestAccess {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public MockMvc mvc() {
        return mvc;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public long storedEventCount() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }
}
