package fr.portailfamille.application.messaging;

import fr.portailfamille.application.accounts.InMemoryAccountsPorts;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationCenterTest {

    final InMemoryAccountsPorts memory = new InMemoryAccountsPorts();
    final NotificationCenter center = new NotificationCenter(new InMemoryNotificationRepository(), new InMemoryMailPreferencesRepository(),
            memory.ports.accounts(), memory.outbox, memory.ports.composer(), memory.ports.town(), memory.ports.transactions(), memory.clock);

    Account parent(String email, boolean active) {
        var accounts = memory.ports.accounts();
        var created = accounts.add(Account.create(accounts.nextLoginId(), EmailAddress.parse(email).orElseThrow(), "Dupont", "Marie", Role.PARENT,
                memory.clock.instant()));
        if (!active) return created;
        var activated = ((ActivationOutcome.Activated) created.activate("hash", 1, memory.clock.instant())).account();
        accounts.update(activated);
        return activated;
    }

    @Test
    void a_notification_is_stored_counted_and_mailed_without_its_content() {
        var parent = parent("marie@exemple.fr", true);
        center.notify(parent.id(), NotificationKind.NEW_MESSAGE, "Nouveau message de l'Espace Services", "/messagerie/4");
        assertEquals(1, center.unreadCount(parent.id()));
        var mail = memory.outbox.latest(1).getFirst().mail();
        assertEquals("marie@exemple.fr", mail.to());
        assertTrue(mail.textBody().contains("https://portail.villepreux.fr/messagerie/4"), mail.textBody());
    }

    @Test
    void kinds_left_out_of_the_preferences_stay_in_the_portal() {
        var parent = parent("marie@exemple.fr", true);
        var actor = Actor.of(parent);
        center.choose(actor, EnumSet.of(NotificationKind.NEW_MESSAGE));
        int mails = memory.outbox.latest(100).size();
        center.notify(parent.id(), NotificationKind.INVOICE_TO_PAY, "Facture à payer", "/facturation");
        assertEquals(mails, memory.outbox.latest(100).size());
        assertEquals(1, center.unreadCount(parent.id()));
    }

    @Test
    void nobody_is_told_through_an_account_not_active() {
        var pending = parent("attente@exemple.fr", false);
        center.notify(pending.id(), NotificationKind.ENROLMENT_DECISION, "Inscription acceptée", "/planning");
        assertEquals(0, center.unreadCount(pending.id()));
    }

    @Test
    void opening_marks_read_and_leads_to_the_matter_but_only_for_its_owner() {
        var parent = parent("marie@exemple.fr", true);
        var other = parent("autre@exemple.fr", true);
        center.notify(parent.id(), NotificationKind.DOCUMENT_REJECTED, "Justificatif refusé", "/dossier");
        long id = center.latest(Actor.of(parent)).getFirst().id();
        assertTrue(center.open(Actor.of(other), id).isEmpty());
        assertEquals("/dossier", center.open(Actor.of(parent), id).orElseThrow());
        assertEquals(0, center.unreadCount(parent.id()));
        assertFalse(center.latest(Actor.of(parent)).isEmpty());
    }
}
