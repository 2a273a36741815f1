package io.commitments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Commitments: the HTTP API over the event store and its projections. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommitmentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitmentsApplication.class, args);
    }
}
