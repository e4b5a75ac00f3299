package org.pathwork.workflow.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes read-model rows. Live, each statement runs at once, in the command's transaction. While
 * {@link ProjectionRebuilder} replays, statements are collected and sent as JDBC batches: one round
 * trip for many rows instead of one per row.
 *
 * <p>Batching may reorder statements, but never in a way that changes the result: statements with
 * the same SQL keep their order, statements on different tables are independent (every projection
 * statement is an insert of values or an update/delete by key of one table, reading no other table),
 * and a statement whose table already has pending statements of another shape first flushes
 * everything pending.
 */
@Component
public class ReadModelWriter {

    private static final Pattern TABLE = Pattern.compile("^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_PENDING = 2_000;

    private final JdbcTemplate jdbc;
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    public ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs (or, during a rebuild, queues) one insert, update or delete of one read-model table. */
    public void update(String sql, Object... args) {
        Batch b = batch.get();
        if (b == null) {
            jdbc.update(sql, args);
        } else {
            b.add(sql, args);
        }
    }

    /** Runs the work with statements batched, and sends whatever is still pending at its end. */
    <T> T batched(Supplier<T> work) {
        Batch b = new Batch();
        batch.set(b);
        try {
            T result = work.get();
            b.flush();
            return result;
        } finally {
            batch.remove();
        }
    }

    private final class Batch {
        private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
        private final Map<String, String> sqlOfTable = new HashMap<>();
        private final Map<String, String> tableOfSql = new HashMap<>();
        private int size;

        void add(String sql, Object[] args) {
            String table = tableOfSql.computeIfAbsent(sql, ReadModelWriter::table);
            String other = sqlOfTable.putIfAbsent(table, sql);
            if (other != null && !other.equals(sql)) {
                flush();
                sqlOfTable.put(table, sql);
            }
            pending.computeIfAbsent(sql, s -> new ArrayList<>()).add(args);
            if (++size >= MAX_PENDING) {
                flush();
            }
        }

        void flush() {
            pending.forEach(jdbc::batchUpdate);
            pending.clear();
            sqlOfTable.clear();
            size = 0;
        }
    }

    private static String table(String sql) {
        Matcher m = TABLE.matcher(sql);
        if (!m.find()) {
            throw new IllegalArgumentException("Not a read-model write: " + sql);
        }
        return m.group(1).toLowerCase();
    }
}
