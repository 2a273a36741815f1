package io.commitments;

import io.commitments.audit.OfflineVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Commitments: the HTTP API over the event store and its projections. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommitmentsApplication {

    /** Starts the application; {@code verify ...} instead verifies an export offline, without Spring or a database. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            OfflineVerifier.main(args);
            return;
        }
        SpringApplication.run(CommitmentsApplication.class, args);
    }
}
