package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.application.town.port.TownRepository;
import fr.portailfamille.domain.town.Town;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Contract of {@link Transactions}: every adapter runs it (in-memory and jOOQ). Two stores of the same adapter — the
 * town's settings and the mail outbox — stand for «a change and the mail it causes», which must stay or go together.
 */
public abstract class TransactionsContract {

    /** Builds empty stores sharing {@link #transactions()}; called before each test. */
    protected abstract void open();

    protected abstract Transactions transactions();

    protected abstract TownRepository towns();

    protected abstract MailOutbox outbox();

    private static final class Refused extends RuntimeException {
        Refused() {
            super("refused on purpose");
        }
    }

    static Town town(String name) {
        return new Town(name, null, "mairie@" + name.toLowerCase() + ".fr", "01 23 45 67 89", "Place de la Mairie",
                "https://portail." + name.toLowerCase() + ".fr", 48);
    }

    static OutgoingMail mail(String to) {
        return new OutgoingMail(to, "mairie@exemple.fr", "Votre dossier", "Bonjour", "<p>Bonjour</p>");
    }

    @BeforeEach
    void stores() {
        open();
        towns().save(town("Avant"));
    }

    private String townName() {
        return towns().find().orElseThrow().name();
    }

    @Test
    void work_that_returns_is_committed_and_its_result_handed_back() {
        long id = transactions().inTransaction(() -> {
            towns().save(town("Apres"));
            return outbox().enqueue(mail("a@exemple.fr"));
        });
        assertEquals("Apres", townName());
        assertEquals(id, outbox().latest(10).getFirst().id());
    }

    @Test
    void an_exception_rolls_back_every_store_and_reaches_the_caller_unchanged() {
        var refused = new Refused();
        var thrown = assertThrows(Refused.class, () -> transactions().run(() -> {
            towns().save(town("Apres"));
            outbox().enqueue(mail("a@exemple.fr"));
            throw refused;
        }));
        assertSame(refused, thrown);
        assertEquals("Avant", townName());
        assertEquals(0, outbox().latest(10).size());
    }

    @Test
    void a_rollback_leaves_what_earlier_transactions_committed() {
        transactions().run(() -> outbox().enqueue(mail("kept@exemple.fr")));
        assertThrows(Refused.class, () -> transactions().run(() -> {
            outbox().enqueue(mail("lost@exemple.fr"));
            throw new Refused();
        }));
        assertEquals(java.util.List.of("kept@exemple.fr"), outbox().latest(10).stream().map(q -> q.mail().to()).toList());
    }

    @Test
    void a_nested_call_sees_the_outer_writes_not_yet_committed() {
        var seen = new AtomicReference<String>();
        transactions().run(() -> {
            towns().save(town("Dedans"));
            transactions().run(() -> seen.set(townName()));
        });
        assertEquals("Dedans", seen.get());
    }

    @Test
    void a_nested_call_commits_nothing_by_itself_the_outer_failure_undoes_it() {
        assertThrows(Refused.class, () -> transactions().run(() -> {
            transactions().run(() -> {
                towns().save(town("Interieur"));
                outbox().enqueue(mail("a@exemple.fr"));
            });
            throw new Refused();
        }));
        assertEquals("Avant", townName());
        assertEquals(0, outbox().latest(10).size());
    }

    @Test
    void a_failure_inside_a_nested_call_that_escapes_rolls_back_the_whole_transaction() {
        assertThrows(Refused.class, () -> transactions().run(() -> {
            towns().save(town("Exterieur"));
            transactions().run(() -> {
                outbox().enqueue(mail("a@exemple.fr"));
                throw new Refused();
            });
        }));
        assertEquals("Avant", townName());
        assertEquals(0, outbox().latest(10).size());
    }

    /** A nested call joins the outer transaction (no savepoint): if the outer catches its failure, its writes stay. */
    @Test
    void a_nested_failure_caught_by_the_outer_call_keeps_the_nested_writes() {
        transactions().run(() -> {
            try {
                transactions().run(() -> {
                    outbox().enqueue(mail("a@exemple.fr"));
                    throw new Refused();
                });
            } catch (Refused expected) {
                towns().save(town("Rattrape"));
            }
        });
        assertEquals("Rattrape", townName());
        assertEquals(1, outbox().latest(10).size());
    }

    @Test
    void after_a_rollback_the_next_transaction_works_normally() {
        assertThrows(Refused.class, () -> transactions().run(() -> {
            towns().save(town("Perdu"));
            throw new Refused();
        }));
        transactions().run(() -> towns().save(town("Garde")));
        assertEquals("Garde", townName());
    }
}
