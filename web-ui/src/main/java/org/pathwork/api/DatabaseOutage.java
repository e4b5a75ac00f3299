package org.pathwork.api;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognizes "the database cannot be reached" however deep a framework wrapped it, so that clients
 * get 503 (try again) and not 500 while PostgreSQL is down or restarting.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a commit or rollback that fails in the driver: the connection died under the transaction
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof TransactionSystemException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: operator intervention (server shutting down)
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "Pathwork cannot reach its database just now. Nothing was changed; please try again shortly.");
    }
}
