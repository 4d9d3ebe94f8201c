package fr.portailfamille.mail;

import fr.portailfamille.application.mail.MailAttachment;
import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.application.mail.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/** Hands mails to the town's SMTP relay (Jakarta Mail / Angus), as text + HTML alternatives. */
public final class SmtpMailTransport implements MailTransport {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ERROR_LENGTH = 300;
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailTransport(SmtpSettings settings) {
        this(settings, DEFAULT_TIMEOUT);
    }

    /** The timeout is a parameter only so tests need not wait 10 s for a silent server. */
    SmtpMailTransport(SmtpSettings settings, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(properties(settings, timeout));
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void send(OutgoingMail mail, String messageId) throws MailDeliveryException {
        send(mail, List.of(), messageId);
    }

    @Override
    public void send(OutgoingMail mail, List<MailAttachment.File> files, String messageId) throws MailDeliveryException {
        try {
            MimeMessage message = toMessage(mail, files, messageId);
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw new MailDeliveryException(describe(e), e);
        }
    }

    MimeMessage toMessage(OutgoingMail mail, List<MailAttachment.File> files, String messageId) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(new Date());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody(), UTF_8, "html");
        // Clients show the last alternative they understand: plain text first, HTML last.
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        if (files.isEmpty()) {
            message.setContent(alternatives);
        } else {
            // multipart/mixed: the message (its two alternatives) first, then each file as an attachment
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            mixed.addBodyPart(body);
            for (MailAttachment.File file : files) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
                part.setFileName(file.fileName()); // non-ASCII names go out RFC 2231-encoded (mail.mime.encodeparameters)
                part.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static Properties properties(SmtpSettings settings, Duration timeout) {
        String millis = Long.toString(timeout.toMillis());
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        // Jakarta Mail waits forever by default: one dead relay would stall the mail worker.
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        props.put("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        if (settings.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            // Refuse to go on in clear text: credentials and parents' data would travel unencrypted.
            props.put("mail.smtp.starttls.required", "true");
        }
        return props;
    }

    /** Short, one line, and never the password: it is stored as the outbox row's last error. */
    private String describe(MessagingException e) {
        Throwable cause = e;
        StringBuilder reason = new StringBuilder();
        while (cause != null && reason.length() < MAX_ERROR_LENGTH) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                if (!reason.isEmpty()) reason.append(" ← ");
                reason.append(cause.getMessage().strip());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String text = "SMTP " + settings.host() + ":" + settings.port() + " : " + reason;
        if (settings.password() != null) text = text.replace(settings.password(), "****");
        text = text.replaceAll("\\s+", " ");
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH - 1) + "…" : text;
    }

    /** Keeps the outbox's Message-ID: MimeMessage would otherwise invent a new one on every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = Objects.requireNonNull(messageId, "messageId");
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
