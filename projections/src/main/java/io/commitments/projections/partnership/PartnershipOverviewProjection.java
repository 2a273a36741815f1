package io.commitments.projections.partnership;

import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.FindPartnershipQuery;
import io.commitments.core.api.partnership.FindPartnershipsQuery;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.PartnershipRegisteredEvent;
import io.commitments.core.api.partnership.PartnershipSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The partnerships there are, with their rule and quorum: the list behind {@code GET /api/partnerships}. */
@Component
@ProcessingGroup(PartnershipOverviewProjection.PROCESSING_GROUP)
public class PartnershipOverviewProjection {

    public static final String PROCESSING_GROUP = "partnership-overview";

    private final JdbcClient jdbc;

    public PartnershipOverviewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipRegisteredEvent event, @Timestamp Instant registeredAt) {
        jdbc.sql("""
                        INSERT INTO partnership_overview (partnership_id, name, decision_rule, quorum, registered_at)
                        VALUES (:id, :name, :rule, :quorum, :registeredAt)""")
                .param("id", event.partnershipId().value())
                .param("name", event.name())
                .param("rule", event.decisionRule().name())
                .param("quorum", event.quorum())
                .param("registeredAt", java.sql.Timestamp.from(registeredAt))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM partnership_overview").update();
    }

    @QueryHandler
    List<PartnershipSummary> handle(FindPartnershipsQuery query) {
        return jdbc.sql("SELECT * FROM partnership_overview ORDER BY name, partnership_id")
                .query(PartnershipOverviewProjection::summary)
                .list();
    }

    @QueryHandler
    Optional<PartnershipSummary> handle(FindPartnershipQuery query) {
        return jdbc.sql("SELECT * FROM partnership_overview WHERE partnership_id = :id")
                .param("id", query.partnershipId().value())
                .query(PartnershipOverviewProjection::summary)
                .optional();
    }

    private static PartnershipSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new PartnershipSummary(
                PartnershipId.of(row.getObject("partnership_id", UUID.class)),
                row.getString("name"),
                DecisionRule.valueOf(row.getString("decision_rule")),
                row.getInt("quorum"),
                row.getTimestamp("registered_at").toInstant());
    }
}
