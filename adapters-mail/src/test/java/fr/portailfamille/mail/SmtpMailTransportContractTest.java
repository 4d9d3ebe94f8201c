package fr.portailfamille.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.application.mail.MailTransportContract;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

/** The transport contract on SMTP, against GreenMail (a fresh server per test). */
class SmtpMailTransportContractTest extends MailTransportContract {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Override
    protected MailTransport transport() {
        return new SmtpMailTransport(new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, false));
    }

    @Override
    protected List<Delivered> delivered() throws Exception {
        var delivered = new ArrayList<Delivered>();
        for (MimeMessage received : greenMail.getReceivedMessages()) {
            delivered.add(new Delivered(received.getMessageID(), received.getAllRecipients()[0].toString(), received.getSubject()));
        }
        return delivered;
    }

    @Override
    protected boolean carriesFiles() {
        return true;
    }
}
