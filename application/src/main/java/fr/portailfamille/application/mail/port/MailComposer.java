package fr.portailfamille.application.mail.port;

import fr.portailfamille.application.mail.*;
/** Out-port: words a {@link MailContent} as a French mail (subject, text and HTML), from the town's services address. */
public interface MailComposer {

    OutgoingMail compose(MailContent content);
}
