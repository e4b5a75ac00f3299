package org.pathwork.workflow.opportunity.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.pathwork.workflow.opportunity.api.OpportunityType;
import org.pathwork.workflow.opportunity.api.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class OpportunityQueries {

    private final JdbcClient jdbc;

    public OpportunityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OpportunityView> findById(String id) {
        return jdbc.sql("select * from opportunity_summary where opportunity_id = ?").param(id)
                .query(OpportunityQueries::view).optional();
    }

    /** Locks the opportunity's row until the transaction ends: seat changes queue up instead of racing. */
    public void lockForUpdate(String id) {
        jdbc.sql("select opportunity_id from opportunity_summary where opportunity_id = ? for update").param(id)
                .query(String.class).optional();
    }

    public List<OpportunityView> list(int offset, int limit) {
        return jdbc.sql("select * from opportunity_summary order by title, opportunity_id offset ? rows fetch next ? rows only")
                .params(offset, limit).query(OpportunityQueries::view).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from opportunity_summary").query(Long.class).single();
    }

    private static OpportunityView view(ResultSet rs, int row) throws SQLException {
        return new OpportunityView(rs.getString("opportunity_id"), rs.getString("title"), rs.getString("employer_id"),
                rs.getString("description"), rs.getString("career_cluster"), Stage.valueOf(rs.getString("stage")),
                OpportunityType.valueOf(rs.getString("type")), rs.getBoolean("paid"), rs.getInt("seats"),
                rs.getInt("seats_left"), rs.getInt("minimum_age"), rs.getString("supervisor_id"),
                rs.getInt("required_hours"), rs.getTimestamp("published_at").toInstant());
    }
}
