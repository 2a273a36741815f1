package io.commitments.core.partnership;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.Require;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A partnership of member organisations: its decision rule, quorum, members and coordinators. */
@Aggregate
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;

    protected Partnership() {
    }

    @CommandHandler
    public Partnership(RegisterPartnershipCommand command) {
        String name = Require.name("name", command.name());
        Require.present("decisionRule", command.decisionRule());
        if (command.quorum() < 1) {
            throw new InvalidCommandException("quorum", "quorum must be at least 1 member present");
        }
        apply(new PartnershipRegisteredEvent(command.partnershipId(), name, command.decisionRule(),
                command.quorum()));
    }

    @EventSourcingHandler
    void on(PartnershipRegisteredEvent event) {
        this.partnershipId = event.partnershipId();
    }
}
