package io.commitments.projections.audit;

import io.commitments.core.api.partnership.PartnershipEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records each partnership's hash chain ({@link LedgerChain}) as its events are first projected: the evidence
 * that verification later compares the stored events with. Its processor has one segment, so it sees events in
 * the order of their positions (a chain is sequential by nature; see the README). Never replayed: a rebuild
 * would chain whatever is stored by then, tampering included.
 * <p>
 * An event whose transaction committed after a later one (a gap Axon filled late) arrives after it; the
 * partnership's links from that position on are then chained again, in position order, from the stored rows.
 */
@Component
@DisallowReplay
@ProcessingGroup(LedgerLinkProjection.PROCESSING_GROUP)
public class LedgerLinkProjection {

    public static final String PROCESSING_GROUP = "ledger";

    private record Link(long globalIndex, long eventCount, String link) {
    }

    private final JdbcClient jdbc;

    public LedgerLinkProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipEvent event, EventMessage<?> message) {
        UUID partnership = event.partnershipId().value();
        StoredEvent stored = jdbc.sql("SELECT " + StoredEvent.columns("d")
                        + " FROM domain_event_entry d WHERE d.event_identifier = :id")
                .param("id", message.getIdentifier())
                .query((row, n) -> StoredEvent.read(row))
                .single();
        Optional<Link> last = last(partnership, Long.MAX_VALUE);
        if (last.isEmpty() || last.get().globalIndex() < stored.globalIndex()) {
            append(partnership, last, stored);
            return;
        }
        boolean recorded = jdbc.sql("SELECT COUNT(*) FROM ledger_link WHERE partnership_id = :p AND global_index = :i")
                .param("p", partnership).param("i", stored.globalIndex()).query(Long.class).single() > 0;
        if (!recorded) {
            chainAgainFrom(partnership, stored.globalIndex());
        }
    }

    private void chainAgainFrom(UUID partnership, long globalIndex) {
        List<Long> later = jdbc.sql("""
                        SELECT global_index FROM ledger_link WHERE partnership_id = :p AND global_index > :i
                        ORDER BY global_index""")
                .param("p", partnership).param("i", globalIndex).query(Long.class).list();
        jdbc.sql("DELETE FROM ledger_link WHERE partnership_id = :p AND global_index > :i")
                .param("p", partnership).param("i", globalIndex).update();
        List<Long> positions = new java.util.ArrayList<>(later.size() + 1);
        positions.add(globalIndex);
        positions.addAll(later);
        for (long position : positions) {
            StoredEvent stored = jdbc.sql("SELECT " + StoredEvent.columns("d")
                            + " FROM domain_event_entry d WHERE d.global_index = :i")
                    .param("i", position)
                    .query((row, n) -> StoredEvent.read(row))
                    .single();
            append(partnership, last(partnership, position), stored);
        }
    }

    private Optional<Link> last(UUID partnership, long before) {
        return jdbc.sql("""
                        SELECT global_index, event_count, link FROM ledger_link
                        WHERE partnership_id = :p AND global_index < :before
                        ORDER BY global_index DESC LIMIT 1""")
                .param("p", partnership).param("before", before)
                .query((row, n) -> new Link(row.getLong(1), row.getLong(2), row.getString(3)))
                .optional();
    }

    private void append(UUID partnership, Optional<Link> previous, StoredEvent stored) {
        jdbc.sql("""
                        INSERT INTO ledger_link (partnership_id, global_index, previous_index, event_count, link)
                        VALUES (:p, :i, :previous, :count, :link)""")
                .param("p", partnership)
                .param("i", stored.globalIndex())
                .param("previous", previous.map(Link::globalIndex).orElse(null))
                .param("count", previous.map(Link::eventCount).orElse(0L) + 1)
                .param("link", LedgerChain.link(previous.map(Link::link).orElse(LedgerChain.GENESIS), stored))
                .update();
    }
}
