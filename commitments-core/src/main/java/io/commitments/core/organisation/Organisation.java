package io.commitments.core.organisation;

import io.commitments.core.api.Require;
import io.commitments.core.api.organisation.OrganisationRegisteredEvent;
import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.party.OrganisationId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An organisation that can be a member of partnerships. */
@Aggregate
public class Organisation {

    @AggregateIdentifier
    private OrganisationId organisationId;

    protected Organisation() {
    }

    @CommandHandler
    public Organisation(RegisterOrganisationCommand command) {
        apply(new OrganisationRegisteredEvent(command.organisationId(), Require.name("name", command.name())));
    }

    @EventSourcingHandler
    void on(OrganisationRegisteredEvent event) {
        this.organisationId = event.organisationId();
    }
}
