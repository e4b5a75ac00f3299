package org.pathwork.workflow.opportunity.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    /** What a student narrows the opportunities down by; a null field means any. */
    public record Filter(String careerCluster, Stage stage, OpportunityType type, Boolean paid) {
        public static final Filter ANY = new Filter(null, null, null, null);
    }

    /** An opportunity with its employer's name, as the browse list shows it. */
    public record Listing(OpportunityView opportunity, String employerName) {
    }

    /** A page of the opportunities that match the filter, by title. */
    public List<Listing> search(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                select o.*, e.name as employer_name from opportunity_summary o
                left join organization e on e.organization_id = o.employer_id where 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (filter.careerCluster() != null) {
            sql.append(" and o.career_cluster = ?");
            params.add(filter.careerCluster());
        }
        if (filter.stage() != null) {
            sql.append(" and o.stage = ?");
            params.add(filter.stage().name());
        }
        if (filter.type() != null) {
            sql.append(" and o.type = ?");
            params.add(filter.type().name());
        }
        if (filter.paid() != null) {
            sql.append(" and o.paid = ?");
            params.add(filter.paid());
        }
        sql.append(" order by o.title, o.opportunity_id offset ? rows fetch next ? rows only");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Listing(view(rs, n), rs.getString("employer_name"))).list();
    }

    /** The career clusters that at least one opportunity belongs to, alphabetically. */
    public List<String> careerClusters() {
        return jdbc.sql("select distinct career_cluster from opportunity_summary order by career_cluster")
                .query(String.class).list();
    }

    private static OpportunityView view(ResultSet rs, int row) throws SQLException {
        return new OpportunityView(rs.getString("opportunity_id"), rs.getString("title"), rs.getString("employer_id"),
                rs.getString("description"), rs.getString("career_cluster"), Stage.valueOf(rs.getString("stage")),
                OpportunityType.valueOf(rs.getString("type")), rs.getBoolean("paid"), rs.getInt("seats"),
                rs.getInt("seats_left"), rs.getInt("minimum_age"), rs.getString("supervisor_id"),
                rs.getInt("required_hours"), rs.getTimestamp("published_at").toInstant());
    }
}
