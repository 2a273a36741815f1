package io.commitments.core.meeting;

import io.commitments.core.api.decision.DecisionRecordedEvent;
import io.commitments.core.api.meeting.CloseProposalCommand;
import io.commitments.core.api.meeting.Position;
import io.commitments.core.api.meeting.ProposalClosedEvent;
import io.commitments.core.api.meeting.ProposalOutcome;
import io.commitments.core.api.meeting.ProposalTabledEvent;
import io.commitments.core.api.meeting.RecordedPosition;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.partnership.FakeMembershipRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.commitments.core.api.meeting.Position.ABSTAIN;
import static io.commitments.core.api.meeting.Position.AGREE;
import static io.commitments.core.api.meeting.Position.BLOCK;
import static io.commitments.core.api.meeting.Position.DISAGREE;
import static io.commitments.core.api.meeting.ProposalOutcome.ADOPTED;
import static io.commitments.core.api.meeting.ProposalOutcome.REJECTED;
import static io.commitments.core.api.partnership.DecisionRule.CONSENT;
import static io.commitments.core.api.partnership.DecisionRule.MAJORITY;
import static io.commitments.core.api.partnership.DecisionRule.UNANIMITY;
import static io.commitments.core.meeting.MeetingHistories.DECISION;
import static io.commitments.core.meeting.MeetingHistories.FEWER_ADMISSIONS;
import static io.commitments.core.meeting.MeetingHistories.MEETING;
import static io.commitments.core.meeting.MeetingHistories.PROPOSAL;
import static io.commitments.core.meeting.MeetingHistories.TEXT;
import static io.commitments.core.meeting.MeetingHistories.TITLE;
import static io.commitments.core.meeting.MeetingHistories.absent;
import static io.commitments.core.meeting.MeetingHistories.apologies;
import static io.commitments.core.meeting.MeetingHistories.finalPosition;
import static io.commitments.core.meeting.MeetingHistories.opened;
import static io.commitments.core.meeting.MeetingHistories.present;
import static io.commitments.core.meeting.MeetingHistories.scheduled;
import static io.commitments.core.meeting.MeetingHistories.tabled;
import static io.commitments.core.meeting.MeetingHistories.took;
import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.COUNCIL;
import static io.commitments.core.partnership.Parties.HOSPITAL;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.SURGERY;

/**
 * Each decision rule applied when a proposal closes. With quorum, all three members are present (quorum 2);
 * without, only the council is present (quorum 2). Positions are taken in the order listed, so an
 * organisation listed twice changed its position: the later one counts.
 */
class DecisionRuleTest {

