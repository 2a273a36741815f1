package io.commitments.projections.membership;

import io.commitments.core.api.commitment.CommitmentDeclinedEvent;
import io.commitments.core.api.commitment.CommitmentCounterOfferRejectedEvent;
import io.commitments.core.api.commitment.CommitmentHandOverAcceptedEvent;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.CommitmentKeptEvent;
import io.commitments.core.api.commitment.CommitmentOfferedEvent;
import io.commitments.core.api.commitment.CommitmentReleasedEvent;
import io.commitments.core.api.commitment.CommitmentRequestedEvent;
import io.commitments.core.api.commitment.CommitmentWithdrawnEvent;
import io.commitments.core.api.partnership.CoordinatorAppointedEvent;
import io.commitments.core.api.partnership.OrganisationJoinedPartnershipEvent;
import io.commitments.core.api.partnership.OrganisationWithdrewFromPartnershipEvent;
import io.commitments.core.api.partnership.ParticipationQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.PartnershipsTakenPartInQuery;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.membership.MembershipRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The facts behind {@link MembershipRegistry}, kept by a subscribing processor so that its rows change in
 * the same transaction as the events that change them. Membership reads first lock the partnership's row
 * in {@code membership_guard} ({@code SELECT ... FOR UPDATE}): a command making a commitment of an
 * organisation and that organisation's withdrawal queue behind each other, and the later one sees what
 * the earlier one committed.
 */
@Component
@ProcessingGroup(MembershipLookupProjection.PROCESSING_GROUP)
public class MembershipLookupProjection implements MembershipRegistry {

    public static final String PROCESSING_GROUP = "membership-lookup";

    private static final String MEMBER = "MEMBER";
    private static final String WITHDRAWN = "WITHDRAWN";

    private final JdbcClient jdbc;

    public MembershipLookupProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isMember(PartnershipId partnership, OrganisationId organisation) {
        lock(partnership);
        return jdbc.sql("SELECT status FROM membership_lookup WHERE partnership_id = :p AND organisation_id = :o")
                .param("p", partnership.value())
                .param("o", organisation.value())
                .query(String.class).optional().filter(MEMBER::equals).isPresent();
    }

    @Override
    public boolean isCoordinator(PartnershipId partnership, PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM coordinator_lookup WHERE partnership_id = :p AND person_id = :person")
                .param("p", partnership.value())
                .param("person", person.value())
                .query(Integer.class).single() > 0;
    }

    @Override
    public List<CommitmentId> openCommitmentsPerformedBy(PartnershipId partnership, OrganisationId organisation) {
        lock(partnership);
        return jdbc.sql("SELECT commitment_id FROM open_commitment_lookup"
                        + " WHERE partnership_id = :p AND performer_id = :o ORDER BY commitment_id")
                .param("p", partnership.value())
                .param("o", organisation.value())
                .query((row, n) -> CommitmentId.of(row.getObject(1, UUID.class)))
                .list();
    }

