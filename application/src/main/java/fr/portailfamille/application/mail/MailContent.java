package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import fr.portailfamille.domain.town.Town;

/**
 * What a mail says, without its wording: the {@link MailComposer} adapter turns each kind into a French text +
 * HTML mail from its templates. The sender is always the town's services address, the signature «Espace Services /
 * Mairie de …».
 */
public sealed interface MailContent {

    String to();

    Town town();

    /**
     * «Création compte portail famille – Mairie de …»: sent when an agent creates (or re-sends) a web account.
     *
     * @param displayName «Marie Bernard», as the parent writes it
     * @param expiresAt   the link's last moment in words, «samedi 12 décembre 2026 à 15 h 04»
     */
    record AccountActivation(String to, Town town, String displayName, int loginId, String activationUrl, int validityHours, String expiresAt)
            implements MailContent {
    }

    /** A link to choose a new password («mot de passe oublié ?»). */
    record PasswordReset(String to, Town town, String displayName, String resetUrl, int validityMinutes)
            implements MailContent {
    }

    /** Sent to the new address: following the link confirms the change. */
    record EmailChangeConfirmation(String to, Town town, String displayName, String confirmationUrl, int validityHours)
            implements MailContent {
    }

    /** Sent to the old address once the change is confirmed, so a stolen session cannot quietly take the account. */
    record EmailChangedNotice(String to, Town town, String displayName, String newEmail) implements MailContent {
    }

    /**
     * «Vous avez une nouvelle notification»: says what happened (its title: an amount, a date, a decision and its
     * reason) and links to the portal. Never a message's text, an attachment or health information: those stay
     * behind the sign-in, and every notification mail says so in the same words.
     */
    record NotificationMail(String to, Town town, String displayName, String kindLabel, String title, String url)
            implements MailContent {
    }

    /**
     * «Paiement confirmé»: the online payment went through. Carries the amount, the reference and the invoices it
     * settled (what a receipt says), never card details.
     *
     * @param amount   as printed, «109,20 €»
     * @param invoices the invoice numbers settled
     */
    record PaymentConfirmed(String to, Town town, String displayName, String cashOfficeName, String reference, String amount,
                            java.util.List<String> invoices, String paidAt, String url) implements MailContent {
        public PaymentConfirmed {
            invoices = java.util.List.copyOf(invoices);
        }
    }

    /**
     * «Facture disponible»: to a household that chose paperless invoices, with the invoice's PDF attached.
     *
     * @param amount as printed, «54,60 €»
     * @param dueOn  as printed, «15/11/2026»
     */
    record InvoiceAvailable(String to, Town town, String displayName, String cashOfficeName, String number, String amount, String dueOn,
                            String url) implements MailContent {
    }
}
