package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
/** Test composer: a plain mail whose text carries every field of the content (links included), without templates. */
public final class PlainMailComposer implements MailComposer {

    @Override
    public OutgoingMail compose(MailContent content) {
        String subject = switch (content) {
            case MailContent.AccountActivation a -> "Création compte portail famille – " + a.town().townHall();
            case MailContent.PasswordReset r -> "Réinitialisation de votre mot de passe – " + r.town().townHall();
            case MailContent.EmailChangeConfirmation c -> "Confirmez votre nouvelle adresse e-mail – " + c.town().townHall();
            case MailContent.EmailChangedNotice n -> "Votre adresse e-mail a été modifiée – " + n.town().townHall();
            case MailContent.NotificationMail n -> n.kindLabel() + " sur votre Portail Famille – " + n.town().townHall();
            case MailContent.PaymentConfirmed p -> "Paiement confirmé – " + p.town().townHall();
            case MailContent.InvoiceAvailable i -> "Facture disponible – " + i.town().townHall();
        };
        String text = content.toString();
        return new OutgoingMail(content.to(), content.town().servicesEmail(), subject, text, "<pre>" + escaped(text) + "</pre>");
    }

    /** What people typed (a name, a title) is text in the HTML, never markup. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
