package fr.portailfamille.mail;

import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.mail.MailContent.AccountActivation;
import fr.portailfamille.application.mail.MailContent.EmailChangeConfirmation;
import fr.portailfamille.application.mail.MailContent.EmailChangedNotice;
import fr.portailfamille.application.mail.MailContent.PasswordReset;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.domain.town.Town;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreemarkerMailComposerTest {

    static final Town VILLEPREUX = new Town("Villepreux", "/static/logo.svg", "espace.services@villepreux.fr",
            "01 30 80 80 00", "Place de la Mairie, 78450 Villepreux", "https://portail.villepreux.fr", 168);
    static final String ACTIVATION_URL = "https://portail.villepreux.fr/activation/8aa66ed4872faaacfceab785e2315211";

    private final FreemarkerMailComposer composer = new FreemarkerMailComposer();

    static AccountActivation activation(String name, int validityHours) {
        return new AccountActivation("parent@example.org", VILLEPREUX, name, 3154, ACTIVATION_URL, validityHours, "samedi 12 décembre 2026 à 15 h 04");
    }

    @Test
    void words_the_activation_mail_like_the_town_does() {
        OutgoingMail mail = composer.compose(activation("Marie Bernard", 168));

        assertEquals("Création compte portail famille – Mairie de Villepreux", mail.subject());
        assertEquals("espace.services@villepreux.fr", mail.from());
        assertEquals("parent@example.org", mail.to());
        for (String body : List.of(mail.textBody(), mail.htmlBody())) {
            assertAll(
                    () -> assertContains(body, "Bonjour Marie Bernard,"),
                    () -> assertContains(body, "Bienvenue sur le Portail Famille de la Mairie de Villepreux."),
                    () -> assertContains(body, "jusqu'au samedi 12 décembre 2026 à 15 h 04"),
                    () -> assertContains(body, "Activer mon compte"),
                    () -> assertContains(body, ACTIVATION_URL),
                    () -> assertContains(body, "Votre identifiant de connexion est "),
                    () -> assertContains(body, "3154"),
                    () -> assertContains(body, "vous avez 168 h (7 jours) pour activer votre accès"),
                    () -> assertContains(body, "mot de passe oublié ?"),
                    () -> assertContains(body, "espace.services@villepreux.fr"),
                    () -> assertContains(body, "01 30 80 80 00"),
                    () -> assertContains(body, "Espace Services"));
        }
        assertContains(mail.textBody(), "Votre identifiant de connexion est 3154");
        assertContains(mail.textBody(), "Espace Services\nMairie de Villepreux");
        assertContains(mail.htmlBody(), "Si le lien ne fonctionne pas, copiez/collez l'adresse ci-dessous dans votre navigateur :");
        assertContains(mail.htmlBody(), "<a href=\"" + ACTIVATION_URL + "\" style=\"display:inline-block;");
        assertContains(mail.htmlBody(), "<html lang=\"fr\">");
        assertContains(mail.htmlBody(), "<title>Création compte portail famille – Mairie de Villepreux</title>");
    }

    @Test
    void says_validity_right_when_it_is_not_a_whole_number_of_days() {
        assertContains(composer.compose(activation("Martin", 36)).textBody(), "vous avez 36 h (1 jour et 12 h) pour");
        assertContains(composer.compose(activation("Martin", 24)).textBody(), "vous avez 24 h (1 jour) pour");
        assertContains(composer.compose(activation("Martin", 12)).htmlBody(), "vous avez 12 h pour");
    }

    @Test
    void escapes_family_data_in_html_but_keeps_it_as_typed_in_text() {
        OutgoingMail mail = composer.compose(activation("Durand & Fils <script>alert(1)</script>", 168));

        assertContains(mail.htmlBody(), "Durand &amp; Fils &lt;script&gt;alert(1)&lt;/script&gt;");
        assertFalse(mail.htmlBody().toLowerCase().contains("<script"), mail.htmlBody());
        assertContains(mail.textBody(), "Durand & Fils <script>alert(1)</script>");
    }

    @Test
    void words_the_password_reset_mail() {
        OutgoingMail mail = composer.compose(new PasswordReset("parent@example.org", VILLEPREUX, "Claire <Martin>",
                "https://portail.villepreux.fr/reset/abc?x=1&y=2", 30));

        assertCommon(mail, "Réinitialisation de votre mot de passe – Mairie de Villepreux");
        assertContains(mail.textBody(), "https://portail.villepreux.fr/reset/abc?x=1&y=2");
        assertContains(mail.htmlBody(), "https://portail.villepreux.fr/reset/abc?x=1&amp;y=2");
        assertContains(mail.htmlBody(), "Claire &lt;Martin&gt;");
        assertContains(mail.textBody(), "valable 30 minutes");
        assertContains(mail.textBody(), "vous pouvez ignorer ce courriel");
    }

    @Test
    void words_the_email_change_confirmation_mail() {
        OutgoingMail mail = composer.compose(new EmailChangeConfirmation("nouvelle@example.org", VILLEPREUX,
                "Claire Martin", "https://portail.villepreux.fr/email/confirm/xyz", 48));

        assertCommon(mail, "Confirmez votre nouvelle adresse e-mail – Mairie de Villepreux");
        assertEquals("nouvelle@example.org", mail.to());
        assertContains(mail.textBody(), "https://portail.villepreux.fr/email/confirm/xyz");
        assertContains(mail.htmlBody(), "https://portail.villepreux.fr/email/confirm/xyz");
        assertContains(mail.textBody(), "valable 48 h (2 jours)");
        assertContains(mail.textBody(), "vous pouvez ignorer ce courriel");
    }

    @Test
    void words_the_email_changed_notice() {
        OutgoingMail mail = composer.compose(new EmailChangedNotice("ancienne@example.org", VILLEPREUX,
                "Claire Martin", "nouvelle@example.org"));

        assertCommon(mail, "Votre adresse e-mail a été modifiée – Mairie de Villepreux");
        assertEquals("ancienne@example.org", mail.to());
        assertContains(mail.textBody(), "nouvelle@example.org");
        assertContains(mail.htmlBody(), "nouvelle@example.org");
        assertContains(mail.textBody(), "contactez immédiatement l'Espace Services à espace.services@villepreux.fr ou au 01 30 80 80 00");
    }

    @Test
    void a_notification_mail_says_what_happened_once_and_states_the_one_privacy_rule_it_keeps() {
        var title = "Facture PERI2611-000001 : 54,60 € à payer avant le 15/12/2026";
        OutgoingMail mail = composer.compose(new MailContent.NotificationMail("a@example.org", VILLEPREUX, "Claire Martin",
                "Facture à payer", title, "https://portail.villepreux.fr/facturation"));

        assertCommon(mail, "Facture à payer sur votre Portail Famille – Mairie de Villepreux");
        for (String body : List.of(mail.textBody(), mail.htmlBody().replace("&#39;", "'"))) {
            assertContains(body, title);
            assertFalse(body.contains("ne reprend pas le contenu"), "no claim the mail then contradicts: " + body);
            assertFalse(body.contains("Pour le consulter"), "«la facture», «la démarche»: no «le» that may not agree");
            assertContains(body, "Ce courriel dit ce qui s'est passé. Le texte des messages et les pièces jointes se lisent sur le portail, "
                    + "et aucune information de santé n'est jamais envoyée par courriel.");
            assertFalse(body.contains("Facture à payer</strong> :") || body.contains("Facture à payer : "),
                    "the kind is in the subject, not said again before a title that says it: " + body);
        }
    }

    private static void assertCommon(OutgoingMail mail, String subject) {
        assertEquals(subject, mail.subject());
        assertEquals("espace.services@villepreux.fr", mail.from());
        assertContains(mail.textBody(), "Bonjour ");
        assertContains(mail.textBody(), "Espace Services\nMairie de Villepreux");
        assertContains(mail.htmlBody(), "Espace Services<br>Mairie de Villepreux");
        assertContains(mail.htmlBody(), "<title>" + subject + "</title>");
        assertNoLeftovers(mail);
    }

    @Test
    void leaves_no_template_syntax_in_any_mail() {
        List<MailContent> all = List.of(activation("Martin", 168),
                new PasswordReset("a@example.org", VILLEPREUX, "A", "https://x/r", 30),
                new EmailChangeConfirmation("a@example.org", VILLEPREUX, "A", "https://x/c", 24),
                new EmailChangedNotice("a@example.org", VILLEPREUX, "A", "b@example.org"));
        for (MailContent content : all) assertNoLeftovers(composer.compose(content));
    }

    private static void assertNoLeftovers(OutgoingMail mail) {
        for (String body : List.of(mail.textBody(), mail.htmlBody())) {
            assertFalse(body.contains("${"), body);
            assertFalse(body.contains("<#") || body.contains("</#") || body.contains("<@"), body);
        }
    }

    static void assertContains(String body, String expected) {
        assertTrue(body.contains(expected), () -> "expected «" + expected + "» in:\n" + body);
    }
}
