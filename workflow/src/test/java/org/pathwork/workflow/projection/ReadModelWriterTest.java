package org.pathwork.workflow.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * During a rebuild the writer merges each row's statements in memory and sends rows in batches; the
 * rows it leaves must be those that running every statement at once leaves. A limit of three
 * pending rows per table makes rows leave half-way through their history, so that later changes
 * of them are merged into updates of their own.
 */
class ReadModelWriterTest {

    private static final String[] TABLES = {"account", "entry"};

    @Test
    void mergedAndBatchedStatementsLeaveTheSameRowsAsStatementsRunOneByOne() {
        DataSource live = database();
        DataSource rebuilt = database();

        inTransaction(live, () -> history(new ReadModelWriter(new JdbcTemplate(live))));
        ReadModelWriter writer = new ReadModelWriter(new JdbcTemplate(rebuilt), 3);
        inTransaction(rebuilt, () -> writer.batched(() -> {
            history(writer);
            return null;
        }));

        for (String table : TABLES) {
            assertThat(rows(rebuilt, table)).as(table).hasSizeGreaterThan(3).isEqualTo(rows(live, table));
        }
    }

    @Test
    void aRowTheDatabaseRefusesFailsTheRebuildAndLeavesNothingBehind() {
        DataSource dataSource = database();
        ReadModelWriter writer = new ReadModelWriter(new JdbcTemplate(dataSource), 1);   // every row sent at once

        assertThatThrownBy(() -> inTransaction(dataSource, () -> writer.batched(() -> {
            writer.update("insert into entry (id, account_id, minutes) values (?, ?, ?)", "e1", "a1", 30);
            writer.update("insert into entry (id, account_id, minutes) values (?, ?, ?)", "e2", "a1", null);
            writer.update("insert into entry (id, account_id, minutes) values (?, ?, ?)", "e3", "a1", 30);
            return null;
        }))).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(rows(dataSource, "entry")).isEmpty();
    }

    /** Refused before anything is sent: no database needed. */
    @Test
    void aStatementThatDoesNotChangeOneRowByItsKeyIsRefused() {
        ReadModelWriter writer = new ReadModelWriter(new JdbcTemplate());

        for (String sql : List.of("delete from account where id = ?",
                "update account set total = (select count(*) from entry) where id = ?",
                "update account set total = total * ? where id = ?",
                "update account set status = ? where id = ? and status = 'OPEN'",
                "insert into account (id, status) select id, 'OPEN' from entry where id = ?")) {
            assertThatThrownBy(() -> writer.update(sql, "a")).as(sql)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a read-model write");
        }
    }

    @Test
    void aTableIsChangedByOneKeyDuringARebuild() {
        ReadModelWriter writer = new ReadModelWriter(new JdbcTemplate());

        assertThatThrownBy(() -> writer.batched(() -> {
            writer.update("insert into entry (id, account_id, minutes) values (?, ?, ?)", "e1", "a1", 30);
            writer.update("update entry set voided = true where account_id = ?", "a1");
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("Rows of entry are named by id, not by account_id");
    }

    /**
     * Accounts with many entries, interleaved as in a real store, some voided, and every kind of
     * change: set, add, subtract, literal, null, and a change of a row that does not exist.
     */
    private static void history(ReadModelWriter writer) {
        int accounts = 5;
        for (int a = 0; a < accounts; a++) {
            writer.update("insert into account (id, status, total, opened_at) values (?, 'OPEN', 0, ?)", "account-" + a, at(a));
        }
        for (int e = 0; e < 12; e++) {
            for (int a = 0; a < accounts; a++) {
                String account = "account-" + a;
                String entry = account + "-entry-" + e;
                writer.update("insert into entry (id, account_id, minutes) values (?, ?, ?)", entry, account, 10 + e);
                writer.update("update account set total = total + ?, changed_at = ? where id = ?", 10 + e, at(e), account);
                if ((e + a) % 5 == 2) {
                    writer.update("update entry set voided = true, void_reason = ? where id = ?", "Wrong day", entry);
                    writer.update("update account set total = total - ?, changed_at = ? where id = ?", 10 + e, at(e + 1), account);
                }
                if (e == 6) {
                    writer.update("update account set status = ?, reason = ? where id = ?", "SUSPENDED", "Holiday", account);
                }
                if (e == 8 && a % 2 == 0) {
                    writer.update("update account set status = 'OPEN', reason = null where id = ?", account);
                }
                if (e == 10 && a % 2 == 1) {
                    writer.update("update account set total = ?, status = ? where id = ?", 1_000, "CLOSED", account);
                    writer.update("update account set total = total + ? where id = ?", 5, account);
                }
            }
        }
        writer.update("update account set total = total + ? where id = ?", 1, "no-such-account");
    }

    private static DataSource database() {
        DataSource dataSource = TestDatabase.dataSource(TestDatabase.create());
        new JdbcTemplate(dataSource).execute("""
                create table account (id varchar(64) primary key, status varchar(20) not null, reason varchar,
                    total integer not null default 0, opened_at timestamp with time zone not null,
                    changed_at timestamp with time zone);
                create table entry (id varchar(64) primary key, account_id varchar(64) not null,
                    minutes integer not null, voided boolean not null default false, void_reason varchar)""");
        return dataSource;
    }

    private static void inTransaction(DataSource dataSource, Runnable work) {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(t -> work.run());
    }

    private static List<Map<String, Object>> rows(DataSource dataSource, String table) {
        return new JdbcTemplate(dataSource).queryForList("select * from " + table + " order by id");
    }

    private static Timestamp at(int minute) {
        return Timestamp.from(Instant.parse("2026-09-01T08:00:00Z").plusSeconds(60L * minute));
    }
}
