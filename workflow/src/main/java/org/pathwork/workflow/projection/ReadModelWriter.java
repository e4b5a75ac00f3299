package org.pathwork.workflow.projection;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Writes read-model rows. Live, each statement runs at once, in the command's transaction, or, inside
 * {@link #together}, all of them at the end of the work in one statement (a projection wraps each event
 * in it, so an event's rows cost one round trip). While
 * {@link ProjectionRebuilder} replays, the statements are first merged per row in memory, then sent
 * as JDBC batches: the hundred hours entries of a placement add up to one change of its summary row
 * (none at all while that row's insert is still pending), and many rows go in one round trip.
 *
 * <p>Every statement must have one of two forms, so that it changes exactly one row, named by its
 * key, and reads nothing but that row:
 * <ul>
 *   <li>{@code insert into t (key, a, b) values (?, ?, 'literal')}: the key column first;</li>
 *   <li>{@code update t set a = ?, b = null, c = c + ?, d = d - ? where key = ?}.</li>
 * </ul>
 * Rows with different keys are then independent and pending rows may be written in any order. A
 * statement of another form is refused, live as well, so that a projection that runs live also
 * replays.
 */
@Component
public class ReadModelWriter {

    private static final Pattern INSERT = Pattern.compile(
            "\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*values\\s*\\((.*)\\)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile(
            "\\s*update\\s+(\\w+)\\s+set\\s+(.*?)\\s+where\\s+(\\w+)\\s*=\\s*\\?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*(\\w+)\\s*=\\s*(.*?)\\s*", Pattern.DOTALL);
    private static final Pattern ADDITION = Pattern.compile("(\\w+)\\s*([+-])\\s*\\?");

    private final JdbcTemplate jdbc;
    private final int maxPendingRows;
    private final Map<String, Statement> statements = new ConcurrentHashMap<>();
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    @Autowired
    public ReadModelWriter(JdbcTemplate jdbc) {
        this(jdbc, 5_000);
    }

    /** @param maxPendingRows how many changed rows of a table a rebuild keeps in memory before it sends them */
    ReadModelWriter(JdbcTemplate jdbc, int maxPendingRows) {
        this.jdbc = jdbc;
        this.maxPendingRows = maxPendingRows;
    }

    /** Runs (or, during a rebuild, queues) one insert or update of one read-model row. */
    public void update(String sql, Object... args) {
        Statement statement = statements.computeIfAbsent(sql, Statement::parse);
        Batch b = batch.get();
        if (b == null) {
            jdbc.update(sql, args);
        } else {
            b.add(statement, args);
        }
    }

    /**
     * Runs the work, then sends the rows it wrote, merged per row as in a rebuild, in one statement: on
     * PostgreSQL each change but the last goes into a data-modifying {@code WITH} (they see the same
     * snapshot and none reads another's row, so their order does not matter; two changes of one row that
     * cannot be merged are sent in two statements). Elsewhere (H2, in the same process) one statement per
     * row. Inside a rebuild, or inside another {@code together}, the work just runs.
     */
    public <T> T together(Callable<T> work) throws Exception {
        if (batch.get() != null) {
            return work.call();
        }
        LiveSender sender = new LiveSender();
        Batch b = new Batch(sender);
        batch.set(b);
        try {
            T result = work.call();
            b.flush();
            sender.barrier();
            return result;
        } finally {
            batch.remove();
        }
    }

    private volatile Boolean postgres;

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
        }
        return postgres;
    }

    /** Where a batch's merged rows go: live, one statement at the end; in a rebuild, JDBC batches. */
    private interface Sink {
        void send(Map<String, List<Object[]>> batches);

        /** What was sent so far is in the database before what comes next. */
        void barrier();
    }

    /** Gathers the rows of {@link #together}, then sends them in one statement. */
    private final class LiveSender implements Sink {
        private final StringBuilder with = new StringBuilder();
        private final List<Object> args = new ArrayList<>();
        private String last;
        private Object[] lastArgs;
        private int count;

        @Override
        public void send(Map<String, List<Object[]>> batches) {
            batches.forEach((sql, rows) -> rows.forEach(row -> add(sql, row)));
        }

        private void add(String sql, Object[] row) {
            if (!postgres()) {
                jdbc.update(sql, row);
                return;
            }
            if (last != null) {
                with.append(count == 0 ? "with " : ", ").append("w").append(count++).append(" as (").append(last).append(")");
                args.addAll(Arrays.asList(lastArgs));
            }
            last = sql;
            lastArgs = row;
        }

        @Override
        public void barrier() {
            if (last == null) {
                return;
            }
            args.addAll(Arrays.asList(lastArgs));
            jdbc.update(count == 0 ? last : with + " " + last, args.toArray());
            with.setLength(0);
            args.clear();
            last = null;
            lastArgs = null;
            count = 0;
        }
    }

    /**
     * Runs the work with statements merged and batched. The batches go out one after the other on a
     * thread of their own, over the caller's connection (and so in its transaction), while the work
     * goes on: the database takes one batch while the next is being made. All is sent on return.
     */
    <T> T batched(Supplier<T> work) {
        try (Sender sender = new Sender()) {
            Batch b = new Batch(sender);
            batch.set(b);
            T result = work.get();
            b.flush();
            sender.awaitSent();
            return result;
        } finally {
            batch.remove();
        }
    }

    /**
     * Pending rows per table, each under its key; at most one pending change per row. A table's rows
     * are sent when it has maxPendingRows of them: small tables (an opportunity's seats left) then
     * stay in memory and take every change there, big ones (hours) go out in full batches.
     */
    private final class Batch {
        private final Map<String, Map<Object, Row>> tables = new LinkedHashMap<>();
        private final Map<String, String> keys = new HashMap<>();
        private final Sink sender;

        Batch(Sink sender) {
            this.sender = sender;
        }

        void add(Statement statement, Object[] args) {
            Form form = statement.form;
            String key = keys.computeIfAbsent(form.table, t -> form.key);
            if (!key.equals(form.key)) {
                throw new IllegalArgumentException("Rows of " + form.table + " are named by " + key + ", not by " + form.key);
            }
            Map<Object, Row> rows = tables.computeIfAbsent(form.table, t -> new LinkedHashMap<>());
            Object[] values = statement.values(args);
            Object id = form.insert ? values[0] : args[args.length - 1];
            Row row = rows.get(id);
            if (row != null && row.absorb(form, values)) {
                return;
            }
            if (row != null) {
                flush(rows);
                sender.barrier();
            }
            rows.put(id, new Row(form, values, id));
            if (rows.size() >= maxPendingRows) {
                flush(rows);
            }
        }

        void flush() {
            tables.values().forEach(this::flush);
        }

        private void flush(Map<Object, Row> rows) {
            Map<String, List<Object[]>> batches = new LinkedHashMap<>();
            for (Row row : rows.values()) {
                batches.computeIfAbsent(row.form.sql, s -> new ArrayList<>()).add(row.args());
            }
            sender.send(batches);
            rows.clear();
        }
    }

    /** Sends JDBC batches over the caller's connection on a thread of its own, one send at a time. */
    private final class Sender implements Sink, AutoCloseable {
        private ExecutorService thread;
        private Connection connection;
        private JdbcTemplate overConnection;
        private Future<?> sending = CompletableFuture.completedFuture(null);

        /** Waits for the previous send, then starts this one. */
        @Override
        public void send(Map<String, List<Object[]>> batches) {
            awaitSent();
            if (thread == null) {
                connection = DataSourceUtils.getConnection(jdbc.getDataSource());
                overConnection = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-writer"));
            }
            sending = thread.submit(() -> batches.forEach(overConnection::batchUpdate));
        }

        /** The sends go one after the other on one connection: nothing to wait for here. */
        @Override
        public void barrier() {
        }

        /** Waits for the send under way; a failed send fails here. */
        void awaitSent() {
            try {
                sending.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while sending read-model rows", e);
            }
        }

        /** Lets a send under way finish before the connection is handed back (and, on failure, rolled back). */
        @Override
        public void close() {
            if (thread != null) {
                thread.shutdown();
                boolean interrupted = false;
                while (!thread.isTerminated()) {
                    try {
                        thread.awaitTermination(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The pending change of one row: an insert of these values, or an update setting or adding them. */
    private static final class Row {
        private Form form;
        private Object[] values;
        private final Object id;

        Row(Form form, Object[] values, Object id) {
            this.form = form;
            this.values = values;
            this.id = id;
        }

        /** Folds a later update of this row into this change; false if it cannot be (then it runs after this one). */
        boolean absorb(Form update, Object[] changes) {
            if (update.insert) {
                return false;
            }
            for (int j = 0; j < changes.length; j++) {
                if (update.adds[j] && form.insert && form.columns.indexOf(update.columns.get(j)) < 0) {
                    return false;   // adds to a column whose starting value only the database knows
                }
            }
            for (int j = 0; j < changes.length; j++) {
                String column = update.columns.get(j);
                int i = form.columns.indexOf(column);
                if (i < 0) {
                    form = form.with(column, update.adds[j]);
                    values = Arrays.copyOf(values, values.length + 1);
                    values[values.length - 1] = changes[j];
                } else if (update.adds[j]) {
                    values[i] = plus(values[i], changes[j]);
                } else {
                    values[i] = changes[j];
                    if (form.adds[i]) {
                        form = form.setting(i);
                    }
                }
            }
            return true;
        }

        Object[] args() {
            if (form.insert) {
                return values;
            }
            Object[] args = Arrays.copyOf(values, values.length + 1);
            args[values.length] = id;
            return args;
        }
    }

    /** What a change does to one row: the columns an insert fills, or those an update sets or adds to. */
    private static final class Form {
        final String table;
        final boolean insert;
        final String key;
        final List<String> columns;
        final boolean[] adds;
        final String sql;

        Form(String table, boolean insert, String key, List<String> columns, boolean[] adds) {
            this.table = table;
            this.insert = insert;
            this.key = key;
            this.columns = List.copyOf(columns);
            this.adds = adds;
            StringBuilder sql = new StringBuilder();
            if (insert) {
                sql.append("insert into ").append(table).append(" (").append(String.join(", ", columns))
                        .append(") values (").append("?, ".repeat(columns.size() - 1)).append("?)");
            } else {
                sql.append("update ").append(table).append(" set ");
                for (int i = 0; i < columns.size(); i++) {
                    String c = columns.get(i);
                    sql.append(i > 0 ? ", " : "").append(c).append(" = ").append(adds[i] ? c + " + ?" : "?");
                }
                sql.append(" where ").append(key).append(" = ?");
            }
            this.sql = sql.toString();
        }

        Form with(String column, boolean add) {
            List<String> more = new ArrayList<>(columns);
            more.add(column);
            boolean[] moreAdds = Arrays.copyOf(adds, adds.length + 1);
            moreAdds[adds.length] = add;
            return new Form(table, insert, key, more, moreAdds);
        }

        Form setting(int column) {
            boolean[] fewerAdds = adds.clone();
            fewerAdds[column] = false;
            return new Form(table, insert, key, columns, fewerAdds);
        }
    }

    /**
     * A projection's statement, taken apart once: its form, and where each column's value comes
     * from: a literal, or the parameter at that index (negated for {@code c = c - ?}).
     */
    private record Statement(Form form, Object[] literals, int[] params, boolean[] negate, int arity) {

        static Statement parse(String sql) {
            Matcher insert = INSERT.matcher(sql);
            Matcher update = UPDATE.matcher(sql);
            boolean isInsert = insert.matches();
            if (!isInsert && !update.matches()) {
                throw refused(sql);
            }
            List<String> columns = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            if (isInsert) {
                split(insert.group(2)).forEach(c -> columns.add(c.toLowerCase()));
                sources.addAll(split(insert.group(3)));
            } else {
                for (String assignment : update.group(2).split(",")) {
                    Matcher m = ASSIGNMENT.matcher(assignment);
                    if (!m.matches()) {
                        throw refused(sql);
                    }
                    columns.add(m.group(1).toLowerCase());
                    sources.add(m.group(2));
                }
            }
            if (columns.size() != sources.size()) {
                throw refused(sql);
            }
            int n = columns.size();
            Object[] literals = new Object[n];
            int[] params = new int[n];
            boolean[] adds = new boolean[n];
            boolean[] negate = new boolean[n];
            int param = 0;
            for (int i = 0; i < n; i++) {
                Matcher addition = ADDITION.matcher(sources.get(i));
                if (sources.get(i).equals("?")) {
                    params[i] = param++;
                } else if (!isInsert && addition.matches() && addition.group(1).equalsIgnoreCase(columns.get(i))) {
                    adds[i] = true;
                    negate[i] = addition.group(2).equals("-");
                    params[i] = param++;
                } else {
                    params[i] = -1;
                    literals[i] = literal(sources.get(i), sql);
                }
            }
            Form form = isInsert
                    ? new Form(insert.group(1).toLowerCase(), true, columns.get(0), columns, adds)
                    : new Form(update.group(1).toLowerCase(), false, update.group(3).toLowerCase(), columns, adds);
            return new Statement(form, literals, params, negate, isInsert ? param : param + 1);
        }

        Object[] values(Object[] args) {
            if (args.length != arity) {
                throw new IllegalArgumentException(arity + " parameters expected, not " + args.length + ": " + form.sql);
            }
            Object[] values = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                values[i] = params[i] < 0 ? literals[i] : negate[i] ? negated(args[params[i]]) : args[params[i]];
            }
            return values;
        }
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).toList();
    }

    private static Object literal(String text, String sql) {
        if (text.equalsIgnoreCase("null")) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        if (text.matches("-?\\d+")) {
            return Integer.valueOf(text);
        }
        if (text.matches("'([^']|'')*'")) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        throw refused(sql);
    }

    private static Object plus(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof Integer x && b instanceof Integer y) {
            return Math.addExact(x, y);
        }
        return Math.addExact(((Number) a).longValue(), ((Number) b).longValue());
    }

    private static Object negated(Object a) {
        return a == null ? null : a instanceof Integer x ? Integer.valueOf(-x) : Long.valueOf(-((Number) a).longValue());
    }

    private static IllegalArgumentException refused(String sql) {
        return new IllegalArgumentException("Not a read-model write of one row by its key: " + sql);
    }
}
