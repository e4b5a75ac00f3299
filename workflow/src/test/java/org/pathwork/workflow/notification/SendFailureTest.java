package org.pathwork.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.pathwork.workflow.notification.SendFailure.Outcome;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * What each refusal of a mail server means for the mail, and that nothing of the exception's text
 * (which holds addresses and the server's words) reaches the stored reason or the log code.
 */
class SendFailureTest {

    private static final String ADDRESS = "dana.minor@example.org";

    @Test
    void aRecipientRefusedWithA5xxReplyBounces() throws Exception {
        SendFailure f = SendFailure.of(sent(recipientRefused(550, "550 5.1.1 <" + ADDRESS + "> no such user")));

        assertThat(f.outcome()).isEqualTo(Outcome.BOUNCE);
        assertThat(f.reason()).isEqualTo("The mail server refused the address (550).");
        assertThat(f.code()).isEqualTo("smtp-550-recipient");
        assertNoAddress(f);
    }

    @Test
    void aRecipientToldToWaitIsRetriedAndSoIsAFullMailbox() throws Exception {
        assertThat(SendFailure.of(sent(recipientRefused(451, "451 4.3.0 try later"))).outcome()).isEqualTo(Outcome.RETRY);
        assertThat(SendFailure.of(sent(recipientRefused(552, "552 mailbox full"))).outcome()).isEqualTo(Outcome.RETRY);
    }

    @Test
    void aMessageRefusedAfterItsDataBouncesAndATemporaryRefusalIsRetried() {
        SendFailure refused = SendFailure.of(sent(new SMTPSendFailedException(".", 554, "554 5.6.0 spam <" + ADDRESS + ">",
                null, null, null, null)));
        assertThat(refused.outcome()).isEqualTo(Outcome.BOUNCE);
        assertThat(refused.reason()).isEqualTo("The mail server refused the message (554).");
        assertNoAddress(refused);

        assertThat(SendFailure.of(sent(new SMTPSendFailedException(".", 421, "421 closing", null, null, null, null)))
                .outcome()).isEqualTo(Outcome.RETRY);
    }

    @Test
    void aRefusedSenderOrSignInIsAProblemOfTheSettingsAndIsRetriedNotBounced() {
        SendFailure sender = SendFailure.of(sent(new SMTPSendFailedException("MAIL FROM:<no-reply@school.example>", 553,
                "553 not allowed", null, null, null, null)));
        assertThat(sender.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(sender.setup()).isTrue();

        SendFailure signIn = SendFailure.of(new MailAuthenticationException(new AuthenticationFailedException("535 bad")));
        assertThat(signIn.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(signIn.setup()).isTrue();
        assertThat(signIn.reason()).isEqualTo("The mail server refused Pathwork's sign-in.");
    }

    @Test
    void anUnreachableServerIsRetried() {
        SendFailure f = SendFailure.of(sent(new MessagingException("Couldn't connect to host " + ADDRESS,
                new ConnectException("Connection refused"))));

        assertThat(f.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(f.reason()).isEqualTo("The mail server could not be reached.");
        assertThat(f.code()).isEqualTo("unreachable-ConnectException");
    }

    @Test
    void anAddressThatCannotBeReadBouncesAndAMailThatCannotBeBuiltFails() {
        SendFailure unreadable = SendFailure.of(new AddressException("Missing final '@domain'", "dana at home"));
        assertThat(unreadable.outcome()).isEqualTo(Outcome.BOUNCE);
        assertThat(unreadable.reason()).isEqualTo("This is not a valid e-mail address.");

        assertThat(SendFailure.of(new MailPreparationException("no", new IllegalStateException())).outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void invalidAddressesWithoutAReplyCodeBounce() throws Exception {
        SendFailedException e = new SendFailedException("Invalid Addresses", null, new Address[0], new Address[0],
                new Address[]{new InternetAddress(ADDRESS)});
        assertThat(SendFailure.of(sent(e)).outcome()).isEqualTo(Outcome.BOUNCE);
    }

    @Test
    void anythingElseIsRetriedAndNamedByItsClassOnly() {
        SendFailure f = SendFailure.of(new IllegalStateException("something about " + ADDRESS));

        assertThat(f.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(f.code()).isEqualTo("not-taken-IllegalStateException");
        assertNoAddress(f);
    }

    /** As JavaMailSenderImpl reports it: the message's failure inside a MailSendException. */
    private static MailSendException sent(Exception failure) {
        return new MailSendException(Map.of(new Object(), failure));
    }

    /** As Angus reports a refused RCPT: "Invalid Addresses" with the reply chained to it. */
    private static SendFailedException recipientRefused(int code, String reply) throws AddressException {
        InternetAddress to = new InternetAddress(ADDRESS);
        SMTPAddressFailedException refused = new SMTPAddressFailedException(to, "RCPT TO:<" + ADDRESS + ">", code, reply);
        return code >= 500
                ? new SendFailedException("Invalid Addresses", refused, new Address[0], new Address[0], new Address[]{to})
                : new SendFailedException("Invalid Addresses", refused, new Address[0], new Address[]{to}, new Address[0]);
    }

    private static void assertNoAddress(SendFailure f) {
        assertThat(f.reason()).doesNotContain("@").doesNotContain("example");
        assertThat(f.code()).doesNotContain("@").doesNotContain("example");
    }
}
