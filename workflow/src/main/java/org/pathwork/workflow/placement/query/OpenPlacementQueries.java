package org.pathwork.workflow.placement.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pathwork.workflow.placement.api.PlacementStatus;
import org.pathwork.workflow.placement.command.OpenApplications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A student's placements that have not reached an end, from the placement read model. */
@Component
public class OpenPlacementQueries implements OpenApplications {

    private static final String NOT_TERMINAL = Arrays.stream(PlacementStatus.values())
            .filter(s -> !s.isTerminal()).map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ", "status in (", ")"));

    private final JdbcClient jdbc;

    public OpenPlacementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OpenPlacement> openPlacement(String studentId, String opportunityId) {
        return jdbc.sql("select placement_id, opportunity_id, status from placement_summary"
                        + " where student_id = ? and opportunity_id = ? and " + NOT_TERMINAL
                        + " order by applied_at, placement_id")
                .params(studentId, opportunityId).query(OpenPlacementQueries::open).list().stream().findFirst();
    }

    /** Every open placement of the student, oldest application first. */
    public List<OpenPlacement> ofStudent(String studentId) {
        return jdbc.sql("select placement_id, opportunity_id, status from placement_summary"
                        + " where student_id = ? and " + NOT_TERMINAL + " order by applied_at, placement_id")
                .param(studentId).query(OpenPlacementQueries::open).list();
    }

    private static OpenPlacement open(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new OpenPlacement(rs.getString("placement_id"), rs.getString("opportunity_id"),
                PlacementStatus.valueOf(rs.getString("status")));
    }
}
