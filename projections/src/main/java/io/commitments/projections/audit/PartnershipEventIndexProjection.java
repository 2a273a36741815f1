package io.commitments.projections.audit;

import io.commitments.core.api.partnership.PartnershipEvent;
import io.commitments.projections.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Indexes every stored event by the partnership it belongs to ({@link PartnershipEvent}), or none, so that a
 * partnership's history is read in order by position without scanning the event store. Every event gets a row,
 * with its identifier: a row of the event store that has none was never seen by the application.
 */
@Component
@ProcessingGroup(PartnershipEventIndexProjection.PROCESSING_GROUP)
public class PartnershipEventIndexProjection {

    public static final String PROCESSING_GROUP = "partnership-events";

    private final ViewTables tables;

    public PartnershipEventIndexProjection(ViewTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        UUID partnership = payload instanceof PartnershipEvent event ? event.partnershipId().value() : null;
        tables.write("""
                        INSERT INTO partnership_event (global_index, event_identifier, partnership_id)
                        SELECT global_index, event_identifier, CAST(:partnership AS UUID) FROM domain_event_entry
                        WHERE event_identifier = :id""")
                .param("partnership", partnership)
                .param("id", message.getIdentifier())
                .update();
    }

    @ResetHandler
    void reset() {
        tables.write("DELETE FROM partnership_event").update();
    }
}
