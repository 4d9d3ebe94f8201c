package fr.portailfamille.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailfamille.application.mail.port.MailTransport.MailDeliveryException;
import fr.portailfamille.application.mail.OutgoingMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmtpMailTransportTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String MESSAGE_ID = "<outbox-42@portail-famille>";

    private final OutgoingMail activation = new FreemarkerMailComposer()
            .compose(FreemarkerMailComposerTest.activation("Lefèvre & Müller", 168));

    private static SmtpSettings localSmtp(int port, String username, String password) {
        return new SmtpSettings("127.0.0.1", port, username, password, false);
    }

    @Test
    void delivers_a_composed_mail_as_utf8_text_and_html_alternatives_with_the_outbox_message_id() throws Exception {
        var transport = new SmtpMailTransport(localSmtp(greenMail.getSmtp().getPort(), null, null));

        transport.send(activation, MESSAGE_ID);

        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertEquals("Création compte portail famille – Mairie de Villepreux", received.getSubject());
        assertTrue(received.getHeader("Subject", null).startsWith("=?UTF-8?"), received.getHeader("Subject", null));
        assertEquals(MESSAGE_ID, received.getMessageID());
        assertEquals("espace.services@villepreux.fr", received.getFrom()[0].toString());
        assertEquals("parent@example.org", received.getAllRecipients()[0].toString());

        assertTrue(received.isMimeType("multipart/alternative"), received.getContentType());
        MimeMultipart alternatives = (MimeMultipart) received.getContent();
        assertEquals(2, alternatives.getCount());
        var text = alternatives.getBodyPart(0);
        var html = alternatives.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(text.getContentType().toUpperCase().contains("UTF-8"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        assertTrue(html.getContentType().toUpperCase().contains("UTF-8"), html.getContentType());
        assertEquals(activation.textBody(), normalized(text.getContent()));
        assertEquals(activation.htmlBody(), normalized(html.getContent()));
        assertTrue(((String) text.getContent()).contains("Bonjour Lefèvre & Müller,"));
    }

    @Test
    void a_mail_with_files_goes_as_multipart_mixed_the_message_first_then_each_file() throws Exception {
        var transport = new SmtpMailTransport(localSmtp(greenMail.getSmtp().getPort(), null, null));
        byte[] pdf = "%PDF-1.7 pas vraiment".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        transport.send(activation, java.util.List.of(new fr.portailfamille.application.mail.MailAttachment.File(
                "facture-PERI2610-000001.pdf", "application/pdf", pdf)), MESSAGE_ID);

        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertTrue(received.isMimeType("multipart/mixed"), received.getContentType());
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertEquals(2, mixed.getCount());
        assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"));
        var file = mixed.getBodyPart(1);
        assertTrue(file.isMimeType("application/pdf"), file.getContentType());
        assertEquals(jakarta.mail.Part.ATTACHMENT, file.getDisposition());
        assertEquals("facture-PERI2610-000001.pdf", file.getFileName());
        assertEquals(java.util.Arrays.toString(pdf), java.util.Arrays.toString(file.getInputStream().readAllBytes()));
    }

    @Test
    void authenticates_when_a_username_is_given() throws Exception {
        greenMail.setUser("agent@villepreux.fr", "agent", "s3cret-Pass");
        var transport = new SmtpMailTransport(localSmtp(greenMail.getSmtp().getPort(), "agent", "s3cret-Pass"));

        transport.send(activation, MESSAGE_ID);

        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
    }

    @Test
    void reports_a_refused_login_without_the_password() {
        greenMail.setUser("agent@villepreux.fr", "agent", "s3cret-Pass");
        var transport = new SmtpMailTransport(localSmtp(greenMail.getSmtp().getPort(), "agent", "Wr0ng-Pass"));

        var refused = assertThrows(MailDeliveryException.class, () -> transport.send(activation, MESSAGE_ID));

        assertFalse(refused.getMessage().contains("Wr0ng-Pass"), refused.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void fails_fast_when_nothing_listens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var transport = new SmtpMailTransport(localSmtp(closedPort, "agent", "s3cret-Pass"));

        var refused = assertTimeoutPreemptively(Duration.ofSeconds(12),
                () -> assertThrows(MailDeliveryException.class, () -> transport.send(activation, MESSAGE_ID)));

        assertTrue(refused.getMessage().contains("127.0.0.1:" + closedPort), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret-Pass"), refused.getMessage());
    }

    @Test
    void gives_up_on_a_server_that_accepts_but_never_answers() throws IOException {
        // The kernel completes the TCP handshake from the backlog; nobody ever sends the SMTP greeting.
        try (ServerSocket silent = new ServerSocket(0)) {
            var transport = new SmtpMailTransport(localSmtp(silent.getLocalPort(), null, null), Duration.ofMillis(500));

            assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(MailDeliveryException.class, () -> transport.send(activation, MESSAGE_ID)));
        }
    }

    @Test
    void is_named_smtp() {
        assertEquals("smtp", new SmtpMailTransport(localSmtp(25, null, null)).name());
    }

    private static String normalized(Object content) {
        return ((String) content).replace("\r\n", "\n");
    }
}
