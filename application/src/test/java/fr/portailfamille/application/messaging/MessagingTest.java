package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.Upload;
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
    final MessagingPorts ports = new MessagingPorts(accountsMemory.transactions.enlist(new InMemoryThreadRepository()), dossier.ports.households(), center,
            accountsMemory.ports.transactions(), accountsMemory.clock);
    final ReadFamilyThreads familyThreads = new ReadFamilyThreads(ports);
    final ReadInbox inbox = new ReadInbox(ports);
    final OpenConversation conversations = new OpenConversation(ports);
    final WriteToTown writeToTown = new WriteToTown(ports);
    final WriteToHousehold writeToHousehold = new WriteToHousehold(ports);
    final ReplyInThread reply = new ReplyInThread(ports);
    final HandleThread handle = new HandleThread(ports);

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

        var sent = assertInstanceOf(MessageOutcome.Sent.class, writeToTown.write(parent, TownService.ESPACE_SERVICES, "Certificat",
                "Voici le certificat médical de Léa.", new Upload("C:\\Documents\\certificat.pdf", PDF, false)));
        var lines = inbox.inbox(agent, TownService.ESPACE_SERVICES, true);
        assertEquals(1, lines.size());
        assertTrue(lines.getFirst().thread().unreadByTown());
        assertEquals("Famille Dupont", lines.getFirst().householdName(), "the agent sees which family wrote");

        var conversation = conversations.open(agent, sent.thread().id());
        assertFalse(conversation.thread().unreadByTown());
        var attachment = conversation.messages().getFirst().attachment();
        assertEquals("certificat.pdf", attachment.name());
        assertEquals(PDF.length, conversations.attachment(parent, conversation.messages().getFirst().id()).content().length);

        assertInstanceOf(MessageOutcome.Sent.class, reply.reply(agent, sent.thread().id(), "Merci, c'est noté : l'absence est justifiée.", Upload.NONE));
        assertEquals(1, center.unreadCount(parent.accountId()));
        assertEquals(1, familyThreads.unreadForFamily(parent));
        var mail = accountsMemory.outbox.latest(1).getFirst().mail();
        assertEquals("marie@exemple.fr", mail.to());
        assertFalse(mail.textBody().contains("absence est justifiée"), "the mail never carries the message's text");
        conversations.open(parent, sent.thread().id());
        assertEquals(0, familyThreads.unreadForFamily(parent));
    }

    @Test
    void another_family_never_reaches_the_thread_nor_its_attachment() {
        var dupont = account("marie@exemple.fr", Role.PARENT, household("Famille Dupont"));
        var nguyen = account("lan@exemple.fr", Role.PARENT, household("Famille Nguyen"));
        var sent = (MessageOutcome.Sent) writeToTown.write(dupont, TownService.REGIE, "Facture", "Question", new Upload("f.pdf", PDF, false));
        long messageId = conversations.open(dupont, sent.thread().id()).messages().getFirst().id();
        assertThrows(Actor.NotAllowed.class, () -> conversations.open(nguyen, sent.thread().id()));
        assertThrows(Actor.NotAllowed.class, () -> conversations.attachment(nguyen, messageId));
        assertThrows(Actor.NotAllowed.class, () -> reply.reply(nguyen, sent.thread().id(), "Intrusion", Upload.NONE));
        assertTrue(familyThreads.familyThreads(nguyen).isEmpty());
        assertThrows(Actor.NotAllowed.class, () -> inbox.inbox(nguyen, TownService.REGIE, true));
    }

    @Test
    void bad_input_and_bad_files_get_french_messages_and_store_nothing() {
        var parent = account("marie@exemple.fr", Role.PARENT, household("Famille Dupont"));
        var invalid = assertInstanceOf(MessageOutcome.Invalid.class, writeToTown.write(parent, null, " ", "", Upload.NONE));
        assertEquals(3, invalid.errors().asMap().size());
        var spoofed = assertInstanceOf(MessageOutcome.Invalid.class, writeToTown.write(parent, TownService.REGIE, "Objet", "Texte",
                new Upload("facture.pdf", "MZ executable".getBytes(), false)));
        assertTrue(spoofed.errors().asMap().get("file").contains("ni un PDF"));
        var tooLarge = assertInstanceOf(MessageOutcome.Invalid.class, writeToTown.write(parent, TownService.REGIE, "Objet", "Texte",
                new Upload("grand.pdf", PDF, true)));
        assertEquals(UploadedFile.TOO_LARGE, tooLarge.errors().asMap().get("file"));
        assertTrue(familyThreads.familyThreads(parent).isEmpty());
    }

    @Test
    void agents_take_and_close_threads_and_a_family_writing_again_reopens_it() {
        var parent = account("marie@exemple.fr", Role.PARENT, household("Famille Dupont"));
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        var sent = (MessageOutcome.Sent) writeToTown.write(parent, TownService.SCOLAIRE, "Inscription", "Bonjour", Upload.NONE);
        handle.take(agent, sent.thread().id());
        handle.close(agent, sent.thread().id());
        assertTrue(inbox.inbox(agent, TownService.SCOLAIRE, true).isEmpty());
        assertEquals(agent.accountId(), inbox.inbox(agent, TownService.SCOLAIRE, false).getFirst().thread().assignedTo());
        reply.reply(parent, sent.thread().id(), "Encore une question", Upload.NONE);
        assertEquals(1, inbox.inbox(agent, TownService.SCOLAIRE, true).size());
    }

    @Test
    void an_agent_writes_first_to_a_household_and_every_parent_account_is_told() {
        long household = household("Famille Dupont");
        var mother = account("marie@exemple.fr", Role.PARENT, household);
        var father = account("julien@exemple.fr", Role.PARENT, household);
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        assertInstanceOf(MessageOutcome.Sent.class, writeToHousehold.write(agent, household, TownService.REGIE, "Relance", "Votre facture attend.", Upload.NONE));
        assertEquals(1, center.unreadCount(mother.accountId()));
        assertEquals(1, center.unreadCount(father.accountId()));
        assertEquals(1, familyThreads.familyThreads(father).size());
    }
}
