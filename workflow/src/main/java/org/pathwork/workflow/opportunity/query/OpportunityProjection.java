package org.pathwork.workflow.opportunity.query;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.pathwork.workflow.opportunity.api.OpportunityPublished;
import org.pathwork.workflow.opportunity.api.OpportunityRevised;
import org.pathwork.workflow.opportunity.api.SeatReleased;
import org.pathwork.workflow.opportunity.api.SeatReserved;
import org.pathwork.workflow.projection.Projection;
import org.pathwork.workflow.projection.ReadModelWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("opportunity-projection")
public class OpportunityProjection implements Projection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    public OpportunityProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @Override
    public void reset() {
        jdbc.sql("delete from opportunity_summary").update();
    }

    @EventHandler
    void on(OpportunityPublished e, @Timestamp Instant at) {
        writer.update("""
                insert into opportunity_summary (opportunity_id, title, employer_id, description, career_cluster, stage,
                    type, paid, seats, seats_left, minimum_age, supervisor_id, required_hours, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.opportunityId(), e.title(), e.employerId(), e.description(), e.careerCluster(),
                        e.stage().name(), e.type().name(), e.paid(), e.seats(), e.seats(), e.minimumAge(),
                        e.supervisorId(), e.requiredHours(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(OpportunityRevised e) {
        writer.update("""
                update opportunity_summary set title = ?, description = ?, career_cluster = ?, stage = ?, type = ?,
                    paid = ?, seats = ?, seats_left = ?, minimum_age = ?, supervisor_id = ?, required_hours = ?
                where opportunity_id = ?""",
                e.title(), e.description(), e.careerCluster(), e.stage().name(), e.type().name(), e.paid(),
                e.seats(), e.seatsLeft(), e.minimumAge(), e.supervisorId(), e.requiredHours(), e.opportunityId());
    }

    @EventHandler
    void on(SeatReserved e) {
        seatsLeft(e.opportunityId(), e.seatsLeft());
    }

    @EventHandler
    void on(SeatReleased e) {
        seatsLeft(e.opportunityId(), e.seatsLeft());
    }

    private void seatsLeft(String opportunityId, int seatsLeft) {
        writer.update("update opportunity_summary set seats_left = ? where opportunity_id = ?",
                seatsLeft, opportunityId);
    }
}
