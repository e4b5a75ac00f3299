package org.pathwork.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Looks straight into the database the application processes share, to check what survived. */
final class Store {

    static final List<String> LIFECYCLE_EVENTS = List.of("ApplicationSubmitted", "PlacementApproved",
            "PlacementStarted", "HoursLogged", "ReflectionSubmitted", "ReflectionAccepted", "PlacementEnded",
            "EvaluationSubmitted", "PlacementCompleted");

    private static final String[] READ_MODELS = {"opportunity_summary", "placement_summary", "placement_hours",
            "placement_feedback", "placement_reflection"};

    private final String url;

    Store(String url) {
        this.url = url;
    }

    /** The simple names of a placement's events, in stream order. */
    List<String> eventsOf(String placementId) {
        List<String> types = new ArrayList<>();
        query("select payloadtype from domainevententry where aggregateidentifier = ? order by sequencenumber",
                rs -> types.add(rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1)), placementId);
        return types;
    }

    int count(String sql, Object... params) {
        int[] n = new int[1];
        query(sql, rs -> n[0] = rs.getInt(1), params);
        return n[0];
    }

    /** Every completed placement has exactly the lifecycle's events once, one hours entry, and shows COMPLETED. */
    void assertCompletedExactlyOnce(Collection<String> placementIds) {
        for (String id : placementIds) {
            assertThat(eventsOf(id)).as("events of " + id).containsExactlyElementsOf(LIFECYCLE_EVENTS);
            assertThat(count("select count(*) from placement_hours where placement_id = ?", id)).as("hours of " + id).isEqualTo(1);
            assertThat(count("select count(*) from placement_summary where placement_id = ? and status = 'COMPLETED'", id))
                    .as("status of " + id).isEqualTo(1);
        }
        assertThat(count("select count(*) from (select eventidentifier from domainevententry group by eventidentifier having count(*) > 1) d"))
                .isZero();
    }

    Map<String, List<Map<String, Object>>> readModels() {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        for (String table : READ_MODELS) {
            List<Map<String, Object>> list = new ArrayList<>();
            query("select * from " + table + " order by 1", rs -> {
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i), rs.getObject(i));
                }
                list.add(row);
            });
            rows.put(table, list);
        }
        return rows;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... params) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
