package io.commitments.audit;

import io.commitments.config.ViewConsistency;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.projections.audit.LedgerChain;
import io.commitments.projections.audit.LedgerLinkProjection;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A partnership's tamper evidence over the database: checkpoints of its history as stored now, and verification
 * of that history against the ledger's links (recorded when each event was first projected) and, optionally,
 * against a checkpoint an auditor kept.
 */
@Component
public class Ledger {

    /** How long verification waits for the ledger to record an event it has not seen yet. */
    static final Duration LEDGER_CATCH_UP = Duration.ofSeconds(10);

    private final PartnershipHistory history;
    private final ViewConsistency views;
    private final Clock clock;

    Ledger(PartnershipHistory history, ViewConsistency views, Clock clock) {
        this.history = history;
        this.views = views;
        this.clock = clock;
    }

    /** The chain over the partnership's events as stored now; empty when it has none. */
    public Optional<Checkpoint> checkpoint(PartnershipId partnership) {
        LedgerChain chain = new LedgerChain();
        long[] count = {0};
        long[] last = {-1};
        history.forEach(partnership, (event, recorded) -> {
            chain.append(event);
            count[0]++;
            last[0] = event.globalIndex();
        });
        return count[0] == 0 ? Optional.empty()
                : Optional.of(new Checkpoint(last[0], chain.link(), count[0], clock.instant()));
    }

    /**
     * Recomputes the chain from the stored events and compares it with the ledger and the checkpoint, if any.
     * <p>
     * An event whose transaction committed after a later one's reaches the ledger after it, and until then
     * looks inserted. A fault found at a position the ledger has not passed yet is therefore no evidence: the
     * verification waits for the ledger to pass it and looks again.
     */
    public Verification verify(PartnershipId partnership, Checkpoint checkpoint) {
        Verification verification = verifyAsStoredNow(partnership, checkpoint);
        long deadline = System.nanoTime() + LEDGER_CATCH_UP.toNanos();
        while (!verification.valid() && !ledgerHasPassed(verification.firstBadPosition())) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || !views.awaitProcessed(LedgerLinkProjection.PROCESSING_GROUP,
                    verification.firstBadPosition(), left)) {
                return new Verification(false, verification.checkedEvents(), verification.firstBadPosition(),
                        "the ledger has not yet recorded the event at position " + verification.firstBadPosition()
                                + " (its processor is behind), so the history cannot be judged there yet:"
                                + " verify again later");
            }
            verification = verifyAsStoredNow(partnership, checkpoint);
        }
        return verification;
    }

    /**
     * Verifies every partnership's history against the ledger in one pass over the store: what an auditor runs to
     * vouch for the whole database, at the cost of reading it once, where verifying partnerships one by one reads
     * the store once each to find rows put in behind the application's back. Partnerships named in
     * {@code checkpoints} are also compared with theirs. A partnership found invalid is verified again on its own,
     * which waits for the ledger where it is only behind.
     */
    public StoreVerification verifyAll(Map<PartnershipId, Checkpoint> checkpoints) {
        Map<PartnershipId, ChainVerifier> verifiers = new HashMap<>();
        history.forEachOfAll((partnership, event, recorded) -> verifiers.computeIfAbsent(partnership,
                any -> new ChainVerifier(checkpoints.get(partnership))).accept(event, recorded));
        Map<PartnershipId, Long> lastRecorded = history.lastRecordedPositions();
        SortedSet<PartnershipId> partnerships = new TreeSet<>(Comparator.comparing(PartnershipId::value));
        partnerships.addAll(verifiers.keySet());
        partnerships.addAll(lastRecorded.keySet());
        partnerships.addAll(checkpoints.keySet());
        long checked = 0;
        List<StoreVerification.Invalid> invalid = new ArrayList<>();
        for (PartnershipId partnership : partnerships) {
            ChainVerifier verifier = verifiers.getOrDefault(partnership, new ChainVerifier(checkpoints.get(partnership)));
            Long last = verifier.lastPosition();
            Long recordedLast = lastRecorded.get(partnership);
            Verification verification = verifier.finish(recordedLast != null && (last == null || recordedLast > last)
                    ? history.recordedAfter(partnership, last) : null);
            if (!verification.valid()) {
                verification = verify(partnership, checkpoints.get(partnership));
            }
            checked += verification.checkedEvents();
            if (!verification.valid()) {
                invalid.add(new StoreVerification.Invalid(partnership, verification));
            }
        }
        return new StoreVerification(invalid.isEmpty(), checked, partnerships.size(), List.copyOf(invalid));
    }

    private Verification verifyAsStoredNow(PartnershipId partnership, Checkpoint checkpoint) {
        ChainVerifier verifier = new ChainVerifier(checkpoint);
        history.forEach(partnership, verifier::accept);
        return verifier.finish(history.recordedAfter(partnership, verifier.lastPosition()));
    }

    private boolean ledgerHasPassed(long position) {
        return views.hasProcessed(LedgerLinkProjection.PROCESSING_GROUP, position);
    }
}
