package io.commitments.core.partnership;

import io.commitments.core.api.InvalidCommandException;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.contest.ContestCommitmentRecordCommand;
import io.commitments.core.api.contest.ContestNoteAttachedEvent;
import io.commitments.core.api.contest.ContestNoteId;
import io.commitments.core.api.contest.ContestedRecord;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.commitments.core.partnership.ErrorMatchers.notPermitted;
import static io.commitments.core.partnership.Parties.COORDINATOR;
import static io.commitments.core.partnership.Parties.COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_COUNCIL;
import static io.commitments.core.partnership.Parties.FOR_HOSPITAL;
import static io.commitments.core.partnership.Parties.HOSPITAL;
import static io.commitments.core.partnership.Parties.PARTNERSHIP;
import static io.commitments.core.partnership.Parties.uuid;
import static io.commitments.core.partnership.PartnershipHistories.withMembers;
import static io.commitments.core.partnership.PartnershipHistories.withdrew;

class CommitmentContestTest {

    static final ContestNoteId NOTE = ContestNoteId.of(uuid("note"));
    static final CommitmentId COMMITMENT = CommitmentId.of(uuid("commitment"));
    static final String PROMISED_EVENT = "0b6c1e9e-promised";
    static final String WHY = "We never promised this: the request went to the wrong team";

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(new FakeMembershipRegistry());
    }

    @Test
    void memberContestsAnEventOfACommitment() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new ContestCommitmentRecordCommand(PARTNERSHIP, NOTE, COMMITMENT, PROMISED_EVENT, WHY,
                        FOR_HOSPITAL))
                .expectEvents(new ContestNoteAttachedEvent(PARTNERSHIP, NOTE,
                        ContestedRecord.commitmentEvent(COMMITMENT, PROMISED_EVENT), HOSPITAL, WHY, FOR_HOSPITAL));
    }

    @Test
    void contestNeedsAReason() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new ContestCommitmentRecordCommand(PARTNERSHIP, NOTE, COMMITMENT, PROMISED_EVENT, "",
                        FOR_HOSPITAL))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("note is required");
    }

    @Test
    void contestNamesTheEventContested() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new ContestCommitmentRecordCommand(PARTNERSHIP, NOTE, COMMITMENT, null, WHY, FOR_HOSPITAL))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("eventIdentifier is required");
    }

    @Test
    void formerMemberCannotContest() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(withdrew(HOSPITAL, "merged"))
                .when(new ContestCommitmentRecordCommand(PARTNERSHIP, NOTE, COMMITMENT, PROMISED_EVENT, WHY,
                        FOR_HOSPITAL))
                .expectNoEvents()
                .expectException(notPermitted("contest.not-a-member"));
    }

    @Test
    void personActingForNoOrganisationCannotContest() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .when(new ContestCommitmentRecordCommand(PARTNERSHIP, NOTE, COMMITMENT, PROMISED_EVENT, WHY,
                        COORDINATOR))
                .expectNoEvents()
                .expectException(notPermitted("contest.not-a-member"));
    }

    @Test
    void attachingTheSameNoteAgainChangesNothing() {
        fixture.given(withMembers(COUNCIL, HOSPITAL))
                .andGiven(new ContestNoteAttachedEvent(PARTNERSHIP, NOTE,
                        ContestedRecord.commitmentEvent(COMMITMENT, PROMISED_EVENT), COUNCIL, WHY, FOR_COUNCIL))
                .when(new ContestCommitmentRecordCommand(PARTNERSHIP, NOTE, COMMITMENT, PROMISED_EVENT, WHY,
                        FOR_COUNCIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
