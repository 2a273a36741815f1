package io.commitments.core.meeting;

import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.party.OrganisationId;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partnership's decision rules applied to the final positions of the organisations present. Without
 * quorum nothing is adopted. CONSENT: no BLOCK (silence consents). MAJORITY: more AGREE than DISAGREE and
 * BLOCK together (abstentions and silence count for neither side). UNANIMITY: every present organisation
 * AGREEs (an abstention or silence withholds unanimity).
 */
final class DecisionRules {

    private DecisionRules() {
    }

    static ProposalOutcome outcome(DecisionRule rule, boolean quorumMet, Set<OrganisationId> present,
                                   Collection<RecordedPosition> positions) {
        if (!quorumMet) {
            return ProposalOutcome.REJECTED;
        }
        Map<Position, Long> counts = positions.stream()
                .collect(Collectors.groupingBy(RecordedPosition::position, Collectors.counting()));
        long agree = counts.getOrDefault(Position.AGREE, 0L);
        long disagree = counts.getOrDefault(Position.DISAGREE, 0L);
        long block = counts.getOrDefault(Position.BLOCK, 0L);
        boolean adopted = switch (rule) {
            case CONSENT -> block == 0;
            case MAJORITY -> agree > disagree + block;
            case UNANIMITY -> {
                Map<OrganisationId, Position> byOrganisation = positions.stream()
                        .collect(Collectors.toMap(RecordedPosition::organisationId, RecordedPosition::position));
                yield !present.isEmpty() && present.stream()
                        .map(byOrganisation::get)
                        .allMatch(Position.AGREE::equals);
            }
        };
        return adopted ? ProposalOutcome.ADOPTED : ProposalOutcome.REJECTED;
    }
}
