package org.pathwork.workflow.placement.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Every hours entry of one placement: its id, day and minutes, and where it stands ({@link State}): counted,
 * waiting for the supervisor's confirmation, declined, voided or taken back.
 *
 * <p>The {@link Placement} needs all of them (VoidHours and ConfirmHours find an entry by id, LogHours and
 * SubmitHours refuse an id twice and sum a day's and a week's minutes), and a placement with a long history is
 * loaded from a snapshot
 * that holds them. Written as one JSON object each, 5 000 entries made a 440 kB snapshot that cost as much
 * to read as replaying the events. Here each entry is a 21-byte row in one byte array, and the snapshot
 * holds that array as a single Base64 value (140 kB for 5 000 entries): reading it back parses nothing
 * per entry.
 *
 * <p>A row holds the id's 128 bits when the id is a UUID in its canonical form, as every id that
 * PlacementService makes is. Any other id (test fixtures, a client that makes its own) is kept as text in
 * {@code textIds}, and its row holds the index there. Entries are only ever added and voided, never
 * removed; ids are unique because the placement refuses a duplicate before it applies the event. Finding
 * an entry or summing a day scans the rows: microseconds for thousands of entries, and unlike an index it
 * costs nothing to rebuild when a snapshot is read.
 */
final class HourLedger {

    /** Where an entry stands. */
    enum State {
        /** Counts toward the placement's hours: logged by the supervisor, or submitted by the student and confirmed. */
        COUNTED,
        /** Submitted by the student, waiting for the supervisor to confirm or decline it; does not count yet. */
        PENDING,
        /** The supervisor declined it; it never counts. */
        DECLINED,
        /** It counted, then was voided. */
        VOIDED,
        /** The student took it back before the supervisor decided; it never counted. */
        WITHDRAWN
    }

    /** The entry as the rules see it. */
    record Entry(LocalDate date, int minutes, State state) {
    }

    // One row: | id: 2 longs (UUID bits, or 0 and an index into textIds) | day: char | minutes: short | flags: byte |.
    // The day is counted from 1970-01-01 as an unsigned 16-bit number (up to 2149), and an entry's minutes are at
    // most a day's: every byte of a row is paid for again on each load, so the row is no wider than it must be.
    private static final int ID_HIGH = 0;
    private static final int ID_LOW = 8;
    private static final int DAY = 16;
    private static final int MINUTES = 18;
    private static final int FLAGS = 20;
    private static final int ROW_BYTES = 21;

    // A row written before entries could wait for confirmation has neither PENDING nor DECLINED set, and means
    // what it meant then: the snapshot's shape is unchanged.
    private static final byte VOIDED = 1;
    private static final byte TEXT_ID = 2;
    private static final byte PENDING = 4;
    private static final byte DECLINED = 8;
    private static final byte NOT_COUNTED = VOIDED | PENDING | DECLINED;
    private static final byte NOT_CLAIMED = VOIDED | DECLINED;

    private byte[] rows;
    private int size;
    private final List<String> textIds;

    HourLedger() {
        this(new byte[0], List.of());
    }

    @JsonCreator
    private HourLedger(@JsonProperty("rows") byte[] rows, @JsonProperty("textIds") List<String> textIds) {
        this.rows = rows == null ? new byte[0] : rows;
        if (this.rows.length % ROW_BYTES != 0) {
            throw new IllegalArgumentException("An hour ledger's rows are %d bytes each; %d bytes is not a whole number of rows"
                    .formatted(ROW_BYTES, this.rows.length));
        }
        this.size = this.rows.length / ROW_BYTES;
        this.textIds = textIds == null ? new ArrayList<>() : new ArrayList<>(textIds);
    }

    /** The rows in use, for the snapshot (Jackson writes a byte array as one Base64 string). */
    @JsonProperty("rows")
    private byte[] rowsInUse() {
        return Arrays.copyOf(rows, size * ROW_BYTES);
    }

    @JsonProperty("textIds")
    private List<String> textIds() {
        return textIds;
    }

    boolean contains(String id) {
        return rowOf(id) >= 0;
    }

    /** The entry with this id, or {@code null} when this placement has none. */
    Entry find(String id) {
        int row = rowOf(id);
        if (row < 0) {
            return null;
        }
        ByteBuffer table = ByteBuffer.wrap(rows);
        int at = row * ROW_BYTES;
        return new Entry(LocalDate.ofEpochDay(table.getChar(at + DAY)), table.getShort(at + MINUTES),
                state(table.get(at + FLAGS)));
    }

    private static State state(byte flags) {
        if ((flags & DECLINED) != 0) {
            return State.DECLINED;
        }
        if ((flags & PENDING) != 0) {
            return (flags & VOIDED) != 0 ? State.WITHDRAWN : State.PENDING;
        }
        return (flags & VOIDED) != 0 ? State.VOIDED : State.COUNTED;
    }

    /** Adds an entry that counts at once (the supervisor's own). */
    void add(String id, LocalDate date, int minutes) {
        add(id, date, minutes, (byte) 0);
    }

