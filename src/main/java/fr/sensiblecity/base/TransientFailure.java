package fr.sensiblecity.base;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures after which the same transaction, started again, may well succeed: a deadlock, a Galera certification
 * conflict (which MariaDB reports as a deadlock, error 1213), a lock wait that timed out, or a database node that
 * went away (the driver then connects to the next one).
 */
public final class TransientFailure {

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    /** Galera: the node is not (yet, or any more) part of the primary component. */
    private static final int WSREP_NOT_READY = 1047;

    private TransientFailure() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof ConcurrencyFailureException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK
                    || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || sql.getErrorCode() == WSREP_NOT_READY
                    || "40001".equals(sql.getSQLState()) || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
