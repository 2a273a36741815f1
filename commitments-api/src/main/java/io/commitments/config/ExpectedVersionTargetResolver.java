package io.commitments.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Optimistic concurrency for HTTP clients: a command carrying {@value #EXPECTED_VERSION} in its metadata
 * (from an {@code If-Match} header) only runs if the aggregate is still at that version; otherwise Axon
 * refuses it with a {@code ConflictingAggregateVersionException} and stores nothing.
 */
@Component
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        if (expected == null) {
            return target;
        }
        return new VersionedAggregateIdentifier(target.getIdentifierValue(),
                expected instanceof Number number ? number.longValue() : Long.parseLong(expected.toString()));
    }
}
