package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.InMemoryHouseholdsPorts;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.messaging.TownService;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Messagerie» scenarios on in-memory adapters. */
class MessagingTest {

    final InMemoryHouseholdsPorts dossier = new InMemoryHouseholdsPorts();
    final fr.portailfamille.application.accounts.InMemoryAccountsPorts accountsMemory = dossier.accounts;
    final NotificationCenter center = new NotificationCenter(accountsMemory.transactions.enlist(new InMemoryNotificationRepository()),
            accountsMemory.transactions.enlist(new InMemoryMailPreferencesRepository()),
            accountsMemory.ports.accounts(), accountsMemory.outbox, accountsMemory.ports.composer(), accountsMemory.ports.town(),
            accountsMemory.ports.transactions(), accountsMemory.clock);
    final Messaging messaging = new Messaging(accountsMemory.transactions.enlist(new InMemoryThreadRepository()), dossier.ports.households(), center,
            accountsMemory.ports.transactions(), accountsMemory.clock);

    Actor account(String email, Role role, Long householdId) {
        var accounts = accountsMemory.ports.accounts();
        var created = accounts.add(Account.create(accounts.nextLoginId(), EmailAddress.parse(email).orElseThrow(), "Dupont", "Marie", role,
                accountsMemory.clock.instant()));
        var active = ((ActivationOutcome.Activated) created.activate("hash", 1, accountsMemory.clock.instant())).account();
        accounts.update(active);
        if (householdId != null) dossier.ports.households().link(active.id(), householdId);
        return Actor.of(active);
    }

    long household(String name) {
        return dossier.ports.households().add(Household.named(name)).id();
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes();

    @Test
    void a_family_writes_with_an_attachment_an_agent_replies_and_the_family_is_told_without_the_text() {
        long dupont = household("Dupont");
        var parent = account("marie@exemple.fr", Role.PARENT, dupont);
        var agent = account("agent@villepreux.fr", Role.AGENT, null);

        var sent = assertInstanceOf(Messaging.Result.Sent.class, messaging.write(parent, TownService.ESPACE_SERVICES, "Certificat",
                "Voici le certificat médical de Léa.", new Messaging.Upload("C:\\Documents\\certificat.pdf", PDF, false)));
        var inbox = messaging.inbox(agent, TownService.ESPACE_SERVICES, true);
        assertEquals(1, inbox.size());
        assertTrue(inbox.getFirst().thread().unreadByTown());
        assertEquals("Famille Dupont", inbox.getFirst().householdName(), "the agent sees which family wrote");

        var conversation = messaging.open(agent, sent.thread().id());
        assertFalse(conversation.thread().unreadByTown());
        var attachment = conversation.messages().getFirst().attachment();
        assertEquals("certificat.pdf", attachment.name());
        assertEquals(PDF.length, messaging.attachment(parent, conversation.messages().getFirst().id()).content().length);

        assertInstanceOf(Messaging.Result.Sent.class, messaging.reply(agent, sent.thread().id(), "Merci, c'est noté : l'absence est justifiée.", Messaging.Upload.NONE));
        assertEquals(1, center.unreadCount(parent.accountId()));
        assertEquals(1, messaging.unreadForFamily(parent));
        var mail = accountsMemory.outbox.latest(1).getFirst().mail();
        assertEquals("marie@exemple.fr", mail.to());
        assertFalse(mail.textBody().contains("absence est justifiée"), "the mail never carries the message's text");
        messaging.open(parent, sent.thread().id());
        assertEquals(0, messaging.unreadForFamily(parent));
    }

    @Test
    void another_family_never_reaches_the_thread_nor_its_attachment() {
        var dupont = account("marie@exemple.fr", Role.PARENT, household("Famille Dupont"));
        var nguyen = account("lan@exemple.fr", Role.PARENT, household("Famille Nguyen"));
        var sent = (Messaging.Result.Sent) messaging.write(dupont, TownService.REGIE, "Facture", "Question", new Messaging.Upload("f.pdf", PDF, false));
        long messageId = messaging.open(dupont, sent.thread().id()).messages().getFirst().id();
        assertThrows(Actor.NotAllowed.class, () -> messaging.open(nguyen, sent.thread().id()));
        assertThrows(Actor.NotAllowed.class, () -> messaging.attachment(nguyen, messageId));
        assertThrows(Actor.NotAllowed.class, () -> messaging.reply(nguyen, sent.thread().id(), "Intrusion", Messaging.Upload.NONE));
        assertTrue(messaging.familyThreads(nguyen).isEmpty());
        assertThrows(Actor.NotAllowed.class, () -> messaging.inbox(nguyen, TownService.REGIE, true));
    }

    @Test
    void bad_input_and_bad_files_get_french_messages_and_store_nothing() {
        var parent = account("marie@exemple.fr", Role.PARENT, household("Famille Dupont"));
        var invalid = assertInstanceOf(Messaging.Result.Invalid.class, messaging.write(parent, null, " ", "", Messaging.Upload.NONE));
        assertEquals(3, invalid.errors().asMap().size());
        var spoofed = assertInstanceOf(Messaging.Result.Invalid.class, messaging.write(parent, TownService.REGIE, "Objet", "Texte",
                new Messaging.Upload("facture.pdf", "MZ executable".getBytes(), false)));
        assertTrue(spoofed.errors().asMap().get("file").contains("ni un PDF"));
        var tooLarge = assertInstanceOf(Messaging.Result.Invalid.class, messaging.write(parent, TownService.REGIE, "Objet", "Texte",
                new Messaging.Upload("grand.pdf", PDF, true)));
        assertEquals(UploadedFile.TOO_LARGE, tooLarge.errors().asMap().get("file"));
        assertTrue(messaging.familyThreads(parent).isEmpty());
    }

    @Test
    void agents_take_and_close_threads_and_a_family_writing_again_reopens_it() {
        var parent = account("marie@exemple.fr", Role.PARENT, household("Famille Dupont"));
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        var sent = (Messaging.Result.Sent) messaging.write(parent, TownService.SCOLAIRE, "Inscription", "Bonjour", Messaging.Upload.NONE);
        messaging.take(agent, sent.thread().id());
        messaging.close(agent, sent.thread().id());
        assertTrue(messaging.inbox(agent, TownService.SCOLAIRE, true).isEmpty());
        assertEquals(agent.accountId(), messaging.inbox(agent, TownService.SCOLAIRE, false).getFirst().thread().assignedTo());
        messaging.reply(parent, sent.thread().id(), "Encore une question", Messaging.Upload.NONE);
        assertEquals(1, messaging.inbox(agent, TownService.SCOLAIRE, true).size());
    }

    @Test
    void an_agent_writes_first_to_a_household_and_every_parent_account_is_told() {
        long household = household("Famille Dupont");
        var mother = account("marie@exemple.fr", Role.PARENT, household);
        var father = account("julien@exemple.fr", Role.PARENT, household);
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        assertInstanceOf(Messaging.Result.Sent.class, messaging.writeToHousehold(agent, household, TownService.REGIE, "Relance", "Votre facture attend.", Messaging.Upload.NONE));
        assertEquals(1, center.unreadCount(mother.accountId()));
        assertEquals(1, center.unreadCount(father.accountId()));
        assertEquals(1, messaging.familyThreads(father).size());
    }
}
