package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link ThreadRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class ThreadRepositoryContract {

    protected abstract ThreadRepository repository();

    /** A household threads may belong to (the database wants it to exist). */
    protected abstract long newHouseholdId();

    /** An account that may write messages. */
    protected abstract long newAccountId();

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void a_thread_keeps_its_messages_in_order_with_their_attachment() {
        var repository = repository();
        long household = newHouseholdId();
        long parent = newAccountId();
        var thread = repository.create(MessageThread.startedByFamily(household, TownService.ESPACE_SERVICES, "Certificat médical", T0));
        var first = repository.add(new Message(0, thread.id(), parent, false, "Bonjour,\nvoici le certificat.", T0,
                new Message.Attachment("certificat.pdf", "application/pdf", 9)), "%PDF-1.4\n".getBytes());
        var second = repository.add(new Message(0, thread.id(), parent, true, "Bien reçu, merci.", T0.plusSeconds(60), null), null);
        assertEquals(List.of(first, second), repository.messages(thread.id()));
        assertEquals(thread, repository.find(thread.id()).orElseThrow());
        assertArrayEquals("%PDF-1.4\n".getBytes(), repository.attachment(first.id()).orElseThrow());
        assertTrue(repository.attachment(second.id()).isEmpty());
        assertEquals(first, repository.findMessage(first.id()).orElseThrow());
    }

    @Test
    void households_and_inboxes_list_the_most_recent_activity_first() {
        var repository = repository();
        long household = newHouseholdId();
        long other = newHouseholdId();
        var older = repository.create(MessageThread.startedByFamily(household, TownService.REGIE, "Facture", T0));
        var newer = repository.create(MessageThread.startedByFamily(household, TownService.ESPACE_SERVICES, "Adresse", T0.plusSeconds(10)));
        var elsewhere = repository.create(MessageThread.startedByFamily(other, TownService.REGIE, "Autre", T0.plusSeconds(20)));
        assertEquals(List.of(newer, older), repository.ofHousehold(household));
        repository.update(older.afterMessage(true, T0.plusSeconds(30)));
        assertEquals(older.id(), repository.ofHousehold(household).getFirst().id());
        assertEquals(List.of(older.id(), elsewhere.id()), repository.inbox(TownService.REGIE, true).stream().map(MessageThread::id).toList());
        repository.update(repository.find(elsewhere.id()).orElseThrow().closed());
        assertEquals(List.of(older.id()), repository.inbox(TownService.REGIE, true).stream().map(MessageThread::id).toList());
        assertEquals(2, repository.inbox(TownService.REGIE, false).size());
    }

    @Test
    void the_thread_state_round_trips() {
        var repository = repository();
        var thread = repository.create(MessageThread.startedByTown(newHouseholdId(), TownService.SCOLAIRE, "Inscription", T0));
        long agent = newAccountId();
        var changed = thread.assignedTo(agent).afterMessage(false, T0.plusSeconds(5)).readBy(false).closed();
        repository.update(changed);
        assertEquals(changed, repository.find(thread.id()).orElseThrow());
    }
}
