package org.pathwork.workflow.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why an attempt to send did not go through, and what that means for the mail. Exceptions of Jakarta
 * Mail carry addresses and server replies in their messages; only the reply code and the kind of
 * failure leave this class, as a sentence for people ({@link #reason}) and a code for logs
 * ({@link #code}).
 *
 * @param outcome what becomes of the mail
 * @param reason  a sentence without addresses, stored as the mail's last error
 * @param code    a short token for the log line, e.g. {@code smtp-550-recipient}
 * @param setup   true when the cause is the mail settings (sign-in, sender), not the mail: it is
 *                retried, since bouncing would mark every recipient unreachable for an operator's slip
 */
record SendFailure(Outcome outcome, String reason, String code, boolean setup) {

    enum Outcome {
        /** Try again after the back-off (FAILED once the attempts are used up). */
        RETRY,
        /** Refused for good: the address or the message. */
        BOUNCE,
        /** The mail itself cannot be built; trying again cannot help. */
        FAIL
    }

    static SendFailure of(Exception e) {
        List<Throwable> chain = chain(e);
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException || t instanceof MailAuthenticationException) {
                return new SendFailure(Outcome.RETRY, "The mail server refused Pathwork's sign-in.", "sign-in-refused",
                        true);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPAddressFailedException refused) {
                int code = refused.getReturnCode();
                // RFC 5321 4.5.3.1.10: 552 (mailbox full) after RCPT is to be treated as the temporary 452
                return permanent(code) && code != 552
                        ? bounce("The mail server refused the address (" + code + ").", "smtp-" + code + "-recipient")
                        : retry("The mail server asked to try again later (" + code + ").", "smtp-" + code + "-recipient");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPSenderFailedException refused) {
                return sender(refused.getReturnCode());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPSendFailedException refused) {
                int code = refused.getReturnCode();
                String command = refused.getCommand() == null ? "" : refused.getCommand();
                if (command.regionMatches(true, 0, "MAIL", 0, 4)) {
                    return sender(code);
                }
                return permanent(code)
                        ? bounce("The mail server refused the message (" + code + ").", "smtp-" + code + "-message")
                        : retry("The mail server asked to try again later (" + code + ").", "smtp-" + code + "-message");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return bounce("The mail server refused the address.", "invalid-address");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof AddressException) {
                return bounce("This is not a valid e-mail address.", "unreadable-address");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof MailPreparationException || t instanceof MailParseException) {
                return new SendFailure(Outcome.FAIL, "The mail could not be put together.", "unprepared", false);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof IOException) {
                return retry("The mail server could not be reached.", "unreachable-" + t.getClass().getSimpleName());
            }
        }
        return retry("The mail server did not take the mail.", "not-taken-" + e.getClass().getSimpleName());
    }

    /** A row queued without an address (the outbox itself keeps such mails BOUNCED from the start). */
    static SendFailure noAddress() {
        return new SendFailure(Outcome.BOUNCE, Outbox.NO_ADDRESS, "no-address", false);
    }

    private static boolean permanent(int code) {
        return code >= 500 && code <= 599;
    }

    private static SendFailure sender(int code) {
        return new SendFailure(Outcome.RETRY, "The mail server refused Pathwork's sender address (" + code + ").",
                "smtp-" + code + "-sender", true);
    }

    private static SendFailure retry(String reason, String code) {
        return new SendFailure(Outcome.RETRY, reason, code, false);
    }

    private static SendFailure bounce(String reason, String code) {
        return new SendFailure(Outcome.BOUNCE, reason, code, false);
    }

    /** The exception, its causes, nested messaging exceptions and those Spring collected per message. */
    private static List<Throwable> chain(Throwable first) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(first));
        List<Throwable> chain = new java.util.ArrayList<>();
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            chain.add(t);
            if (t instanceof MailSendException send) {
                todo.addAll(List.of(send.getMessageExceptions()));
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return chain;
    }
}
