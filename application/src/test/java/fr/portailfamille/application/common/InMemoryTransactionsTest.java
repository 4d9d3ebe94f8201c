package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import fr.portailfamille.application.mail.InMemoryMailOutbox;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.town.InMemoryTownRepository;
import fr.portailfamille.application.town.port.TownRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InMemoryTransactionsTest extends TransactionsContract {

    private InMemoryTransactions transactions;
    private InMemoryTownRepository towns;
    private InMemoryMailOutbox outbox;

    @Override
    protected void open() {
        towns = new InMemoryTownRepository();
        outbox = new InMemoryMailOutbox(Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        transactions = new InMemoryTransactions(towns, outbox);
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected TownRepository towns() {
        return towns;
    }

    @Override
    protected MailOutbox outbox() {
        return outbox;
    }

    /** A store whose values are mutable objects the snapshot does not know: refused loudly, never shared silently. */
    @Test
    void a_store_holding_an_unknown_mutable_value_is_refused_rather_than_half_rolled_back() {
        var store = new Object() {
            final List<StringBuilder> notes = new ArrayList<>(List.of(new StringBuilder("a")));
        };
        var failing = new InMemoryTransactions(store);
        var error = assertThrows(IllegalStateException.class, () -> failing.run(() -> { }));
        assertEquals("A java.lang.StringBuilder cannot be snapshotted: make it a record or give it InMemoryCopy", error.getMessage());
    }

    /** Nested collections and counters come back too: the slots keep mutable rows, the invoices lists per number. */
    @Test
    void nested_collections_mutable_rows_and_counters_come_back() {
        var store = new Object() {
            final java.util.Map<String, List<String>> lists = new java.util.HashMap<>();
            long lastId = 1;
        };
        store.lists.put("k", new ArrayList<>(List.of("a")));
        var tx = new InMemoryTransactions(store);
        assertThrows(IllegalStateException.class, () -> tx.run(() -> {
            store.lists.get("k").add("b");
            store.lists.put("l", new ArrayList<>());
            store.lastId = 9;
            throw new IllegalStateException("refused");
        }));
        assertEquals(java.util.Map.of("k", List.of("a")), store.lists);
        assertEquals(1, store.lastId);
    }
}
