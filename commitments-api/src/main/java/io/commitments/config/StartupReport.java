package io.commitments.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Tells a newcomer, once the application is ready, where it listens and which database it uses. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;

    StartupReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        String database = describeDatabase();
        if (ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            log.info("Commitments is listening on http://localhost:{}/ (health: http://localhost:{}/actuator/health)",
                    port, port);
        }
        log.info("Commitments stores its events in {}", database);
    }

    private String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion()
                    + " at " + withoutCredentials(metaData.getURL());
        } catch (SQLException e) {
            return "a database that cannot be described (" + e.getMessage() + ")";
        }
    }

    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }
}
