package io.commitments.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody           the largest command body the API reads; larger ones are refused with 413
 * @param concurrentChangeAttempts how often a command that lost a race for its aggregate (another node or
 *                                 thread stored the aggregate's next event first) is run in all, each time on the
 *                                 state the winner left, before it is answered 409 {@code request.concurrent-change}
 */
@ConfigurationProperties("commitments.http")
public record HttpSettings(@DefaultValue("256KB") DataSize maxRequestBody,
                           @DefaultValue("3") int concurrentChangeAttempts) {
}