    /** One statement: a read checks whether the partnership exists and whether its reader takes part. */
    @QueryHandler
    ParticipationQuery.Answer handle(ParticipationQuery query) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM membership_guard WHERE partnership_id = :p) AS registered,
                               EXISTS (SELECT 1 FROM coordinator_lookup
                                       WHERE partnership_id = :p AND person_id = :person)
                               OR EXISTS (SELECT 1 FROM membership_lookup
                                          WHERE partnership_id = :p AND organisation_id = :o) AS participant""")
                .param("p", query.partnershipId().value())
                .param("person", query.personId() == null ? null : query.personId().value())
                .param("o", query.organisationId() == null ? null : query.organisationId().value())
                .query((row, n) -> !row.getBoolean("registered") ? ParticipationQuery.Answer.NO_SUCH_PARTNERSHIP
                        : row.getBoolean("participant") ? ParticipationQuery.Answer.PARTICIPANT
                        : ParticipationQuery.Answer.NOT_PARTICIPANT)
                .single();
    }

    @QueryHandler
    List<PartnershipId> handle(PartnershipsTakenPartInQuery query) {
        return jdbc.sql("""
                        SELECT partnership_id FROM coordinator_lookup WHERE person_id = :person
                        UNION
                        SELECT partnership_id FROM membership_lookup WHERE organisation_id = :o""")
                .param("person", query.personId() == null ? null : query.personId().value())
                .param("o", query.organisationId() == null ? null : query.organisationId().value())
                .query((row, n) -> PartnershipId.of(row.getObject(1, UUID.class)))
                .list();
    }

    /**
     * One lock per partnership, not per member: a command may check two organisations (requester and
     * performer), and locking them one by one in different orders could deadlock.
     */
    private void lock(PartnershipId partnership) {
        jdbc.sql("SELECT partnership_id FROM membership_guard WHERE partnership_id = :p FOR UPDATE")
                .param("p", partnership.value())
                .query(UUID.class).list();
    }

    @EventHandler
    void on(PartnershipRegisteredEvent event) {
        jdbc.sql("INSERT INTO membership_guard (partnership_id) VALUES (:p)")
                .param("p", event.partnershipId().value())
                .update();
    }

    @EventHandler
    void on(OrganisationJoinedPartnershipEvent event) {
        setMembership(event.partnershipId(), event.organisationId(), MEMBER);
    }

    @EventHandler
    void on(OrganisationWithdrewFromPartnershipEvent event) {
        setMembership(event.partnershipId(), event.organisationId(), WITHDRAWN);
    }

    private void setMembership(PartnershipId partnership, OrganisationId organisation, String status) {
        int updated = jdbc.sql("""
                        UPDATE membership_lookup SET status = :status
                        WHERE partnership_id = :p AND organisation_id = :o""")
                .param("status", status).param("p", partnership.value()).param("o", organisation.value())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO membership_lookup (partnership_id, organisation_id, status) VALUES (:p, :o, :status)")
                    .param("status", status).param("p", partnership.value()).param("o", organisation.value())
                    .update();
        }
    }

    @EventHandler
    void on(CoordinatorAppointedEvent event) {
        if (!isCoordinator(event.partnershipId(), event.personId())) {
            jdbc.sql("INSERT INTO coordinator_lookup (partnership_id, person_id) VALUES (:p, :person)")
                    .param("p", event.partnershipId().value()).param("person", event.personId().value())
                    .update();
        }
    }

    @EventHandler
    void on(CommitmentRequestedEvent event) {
        open(event.commitmentId(), event.partnershipId(), event.performer());
    }

    @EventHandler
    void on(CommitmentOfferedEvent event) {
        open(event.commitmentId(), event.partnershipId(), event.performer());
    }

    private void open(CommitmentId commitment, PartnershipId partnership, OrganisationId performer) {
        jdbc.sql("""
                        INSERT INTO open_commitment_lookup (commitment_id, partnership_id, performer_id)
                        VALUES (:c, :p, :o)""")
                .param("c", commitment.value()).param("p", partnership.value()).param("o", performer.value())
                .update();
    }

    @EventHandler
    void on(CommitmentHandOverAcceptedEvent event) {
        jdbc.sql("UPDATE open_commitment_lookup SET performer_id = :o WHERE commitment_id = :c")
                .param("o", event.toOrganisation().value()).param("c", event.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(CommitmentKeptEvent event) {
        close(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentWithdrawnEvent event) {
        close(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentReleasedEvent event) {
        close(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentDeclinedEvent event) {
        close(event.commitmentId());
    }

    @EventHandler
    void on(CommitmentCounterOfferRejectedEvent event) {
        close(event.commitmentId());
    }

    private void close(CommitmentId commitment) {
        jdbc.sql("DELETE FROM open_commitment_lookup WHERE commitment_id = :c")
                .param("c", commitment.value())
                .update();
    }
}
