package org.thinkfamily.hub.transaction;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State kept for the current transaction only (keys read, activity to write, readers to wake): a synchronization of
 * the transaction, found among its own, so a transaction suspended for another keeps its state to itself, and the
 * state goes with the transaction, committed or not.
 */
public final class TransactionScope {

    private TransactionScope() {}

    /** Whether there is a transaction to keep state for. */
    public static boolean active() {
        return TransactionSynchronizationManager.isSynchronizationActive();
    }

    /** The transaction's synchronization of this type that {@code mine} accepts, or null (also outside one). */
    public static <S extends TransactionSynchronization> S find(Class<S> type, Predicate<S> mine) {
        if (!active()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(registered) && mine.test(type.cast(registered))) {
                return type.cast(registered);
            }
        }
        return null;
    }

    /** As {@link #find}, registering a new one made by {@code make} when there is none; requires a transaction. */
    public static <S extends TransactionSynchronization> S findOrRegister(
            Class<S> type, Predicate<S> mine, Supplier<S> make) {
        S found = find(type, mine);
        if (found == null) {
            found = make.get();
            TransactionSynchronizationManager.registerSynchronization(found);
        }
        return found;
    }
}