    /** Adds an entry that waits for the supervisor's confirmation (the student's own). */
    void addPending(String id, LocalDate date, int minutes) {
        add(id, date, minutes, PENDING);
    }

    private void add(String id, LocalDate date, int minutes, byte state) {
        long day = date.toEpochDay();
        if (day < 0 || day > Character.MAX_VALUE || minutes < 0 || minutes > Short.MAX_VALUE) {
            // the rules let no such entry in: its day lies near today's, and its minutes within one day
            throw new IllegalArgumentException("An hours entry of %d minutes on %s does not fit the ledger".formatted(minutes, date));
        }
        if ((size + 1) * ROW_BYTES > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(16, size * 2) * ROW_BYTES);
        }
        ByteBuffer table = ByteBuffer.wrap(rows);
        int at = size * ROW_BYTES;
        UUID uuid = canonicalUuid(id);
        if (uuid != null) {
            table.putLong(at + ID_HIGH, uuid.getMostSignificantBits());
            table.putLong(at + ID_LOW, uuid.getLeastSignificantBits());
            table.put(at + FLAGS, state);
        } else {
            textIds.add(id);
            table.putLong(at + ID_HIGH, 0);
            table.putLong(at + ID_LOW, textIds.size() - 1);
            table.put(at + FLAGS, (byte) (TEXT_ID | state));
        }
        table.putChar(at + DAY, (char) day);
        table.putShort(at + MINUTES, (short) minutes);
        size++;
    }

    /** Marks the entry voided (a pending one: taken back); an unknown id changes nothing. */
    void markVoided(String id) {
        setFlags(id, VOIDED, (byte) 0);
    }

    /** A pending entry counts from now on; an unknown id changes nothing. */
    void markConfirmed(String id) {
        setFlags(id, (byte) 0, PENDING);
    }

    /** A pending entry will never count; an unknown id changes nothing. */
    void markDeclined(String id) {
        setFlags(id, DECLINED, PENDING);
    }

    private void setFlags(String id, byte set, byte clear) {
        int row = rowOf(id);
        if (row >= 0) {
            int at = row * ROW_BYTES + FLAGS;
            rows[at] = (byte) ((rows[at] & ~clear) | set);
        }
    }

    /** The minutes that count: neither waiting for confirmation, declined, voided nor taken back. */
    int countedMinutes() {
        return countedMinutesBetween(LocalDate.MIN, LocalDate.MAX);
    }

    int countedMinutesOn(LocalDate day) {
        return countedMinutesBetween(day, day);
    }

    /** The minutes that count, on the days from {@code first} to {@code last} inclusive. */
    int countedMinutesBetween(LocalDate first, LocalDate last) {
        return minutesBetween(first, last, NOT_COUNTED);
    }

    /**
     * The minutes that count or wait for confirmation, on the days from {@code first} to {@code last}
     * inclusive: every hour someone says was worked and no one has ruled out.
     */
    int countedAndPendingMinutesBetween(LocalDate first, LocalDate last) {
        return minutesBetween(first, last, NOT_CLAIMED);
    }

    /** How many entries wait for the supervisor's confirmation. */
    int pendingEntries() {
        int count = 0;
        for (int at = FLAGS; at < size * ROW_BYTES; at += ROW_BYTES) {
            if (state(rows[at]) == State.PENDING) {
                count++;
            }
        }
        return count;
    }

    private int minutesBetween(LocalDate first, LocalDate last, byte leftOut) {
        long from = first.toEpochDay();
        long to = last.toEpochDay();
        ByteBuffer table = ByteBuffer.wrap(rows);
        int sum = 0;
        for (int at = 0; at < size * ROW_BYTES; at += ROW_BYTES) {
            int day = table.getChar(at + DAY);
            if (day >= from && day <= to && (table.get(at + FLAGS) & leftOut) == 0) {
                sum += table.getShort(at + MINUTES);
            }
        }
        return sum;
    }

    private int rowOf(String id) {
        UUID uuid = canonicalUuid(id);
        if (uuid != null) {
            return rowWith(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits(), (byte) 0);
        }
        int text = textIds.indexOf(id);
        return text < 0 ? -1 : rowWith(0, text, TEXT_ID);
    }

    private int rowWith(long high, long low, byte kind) {
        ByteBuffer table = ByteBuffer.wrap(rows);
        for (int row = 0; row < size; row++) {
            int at = row * ROW_BYTES;
            if (table.getLong(at + ID_LOW) == low && table.getLong(at + ID_HIGH) == high
                    && (table.get(at + FLAGS) & TEXT_ID) == kind) {
                return row;
            }
        }
        return -1;
    }

    /** The UUID whose {@code toString()} is exactly this id, or {@code null}: then the id is kept as text. */
    private static UUID canonicalUuid(String id) {
        if (id.length() != 36) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? uuid : null;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HourLedger other && size == other.size && textIds.equals(other.textIds)
                && Arrays.equals(rows, 0, size * ROW_BYTES, other.rows, 0, size * ROW_BYTES);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, textIds, ByteBuffer.wrap(rows, 0, size * ROW_BYTES));
    }

    @Override
    public String toString() {
        return "HourLedger[" + size + " entries]";
    }
}
