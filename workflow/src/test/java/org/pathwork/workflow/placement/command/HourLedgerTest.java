package org.pathwork.workflow.placement.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.placement.command.HourLedger.Entry;
import org.pathwork.workflow.placement.command.HourLedger.State;

/** The hours entries as the Placement keeps them, and as its snapshot writes and reads them back. */
class HourLedgerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    private final HourLedger ledger = new HourLedger();

    @Test
    void anEntryIsFoundByItsIdWithItsDayMinutesAndWhetherItIsVoided() {
        String id = UUID.randomUUID().toString();
        ledger.add(id, MONDAY, 90);
        ledger.add("e2", MONDAY, 30);
        ledger.markVoided("e2");

        assertThat(ledger.find(id)).isEqualTo(new Entry(MONDAY, 90, State.COUNTED));
        assertThat(ledger.find("e2")).isEqualTo(new Entry(MONDAY, 30, State.VOIDED));
        assertThat(ledger.contains(id)).isTrue();
        assertThat(ledger.find(UUID.randomUUID().toString())).isNull();
        assertThat(ledger.contains("e3")).isFalse();
    }

    @Test
    void voidedEntriesDoNotCount() {
        ledger.add("mon", MONDAY, 60);
        ledger.add("tue", MONDAY.plusDays(1), 120);
        ledger.add("tue-typo", MONDAY.plusDays(1), 500);
        ledger.add("next-mon", MONDAY.plusDays(7), 45);
        ledger.markVoided("tue-typo");

        assertThat(ledger.countedMinutesOn(MONDAY.plusDays(1))).isEqualTo(120);
        assertThat(ledger.countedMinutesBetween(MONDAY, MONDAY.plusDays(6))).isEqualTo(180);
        assertThat(ledger.countedMinutes()).isEqualTo(225);
    }

    @Test
    void aStudentsEntryWaitsUntilConfirmedAndADeclinedOrTakenBackOneNeverCounts() {
        ledger.add("logged", MONDAY, 60);
        ledger.addPending("confirmed", MONDAY, 120);
        ledger.addPending("declined", MONDAY, 240);
        ledger.addPending("taken-back", MONDAY, 30);
        ledger.addPending("waiting", MONDAY.plusDays(1), 45);
        ledger.markConfirmed("confirmed");
        ledger.markDeclined("declined");
        ledger.markVoided("taken-back");

        assertThat(ledger.find("logged").state()).isEqualTo(State.COUNTED);
        assertThat(ledger.find("confirmed").state()).isEqualTo(State.COUNTED);
        assertThat(ledger.find("declined").state()).isEqualTo(State.DECLINED);
        assertThat(ledger.find("taken-back").state()).isEqualTo(State.WITHDRAWN);
        assertThat(ledger.find("waiting").state()).isEqualTo(State.PENDING);
        assertThat(ledger.countedMinutes()).isEqualTo(180);
        assertThat(ledger.countedAndPendingMinutesBetween(MONDAY, MONDAY.plusDays(6))).isEqualTo(225);
        assertThat(ledger.countedAndPendingMinutesBetween(MONDAY, MONDAY)).isEqualTo(180);
        assertThat(ledger.pendingEntries()).isEqualTo(1);
    }

    @Test
    void aConfirmedEntryThatIsVoidedLaterCountsNoLonger() {
        ledger.addPending("e1", MONDAY, 90);
        ledger.markConfirmed("e1");
        ledger.markVoided("e1");

        assertThat(ledger.find("e1").state()).isEqualTo(State.VOIDED);
        assertThat(ledger.countedMinutes()).isZero();
        assertThat(ledger.pendingEntries()).isZero();
    }

    @Test
    void voidingAnUnknownEntryChangesNothing() {
        ledger.add("e1", MONDAY, 60);
        ledger.markVoided("e2");
        ledger.markVoided(UUID.randomUUID().toString());

        assertThat(ledger.find("e1").state()).isEqualTo(State.COUNTED);
        assertThat(ledger.countedMinutes()).isEqualTo(60);
    }

    /** Only the canonical (lower-case) form of a UUID is packed; any other spelling is a different id. */
    @Test
    void idsThatOnlyLookLikeAUuidAreEntriesOfTheirOwn() {
        String id = UUID.randomUUID().toString();
        String nil = new UUID(0, 0).toString();
        ledger.add(id, MONDAY, 10);
        ledger.add(id.toUpperCase(), MONDAY, 20);
        ledger.add(nil, MONDAY, 30);
        ledger.add("0", MONDAY, 40);

        assertThat(ledger.find(id).minutes()).isEqualTo(10);
        assertThat(ledger.find(id.toUpperCase()).minutes()).isEqualTo(20);
        assertThat(ledger.find(nil).minutes()).isEqualTo(30);
        assertThat(ledger.find("0").minutes()).isEqualTo(40);
        assertThat(ledger.contains(id.replace('-', '_'))).isFalse();
    }

    @Test
    void everyEntryAndWhereItStandsSurviveTheSnapshot() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String id = i % 1_000 == 7 || i % 1_000 == 8 ? "paper-form-" + i : UUID.randomUUID().toString();
            ids.add(id);
            if (i % 2 == 0) {
                ledger.add(id, MONDAY.plusDays(i / 40), 1 + i % 300);
                if (i % 3 == 0) {
                    ledger.markVoided(id);
                }
            } else {
                ledger.addPending(id, MONDAY.plusDays(i / 40), 1 + i % 300);
                switch (i % 5) {
                    case 0 -> ledger.markVoided(id);
                    case 1 -> ledger.markDeclined(id);
                    case 2 -> ledger.markConfirmed(id);
                    default -> { }
                }
            }
        }

        HourLedger read = roundTrip(ledger);

        for (String id : ids) {
            assertThat(read.find(id)).as(id).isEqualTo(ledger.find(id));
        }
        assertThat(ids.stream().map(id -> ledger.find(id).state()).distinct()).containsExactlyInAnyOrder(State.values());
        assertThat(read.countedMinutes()).isEqualTo(ledger.countedMinutes());
        assertThat(read.countedMinutesOn(MONDAY.plusDays(60))).isEqualTo(ledger.countedMinutesOn(MONDAY.plusDays(60)));
        assertThat(read.pendingEntries()).isEqualTo(ledger.pendingEntries());
        assertThat(read).isEqualTo(ledger);
    }

    @Test
    void aLedgerReadFromASnapshotTakesNewEntriesAndVoids() {
        String early = UUID.randomUUID().toString();
        ledger.add(early, MONDAY, 600);
        ledger.add("e2", MONDAY, 600);

        HourLedger read = roundTrip(ledger);
        read.add("e3", MONDAY, 120);
        read.markVoided(early);

        assertThat(read.find(early)).isEqualTo(new Entry(MONDAY, 600, State.VOIDED));
        assertThat(read.find("e3")).isEqualTo(new Entry(MONDAY, 120, State.COUNTED));
        assertThat(read.countedMinutesOn(MONDAY)).isEqualTo(720);
        assertThat(roundTrip(read).find(early).state()).isEqualTo(State.VOIDED);
        assertThat(roundTrip(read)).isEqualTo(read);
    }

    /** Written as one JSON object each, 5 000 entries took 440 kB, and reading them back cost as much as replaying them. */
    @Test
    void aSnapshotHoldsAnEntryWithAUuidIdIn28Bytes() {
        for (int i = 0; i < 5_000; i++) {
            ledger.add(UUID.randomUUID().toString(), MONDAY.plusDays(i / 40), 30);
        }

        assertThat(SERIALIZER.serialize(ledger, byte[].class).getData().length).isLessThan(5_000 * 28 + 100);
    }

    @Test
    void anEntryTheRowCannotHoldIsRefusedRatherThanCutShort() {
        assertThatThrownBy(() -> ledger.add("e1", LocalDate.of(2150, 1, 1), 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.add("e1", LocalDate.of(1969, 12, 31), 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.add("e1", MONDAY, 40_000)).isInstanceOf(IllegalArgumentException.class);
        ledger.add("e1", LocalDate.of(2149, 6, 6), Placement.MINUTES_IN_A_DAY);

        assertThat(ledger.find("e1")).isEqualTo(new Entry(LocalDate.of(2149, 6, 6), Placement.MINUTES_IN_A_DAY, State.COUNTED));
    }

    @Test
    void aSnapshotWhoseRowsAreCutShortIsRefusedRatherThanMisread() {
        ledger.add("e1", MONDAY, 60);
        String json = new String(SERIALIZER.serialize(ledger, byte[].class).getData(), StandardCharsets.UTF_8);
        String cut = json.replaceFirst("\"rows\":\"[^\"]*\"", "\"rows\":\"AAAA\"");

        assertThatThrownBy(() -> SERIALIZER.deserialize(new SimpleSerializedObject<>(cut.getBytes(StandardCharsets.UTF_8),
                byte[].class, SERIALIZER.typeForClass(HourLedger.class))))
                .isInstanceOf(SerializationException.class);
    }

    private static HourLedger roundTrip(HourLedger ledger) {
        SerializedObject<byte[]> written = SERIALIZER.serialize(ledger, byte[].class);
        return SERIALIZER.deserialize(written);
    }
}