    record Case(String name, DecisionRule rule, boolean quorum, List<Take> takes, ProposalOutcome expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Take(OrganisationId organisation, Position position) {
    }

    static Take council(Position position) {
        return new Take(COUNCIL, position);
    }

    static Take hospital(Position position) {
        return new Take(HOSPITAL, position);
    }

    static Take surgery(Position position) {
        return new Take(SURGERY, position);
    }

    static Case quorate(String name, DecisionRule rule, ProposalOutcome expected, Take... takes) {
        return new Case(name, rule, true, List.of(takes), expected);
    }

    static Case inquorate(String name, DecisionRule rule, ProposalOutcome expected, Take... takes) {
        return new Case(name, rule, false, List.of(takes), expected);
    }

    static Stream<Case> cases() {
        return Stream.of(
                quorate("consent: all agree", CONSENT, ADOPTED,
                        council(AGREE), hospital(AGREE), surgery(AGREE)),
                quorate("consent: disagreement and abstention do not stop it", CONSENT, ADOPTED,
                        council(AGREE), hospital(DISAGREE), surgery(ABSTAIN)),
                quorate("consent: silence consents", CONSENT, ADOPTED,
                        council(AGREE)),
                quorate("consent: one block rejects", CONSENT, REJECTED,
                        council(AGREE), hospital(AGREE), surgery(BLOCK)),
                quorate("consent: a block withdrawn to abstain", CONSENT, ADOPTED,
                        council(AGREE), hospital(BLOCK), hospital(ABSTAIN)),
                quorate("consent: agreement changed to a block", CONSENT, REJECTED,
                        council(AGREE), hospital(AGREE), hospital(BLOCK)),
                inquorate("consent: no quorum", CONSENT, REJECTED,
                        council(AGREE)),

                quorate("majority: two agree, one disagrees", MAJORITY, ADOPTED,
                        council(AGREE), hospital(AGREE), surgery(DISAGREE)),
                quorate("majority: a tie rejects", MAJORITY, REJECTED,
                        council(AGREE), hospital(DISAGREE), surgery(ABSTAIN)),
                quorate("majority: abstentions count for neither side", MAJORITY, ADOPTED,
                        council(AGREE), hospital(ABSTAIN), surgery(ABSTAIN)),
                quorate("majority: a block counts against, not as a veto", MAJORITY, ADOPTED,
                        council(AGREE), hospital(AGREE), surgery(BLOCK)),
                quorate("majority: block and disagree outnumber agree", MAJORITY, REJECTED,
                        council(AGREE), hospital(BLOCK), surgery(DISAGREE)),
                quorate("majority: a changed position turns it", MAJORITY, REJECTED,
                        council(AGREE), hospital(AGREE), surgery(DISAGREE), hospital(DISAGREE)),
                quorate("majority: nobody agrees", MAJORITY, REJECTED,
                        council(ABSTAIN)),
                inquorate("majority: no quorum", MAJORITY, REJECTED,
                        council(AGREE)),

                quorate("unanimity: all agree", UNANIMITY, ADOPTED,
                        council(AGREE), hospital(AGREE), surgery(AGREE)),
                quorate("unanimity: an abstention withholds it", UNANIMITY, REJECTED,
                        council(AGREE), hospital(AGREE), surgery(ABSTAIN)),
                quorate("unanimity: a silent member withholds it", UNANIMITY, REJECTED,
                        council(AGREE), hospital(AGREE)),
                quorate("unanimity: a block rejects", UNANIMITY, REJECTED,
                        council(AGREE), hospital(AGREE), surgery(BLOCK)),
                quorate("unanimity: disagreement changed to agreement", UNANIMITY, ADOPTED,
                        council(AGREE), hospital(DISAGREE), surgery(AGREE), hospital(AGREE)),
                inquorate("unanimity: no quorum", UNANIMITY, REJECTED,
                        council(AGREE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void closingAProposalAppliesTheDecisionRule(Case rule) {
        FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new FakeMembershipRegistry()
                .members(PARTNERSHIP, COUNCIL, HOSPITAL, SURGERY)
                .coordinator(PARTNERSHIP, COORDINATOR.person()));

        List<Object> history = new ArrayList<>();
        history.add(scheduled(rule.rule(), 2));
        history.add(rule.quorum()
                ? opened(2, present(COUNCIL), present(HOSPITAL), present(SURGERY))
                : opened(2, present(COUNCIL), apologies(HOSPITAL), absent(SURGERY)));
        ProposalTabledEvent tabled = tabled();
        history.add(tabled);
        Map<OrganisationId, RecordedPosition> last = new LinkedHashMap<>();
        for (Take take : rule.takes()) {
            history.add(took(take.organisation(), take.position()));
            last.put(take.organisation(), finalPosition(take.organisation(), take.position()));
        }
        List<RecordedPosition> positions = List.copyOf(last.values());

        ProposalClosedEvent closed = new ProposalClosedEvent(MEETING, PARTNERSHIP, PROPOSAL, rule.rule(),
                rule.quorum(), rule.expected(), rule.expected() == ADOPTED ? DECISION : null, positions, COORDINATOR);
        Object[] expected = rule.expected() == ADOPTED
                ? new Object[]{closed, new DecisionRecordedEvent(DECISION, PARTNERSHIP, MEETING, PROPOSAL, TITLE,
                TEXT, FEWER_ADMISSIONS, positions, COORDINATOR)}
                : new Object[]{closed};

        fixture.given(history)
                .when(new CloseProposalCommand(MEETING, PROPOSAL, DECISION, COORDINATOR))
                .expectResultMessagePayload(rule.expected())
                .expectEvents(expected);
    }
}
