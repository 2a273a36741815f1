package io.commitments.audit;

import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.projections.audit.LedgerChain;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * A partnership's tamper evidence over the database: checkpoints of its history as stored now, and verification
 * of that history against the ledger's links (recorded when each event was first projected) and, optionally,
 * against a checkpoint an auditor kept.
 */
@Component
public class Ledger {

    private final PartnershipHistory history;
    private final Clock clock;

    Ledger(PartnershipHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The chain over the partnership's events as stored now; empty when it has none. */
    public Optional<Checkpoint> checkpoint(PartnershipId partnership) {
        String[] link = {LedgerChain.GENESIS};
        long[] count = {0};
        long[] last = {-1};
        history.forEach(partnership, (event, recorded) -> {
            link[0] = LedgerChain.link(link[0], event);
            count[0]++;
            last[0] = event.globalIndex();
        });
        return count[0] == 0 ? Optional.empty()
                : Optional.of(new Checkpoint(last[0], link[0], count[0], clock.instant()));
    }

    /** Recomputes the chain from the stored events and compares it with the ledger and the checkpoint, if any. */
    public Verification verify(PartnershipId partnership, Checkpoint checkpoint) {
        ChainVerifier verifier = new ChainVerifier(checkpoint);
        history.forEach(partnership, verifier::accept);
        return verifier.finish(history.recordedAfter(partnership, verifier.lastPosition()));
    }
}
