package fr.portailfamille.bootstrap.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;

/** Waits for a mail to one recipient (the demo seed sends others through the same SMTP server). */
public final class MailWait {

    private MailWait() {
    }

    public static MimeMessage firstTo(GreenMailExtension greenMail, String recipient) {
        return firstTo(greenMail, recipient, "");
    }

    /** The first mail to {@code recipient} whose subject contains {@code subjectPart}, within 20 s. */
    public static MimeMessage firstTo(GreenMailExtension greenMail, String recipient, String subjectPart) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = Arrays.stream(greenMail.getReceivedMessagesForDomain(recipient)).filter(m -> subject(m).contains(subjectPart)).findFirst();
            if (found.isPresent()) return found.get();
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + recipient + " with «" + subjectPart + "» within 20 s");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
