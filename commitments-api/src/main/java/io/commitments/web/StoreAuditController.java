package io.commitments.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.commitments.audit.Checkpoint;
import io.commitments.audit.Ledger;
import io.commitments.audit.StoreVerification;
import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.partnership.PartnershipId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Auditors' and administrators' verification of the whole event store: every partnership's history at once,
 * optionally against the checkpoints an auditor kept of some of them.
 */
@RestController
@RequestMapping("/api/ledger")
class StoreAuditController {

    private final Ledger ledger;

    StoreAuditController(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Request of {@code POST /api/ledger/verify}: checkpoints to compare with, at most one per partnership. A
     * misspelt field is refused rather than ignored: ignoring {@code checkpoint} for {@code checkpoints} would
     * answer valid without the comparison the auditor asked for.
     */
    record VerifyStoreRequest(List<@Valid @NotNull PartnershipCheckpoint> checkpoints,
                              @JsonAnySetter Map<String, Object> unknown) {
    }

    record PartnershipCheckpoint(@NotNull UUID partnershipId,
                                 @NotNull @Min(0) Long position,
                                 @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits") String hash,
                                 @NotNull @Min(1) Long eventCount,
                                 Instant at,
                                 @JsonAnySetter Map<String, Object> unknown) {
    }

    @PostMapping("/verify")
    StoreVerification verifyAll(@Valid @RequestBody(required = false) VerifyStoreRequest request) {
        Map<PartnershipId, Checkpoint> checkpoints = new HashMap<>();
        if (request != null) {
            refuseUnknown(request.unknown(), "");
        }
        if (request != null && request.checkpoints() != null) {
            for (PartnershipCheckpoint kept : request.checkpoints()) {
                refuseUnknown(kept.unknown(), "checkpoints[].");
                Checkpoint checkpoint = new Checkpoint(kept.position(), kept.hash(), kept.eventCount(), kept.at());
                if (checkpoints.put(PartnershipId.of(kept.partnershipId()), checkpoint) != null) {
                    throw new InvalidCommandException("checkpoints", "give at most one checkpoint per partnership;"
                            + " partnership " + kept.partnershipId() + " has several");
                }
            }
        }
        return ledger.verifyAll(checkpoints);
    }

    private static void refuseUnknown(Map<String, Object> unknown, String prefix) {
        if (unknown != null && !unknown.isEmpty()) {
            String field = unknown.keySet().iterator().next();
            throw new InvalidCommandException(prefix + field, "is not a field of this request");
        }
    }
}
