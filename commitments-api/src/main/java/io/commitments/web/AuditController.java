package io.commitments.web;

import io.commitments.audit.Checkpoint;
import io.commitments.audit.HistoryEntry;
import io.commitments.audit.Ledger;
import io.commitments.audit.PartnershipHistory;
import io.commitments.audit.Verification;
import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.partnership.PartnershipId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What auditors get (../shared/API.md "Audit"): a partnership's history in order, page by page or streamed whole
 * as NDJSON or CSV, checkpoints of its hash chain, and verification. Readable by the partnership's participants,
 * auditors and administrators.
 */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}")
class AuditController {

    static final String NDJSON = "application/x-ndjson";
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final PartnershipHistory history;
    private final Ledger ledger;
    private final PartnershipAccess access;
    private final JsonMapper json;

    AuditController(PartnershipHistory history, Ledger ledger, PartnershipAccess access, JsonMapper json) {
        this.history = history;
        this.ledger = ledger;
        this.access = access;
        this.json = json;
    }

    /** The page as JSON, or with {@code Accept: application/x-ndjson} or {@code text/csv} the whole history streamed. */
    @GetMapping("/history")
    ResponseEntity<PartnershipHistory.Page> history(@PathVariable UUID partnershipId,
                                                   @RequestParam(defaultValue = "0") long fromPosition,
                                                   @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
                                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                   HttpServletResponse response) throws IOException {
        PartnershipId partnership = readable(partnershipId);
        if (accept != null && accept.contains(NDJSON)) {
            export(partnership, response, NDJSON, this::ndjsonLine, null);
            return null;
        }
        if (accept != null && accept.contains("text/csv")) {
            export(partnership, response, "text/csv", AuditController::csvLine,
                    "position,type,aggregateId,sequenceNumber,occurredAt,actorPersonId,actorUsername,actorOrganisationId,payload\n");
            return null;
        }
        if (fromPosition < 0) {
            throw new InvalidCommandException("fromPosition", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommandException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return ResponseEntity.ok(history.page(partnership, fromPosition, limit));
    }

    @GetMapping("/ledger/checkpoint")
    Checkpoint checkpoint(@PathVariable UUID partnershipId) {
        PartnershipId partnership = readable(partnershipId);
        return ledger.checkpoint(partnership).orElseThrow(() -> unknown(partnershipId));
    }

    /** Request of {@code POST .../ledger/verify}: an auditor's checkpoint to compare with, if any. */
    record VerifyRequest(@Valid CheckpointBody checkpoint) {
    }

    record CheckpointBody(@NotNull @Min(0) Long position,
                          @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits") String hash,
                          @NotNull @Min(1) Long eventCount,
                          Instant at) {
    }

    @PostMapping("/ledger/verify")
    Verification verify(@PathVariable UUID partnershipId, @Valid @RequestBody(required = false) VerifyRequest request) {
        PartnershipId partnership = readable(partnershipId);
        if (!history.exists(partnership)) {
            throw unknown(partnershipId);
        }
        CheckpointBody body = request == null ? null : request.checkpoint();
        return ledger.verify(partnership, body == null ? null
                : new Checkpoint(body.position(), body.hash(), body.eventCount(), body.at()));
    }

    private PartnershipId readable(UUID partnershipId) {
        PartnershipId partnership = PartnershipId.of(partnershipId);
        access.requireReadable(partnership);
        return partnership;
    }

    private interface LineFormat {
        String line(HistoryEntry entry);
    }

    private void export(PartnershipId partnership, HttpServletResponse response, String contentType,
                        LineFormat format, String header) throws IOException {
        if (!history.exists(partnership)) {
            throw unknown(partnership.value());
        }
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partnership-" + partnership
                + (contentType.equals(NDJSON) ? ".ndjson" : ".csv") + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        if (header != null) {
            out.write(header);
        }
        history.forEach(partnership, (event, recorded) -> out.write(format.line(HistoryEntry.of(event, recorded, json))));
        out.flush();
    }

    private String ndjsonLine(HistoryEntry entry) {
        return json.writeValueAsString(entry) + "\n";
    }

    private static String csvLine(HistoryEntry entry) {
        HistoryEntry.Actor actor = entry.actor();
        return String.join(",", String.valueOf(entry.position()), csv(entry.type()), csv(entry.aggregateId()),
                String.valueOf(entry.sequenceNumber()), entry.occurredAt().toString(),
                csv(actor == null ? null : actor.personId()), csv(actor == null ? null : actor.username()),
                csv(actor == null ? null : actor.organisationId()), csv(entry.payload().toString())) + "\n";
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static NotFoundException unknown(UUID partnershipId) {
        return new NotFoundException("partnership.not-found", "no partnership " + partnershipId);
    }
}
