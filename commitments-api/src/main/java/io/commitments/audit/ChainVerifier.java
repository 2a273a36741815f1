package io.commitments.audit;

import io.commitments.projections.audit.LedgerChain;
import io.commitments.projections.audit.StoredEvent;

import java.util.Objects;

/**
 * Verifies a partnership's history event by event, in position order, in constant memory; the same rules for the
 * database ({@link Ledger}) and for an export ({@link OfflineVerifier}). It recomputes the chain
 * ({@link LedgerChain}) and compares it with
 * <ul>
 *   <li>the ledger's record of each event when it was first projected: a changed or swapped event no longer
 *   gives the recorded link, a deleted one leaves its successor pointing at a position that is gone, an
 *   inserted one has no record while events after it do;</li>
 *   <li>a checkpoint, when given: the event at its position must be there, with its hash and count; a history
 *   that ends or skips past that position is cut short.</li>
 * </ul>
 * Events after the last recorded one (the ledger has not caught up yet) are checked against the checkpoint only.
 */
public final class ChainVerifier {

    private final Checkpoint checkpoint;
    private final LedgerChain chain = new LedgerChain();
    private long count;
    private Long lastPosition;
    private Long firstUnrecorded;
    private boolean checkpointReached;
    private Long badPosition;
    private String problem;

    public ChainVerifier(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** Takes the next event and the ledger's record of it (null if none); false once the history is known bad. */
    public boolean accept(StoredEvent event, HistoryEntry.Recorded recorded) {
        if (badPosition != null) {
            return false;
        }
        long position = event.globalIndex();
        if (lastPosition != null && position <= lastPosition) {
            return bad(position, "event at position " + position + " comes after position " + lastPosition
                    + ": the history is out of order");
        }
        if (checkpoint != null && !checkpointReached && position > checkpoint.position()) {
            return bad(checkpoint.position(), "there is no event at the checkpoint's position "
                    + checkpoint.position() + ": the history was cut or changed before it");
        }
        chain.append(event);
        count++;
        if (recorded == null) {
            if (firstUnrecorded == null) {
                firstUnrecorded = position;
            }
        } else if (firstUnrecorded != null) {
            return bad(firstUnrecorded, "the event at position " + firstUnrecorded
                    + " was never recorded in the ledger although later events were: it was inserted");
        } else if (!Objects.equals(recorded.previousPosition(), lastPosition)) {
            if (recorded.previousPosition() != null
                    && (lastPosition == null || recorded.previousPosition() > lastPosition)) {
                return bad(recorded.previousPosition(), "the event at position " + recorded.previousPosition()
                        + " was recorded in the ledger but is missing: it was deleted");
            }
            return bad(lastPosition, "the event at position " + lastPosition
                    + " is not where the ledger recorded the partnership's events: it was inserted or moved");
        } else if (!recorded.link().equals(chain.link()) || recorded.eventCount() != count) {
            return bad(position, "the event at position " + position
                    + " is not what was stored when it was first projected: it was changed or replaced");
        }
        lastPosition = position;
        if (checkpoint != null && position == checkpoint.position()) {
            checkpointReached = true;
            if (!checkpoint.hash().equalsIgnoreCase(chain.link()) || checkpoint.eventCount() != count) {
                return bad(position, "the history up to position " + position + " does not match the checkpoint"
                        + " (hash or event count differ): the history or the checkpoint was altered");
            }
        }
        return true;
    }

    /**
     * Ends the verification. {@code recordedAfterLast} is the first position the ledger recorded after the last
     * event seen (null if none, or unknown offline): such an event was deleted from the end.
     */
    public Verification finish(Long recordedAfterLast) {
        if (badPosition == null && checkpoint != null && !checkpointReached) {
            bad(checkpoint.position(), "the history ends before the checkpoint's position " + checkpoint.position()
                    + ": it was cut short");
        }
        if (badPosition == null && recordedAfterLast != null) {
            bad(recordedAfterLast, "the event at position " + recordedAfterLast
                    + " was recorded in the ledger but is missing: it was deleted");
        }
        return new Verification(badPosition == null, count, badPosition, problem);
    }

    /** The chain's link after the events accepted so far. */
    public String link() {
        return chain.link();
    }

    public long count() {
        return count;
    }

    /** The position of the last event accepted, or null before the first. */
    public Long lastPosition() {
        return lastPosition;
    }

    private boolean bad(long position, String why) {
        badPosition = position;
        problem = why;
        return false;
    }
}
