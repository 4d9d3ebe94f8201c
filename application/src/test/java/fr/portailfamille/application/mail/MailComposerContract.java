package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import fr.portailfamille.domain.town.Town;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link MailComposer}: every adapter runs it (the plain one of the in-memory ports, the FreeMarker one).
 * Each kind of mail goes to its recipient from the town's services address, with a French subject signed by the town
 * hall, its link in the text, and names typed by people never read as markup in the HTML.
 */
public abstract class MailComposerContract {

    protected abstract MailComposer composer();

    static final Town TOWN = new Town("Villepreux", null, "espace.services@villepreux.fr", "01 30 80 80 00",
            "Place de la Mairie, 78450 Villepreux", "https://portail.villepreux.fr", 168);
    static final String NAME = "Lefèvre <b>&</b> Müller";
    static final String TO = "famille@exemple.fr";

    /** One mail of each kind, with the link it must carry (null for the kind without one). */
    record Case(MailContent content, String link) {
    }

    static List<Case> cases() {
        String base = TOWN.publicBaseUrl();
        return List.of(
                new Case(new MailContent.AccountActivation(TO, TOWN, NAME, 1042, base + "/activation/abc123", 168, "samedi 12 décembre 2026 à 15 h 04"), base + "/activation/abc123"),
                new Case(new MailContent.PasswordReset(TO, TOWN, NAME, base + "/mot-de-passe/def456", 60), base + "/mot-de-passe/def456"),
                new Case(new MailContent.EmailChangeConfirmation(TO, TOWN, NAME, base + "/courriel/ghi789", 24), base + "/courriel/ghi789"),
                new Case(new MailContent.EmailChangedNotice(TO, TOWN, NAME, "nouvelle@exemple.fr"), null),
                new Case(new MailContent.NotificationMail(TO, TOWN, NAME, "Nouveau message", "Réponse de la régie", base + "/notifications"),
                        base + "/notifications"),
                new Case(new MailContent.PaymentConfirmed(TO, TOWN, NAME, "Régie Périscolaire", "PERI00000042", "54,60 €",
                        List.of("PERI2610-000001"), "14/11/2026 à 17 h 42", base + "/factures"), base + "/factures"),
                new Case(new MailContent.InvoiceAvailable(TO, TOWN, NAME, "Régie Périscolaire", "PERI2610-000001", "54,60 €", "15/11/2026",
                        base + "/factures/PERI2610-000001"), base + "/factures/PERI2610-000001"));
    }

    @Test
    void every_kind_goes_to_its_recipient_from_the_services_address_signed_by_the_town_hall() {
        for (Case c : cases()) {
            OutgoingMail mail = composer().compose(c.content());
            String kind = c.content().getClass().getSimpleName();
            assertAll(kind,
                    () -> assertEquals(TO, mail.to()),
                    () -> assertEquals("espace.services@villepreux.fr", mail.from()),
                    () -> assertTrue(mail.subject().endsWith(" – Mairie de Villepreux"), mail.subject()),
                    () -> assertFalse(mail.textBody().isBlank()),
                    () -> assertFalse(mail.htmlBody().isBlank()),
                    () -> assertEquals(List.of(), mail.attachments()));
        }
    }

    @Test
    void the_link_of_each_kind_is_in_the_text() {
        for (Case c : cases()) {
            if (c.link() == null) continue;
            OutgoingMail mail = composer().compose(c.content());
            assertTrue(mail.textBody().contains(c.link()), c.content().getClass().getSimpleName() + ":\n" + mail.textBody());
        }
    }

    @Test
    void a_name_with_markup_is_text_in_the_html() {
        for (Case c : cases()) {
            OutgoingMail mail = composer().compose(c.content());
            assertFalse(mail.htmlBody().contains("<b>&</b>"), c.content().getClass().getSimpleName() + ":\n" + mail.htmlBody());
        }
    }
}
