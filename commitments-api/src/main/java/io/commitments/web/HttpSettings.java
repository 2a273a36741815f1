package io.commitments.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param maxRequestBody           the largest command body the API reads; larger ones are refused with 413
 * @param concurrentChangeAttempts how often a command that lost a race for its aggregate (another node or
 *                                 thread stored the aggregate's next event first) is run in all, each time on the
 *                                 state the winner left, before it is answered 409 {@code request.concurrent-change}
 * @param idempotencyAnswerOverdue how long a retry of a command answered from the views is told to wait (409
 *                                 {@code request.in-progress}) for the first request's answer; after that the
 *                                 first request is taken to have died after committing (a node killed), and the
 *                                 retry gets the response the command gave with its events
 */
@ConfigurationProperties("commitments.http")
public record HttpSettings(@DefaultValue("256KB") DataSize maxRequestBody,
                           @DefaultValue("3") int concurrentChangeAttempts,
                           @DefaultValue("30s") Duration idempotencyAnswerOverdue) {
}
