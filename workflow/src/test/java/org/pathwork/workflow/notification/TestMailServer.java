package org.pathwork.workflow.notification;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a fixed port of this machine that a test can stop and start
 * again, and tell to answer with a refusal at one step of the conversation: after {@code MAIL FROM}
 * (the sender), {@code RCPT TO} (the recipient) or the message data.
 */
public final class TestMailServer {

    private final int port;
    private final GreenMail server;
    private volatile String senderReply;
    private volatile String recipientReply;
    private volatile String dataReply;
    private volatile boolean running;

    private TestMailServer() {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server = new Refusing(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Started on a free port. */
    public static TestMailServer start() {
        TestMailServer s = new TestMailServer();
        s.restart();
        return s;
    }

    public int port() {
        return port;
    }

    /** Stops listening: clients get "connection refused". Messages received so far are dropped. */
    public void stop() {
        running = false;
        server.stop();
    }

    /** Listens again on the same port. */
    public void restart() {
        server.start();
        running = true;
    }

    /** Listens if it was stopped. */
    public void ensureRunning() {
        if (!running) {
            restart();
        }
    }

    /** Accepts everything again. */
    public void acceptAll() {
        senderReply = null;
        recipientReply = null;
        dataReply = null;
    }

    /** Answers MAIL FROM with this reply, e.g. {@code 553 5.7.1 sender not allowed}. */
    public void refuseSender(String reply) {
        senderReply = reply;
    }

    /** Answers RCPT TO with this reply, e.g. {@code 550 5.1.1 no such user} or {@code 451 4.3.0 try later}. */
    public void refuseRecipients(String reply) {
        recipientReply = reply;
    }

    /** Answers the end of the message data with this reply, e.g. {@code 554 5.6.0 message refused}. */
    public void refuseMessages(String reply) {
        dataReply = reply;
    }

    /** Every message received since the last {@link #purge()} or restart. */
    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    public void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many copies of each Message-ID arrived. */
    public Map<String, Integer> copiesByMessageId() {
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage m : received()) {
            try {
                copies.merge(m.getMessageID(), 1, Integer::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return copies;
    }

    /** GreenMail whose SMTP conversations go through {@link RefusingManager}. */
    private final class Refusing extends GreenMail {

        Refusing(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            Map<String, AbstractServer> services = new HashMap<>();
            SmtpManager manager = new RefusingManager(managers);
            services.put(ServerSetup.PROTOCOL_SMTP, new SmtpServer(config[0], managers) {
                @Override
                protected SmtpHandler createProtocolHandler(Socket clientSocket) {
                    return new SmtpHandler(new SmtpCommandRegistry(), manager, clientSocket);
                }
            });
            return services;
        }
    }

    private final class RefusingManager extends SmtpManager {

        RefusingManager(Managers managers) {
            super(managers.getImapHostManager(), managers.getUserManager());
        }

        @Override
        public String checkSender(SmtpState state, MailAddress sender) {
            return senderReply;
        }

        @Override
        public String checkRecipient(SmtpState state, MailAddress recipient) {
            return recipientReply;
        }

        @Override
        public String checkData(SmtpState state) {
            return dataReply;
        }
    }
}
