package org.pathwork.workflow.placement.query;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the command's locking read of a placement ({@link PlacementQueries#lockVisible}) brought along
 * besides the row, kept for the rest of the transaction so that the command needs no read of its own
 * for them: the placement's version (its last event's sequence number, for the aggregate cache's check),
 * the student's birth date (the hour limits of minors), the placement's process instance and whether the
 * supervisor's log-hours reminder is open (the process bridge). One per transaction: the last placement locked.
 *
 * <p>Read at the lock, they are as fresh as anything the command reads. The version is handed out
 * once ({@link #takeVersion}): after the first command of a transaction appends, it is out of date.
 *
 * @param version           null when the row does not know it (the event store is asked)
 * @param studentBirthDate  null when the directory has none (the directory then says so)
 * @param processInstanceId null, and
 * @param hoursReminderOpen null, when the placement has no process row (applied for before V14)
 */
public record LockedPlacement(String placementId, Long version, String studentId, LocalDate studentBirthDate,
                              String processInstanceId, Boolean hoursReminderOpen) {

    private static final Object KEY = LockedPlacement.class;

    /** Keeps this for the current transaction; outside a transaction it is not kept. */
    void remember() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (TransactionSynchronizationManager.unbindResourceIfPossible(KEY) == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(KEY, new Holder(this));
    }

    /** The placement locked in this transaction, if it is this one. */
    public static Optional<LockedPlacement> current(String placementId) {
        Holder holder = (Holder) TransactionSynchronizationManager.getResource(KEY);
        return holder == null || !holder.placement.placementId.equals(placementId)
                ? Optional.empty() : Optional.of(holder.placement);
    }

    /** The birth date read with the lock, if the locked placement's student is this one and has one. */
    public static Optional<LocalDate> birthDateOf(String studentId) {
        Holder holder = (Holder) TransactionSynchronizationManager.getResource(KEY);
        return holder == null || !holder.placement.studentId.equals(studentId)
                ? Optional.empty() : Optional.ofNullable(holder.placement.studentBirthDate);
    }

    /** The version read with the lock, once: the next command of the transaction asks the store. */
    public static Long takeVersion(String placementId) {
        Holder holder = (Holder) TransactionSynchronizationManager.getResource(KEY);
        if (holder == null || !holder.placement.placementId.equals(placementId)) {
            return null;
        }
        Long version = holder.version;
        holder.version = null;
        return version;
    }

    private static final class Holder {
        final LockedPlacement placement;
        Long version;

        Holder(LockedPlacement placement) {
            this.placement = placement;
            this.version = placement.version;
        }
    }
}
