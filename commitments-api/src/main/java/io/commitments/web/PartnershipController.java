package io.commitments.web;

import io.commitments.core.api.partnership.CoordinatorAppointment;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.MemberAttendance;
import io.commitments.core.api.partnership.Membership;
import io.commitments.core.api.partnership.PartnershipCounts;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipOverview;
import io.commitments.core.api.partnership.PartnershipSummary;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.purpose.OutcomeCoverage;
import io.commitments.core.api.purpose.PurposeVersion;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/partnerships")
class PartnershipController {

    /**
     * {@code GET /api/partnerships/{pid}}: the summary's fields, then the overview's: every membership, the
     * coordinators, the adopted purpose (null until one is), counts, outcome coverage and attendance.
     */
    record PartnershipResponse(PartnershipId id,
                               String name,
                               DecisionRule decisionRule,
                               int quorum,
                               Instant registeredAt,
                               List<Membership> members,
                               List<CoordinatorAppointment> coordinators,
                               PurposeVersion purpose,
                               PartnershipCounts counts,
                               List<OutcomeCoverage> outcomes,
                               List<MemberAttendance> attendance) {

        static PartnershipResponse of(PartnershipOverview overview) {
            PartnershipSummary summary = overview.partnership();
            return new PartnershipResponse(summary.id(), summary.name(), summary.decisionRule(), summary.quorum(),
                    summary.registeredAt(), overview.members(), overview.coordinators(), overview.purpose(),
                    overview.counts(), overview.outcomes(), overview.attendance());
        }
    }

    private final CommandGateway commands;
    private final PartnershipAccess access;
    private final GovernanceLookups lookups;

    PartnershipController(CommandGateway commands, PartnershipAccess access, GovernanceLookups lookups) {
        this.commands = commands;
        this.access = access;
        this.lookups = lookups;
    }

    @PostMapping
    ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterPartnershipRequest request) {
        PartnershipId id = PartnershipId.random();
        commands.sendAndWait(new RegisterPartnershipCommand(id, request.name(), request.decisionRule(),
                request.quorum()));
        return ResponseEntity
                .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id.toString()))
                .body(new CreatedResponse(id.toString()));
    }

    /** The partnerships the caller takes part in (every one for administrators and auditors). */
    @GetMapping
    List<PartnershipSummary> list() {
        return access.readablePartnerships();
    }

    @GetMapping("/{partnershipId}")
    PartnershipResponse get(@PathVariable UUID partnershipId) {
        PartnershipId id = PartnershipId.of(partnershipId);
        access.requireReadable(id);
        return PartnershipResponse.of(lookups.overview(id));
    }
}
