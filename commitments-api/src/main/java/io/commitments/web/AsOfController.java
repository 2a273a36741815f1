package io.commitments.web;

import io.commitments.audit.AsOf;
import io.commitments.audit.AsOfReplay;
import io.commitments.audit.PartnershipAsOf;
import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.meeting.MeetingId;
import io.commitments.core.api.meeting.MeetingView;
import io.commitments.core.api.partnership.PartnershipId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * State reads at a point of history ({@code asOf=<instant>} or {@code atPosition=<n>}): a partnership, a
 * commitment or a meeting as it stood then, rebuilt from the events ({@link AsOfReplay}). Mapped only when one
 * of the parameters is present, beside the controllers of the plain reads; the body has the shape of the plain
 * read and the {@value #POSITION_HEADER} header says up to which position it includes.
 */
@RestController
class AsOfController {

    static final String POSITION_HEADER = "As-Of-Position";

    private final AsOfReplay replay;
    private final PartnershipAccess access;

    AsOfController(AsOfReplay replay, PartnershipAccess access) {
        this.replay = replay;
        this.access = access;
    }

    @GetMapping(path = "/api/partnerships/{partnershipId}", params = {"asOf", "!atPosition"})
    ResponseEntity<PartnershipAsOf> partnershipAsOf(@PathVariable UUID partnershipId,
                                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return partnership(partnershipId, replay.at(asOf));
    }

    @GetMapping(path = "/api/partnerships/{partnershipId}", params = {"atPosition", "!asOf"})
    ResponseEntity<PartnershipAsOf> partnershipAtPosition(@PathVariable UUID partnershipId,
                                                          @RequestParam long atPosition) {
        return partnership(partnershipId, position(atPosition));
    }

    @GetMapping(path = "/api/commitments/{commitmentId}", params = {"asOf", "!atPosition"})
    ResponseEntity<CommitmentDetails> commitmentAsOf(@PathVariable UUID commitmentId,
                                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return commitment(commitmentId, replay.at(asOf));
    }

    @GetMapping(path = "/api/commitments/{commitmentId}", params = {"atPosition", "!asOf"})
    ResponseEntity<CommitmentDetails> commitmentAtPosition(@PathVariable UUID commitmentId,
                                                           @RequestParam long atPosition) {
        return commitment(commitmentId, position(atPosition));
    }

    @GetMapping(path = "/api/meetings/{meetingId}", params = {"asOf", "!atPosition"})
    ResponseEntity<MeetingView> meetingAsOf(@PathVariable UUID meetingId,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return meeting(meetingId, replay.at(asOf));
    }

    @GetMapping(path = "/api/meetings/{meetingId}", params = {"atPosition", "!asOf"})
    ResponseEntity<MeetingView> meetingAtPosition(@PathVariable UUID meetingId, @RequestParam long atPosition) {
        return meeting(meetingId, position(atPosition));
    }

    @GetMapping(path = {"/api/partnerships/{id}", "/api/commitments/{id}", "/api/meetings/{id}"},
            params = {"asOf", "atPosition"})
    ResponseEntity<Void> both() {
        throw new InvalidCommandException("asOf", "give either asOf or atPosition, not both");
    }

    private ResponseEntity<PartnershipAsOf> partnership(UUID partnershipId, AsOf point) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        access.requireReadable(partnership);
        return found(replay.partnership(partnership, point), point, "partnership", partnershipId);
    }

    private ResponseEntity<CommitmentDetails> commitment(UUID commitmentId, AsOf point) {
        CommitmentId commitment = CommitmentId.of(commitmentId);
        readable(commitment.toString(), "commitment");
        return found(replay.commitment(commitment, point), point, "commitment", commitmentId);
    }

    private ResponseEntity<MeetingView> meeting(UUID meetingId, AsOf point) {
        MeetingId meeting = MeetingId.of(meetingId);
        readable(meeting.toString(), "meeting");
        return found(replay.meeting(meeting, point), point, "meeting", meetingId);
    }

    private void readable(String aggregateIdentifier, String kind) {
        PartnershipId partnership = replay.partnershipOf(aggregateIdentifier)
                .orElseThrow(() -> new NotFoundException(kind + ".not-found", "no " + kind + " " + aggregateIdentifier));
        access.requireReadable(partnership);
    }

    private static AsOf position(long atPosition) {
        if (atPosition < 0) {
            throw new InvalidCommandException("atPosition", "must be 0 or more");
        }
        return AsOf.position(atPosition);
    }

    private static <T> ResponseEntity<T> found(Optional<T> state, AsOf point, String kind, UUID id) {
        return state.map(body -> ResponseEntity.ok().header(POSITION_HEADER, String.valueOf(point.position())).body(body))
                .orElseThrow(() -> new NotFoundException(kind + ".not-found", "no " + kind + " " + id
                        + (point.instant() != null ? " as of " + point.instant() : " at position " + point.position())));
    }
}
