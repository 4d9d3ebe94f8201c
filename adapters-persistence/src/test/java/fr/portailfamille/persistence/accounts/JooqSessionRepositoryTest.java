package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.accounts.port.SessionRepository;
import fr.portailfamille.application.accounts.SessionRepositoryContract;
import fr.portailfamille.application.accounts.WebSession;
import fr.portailfamille.domain.accounts.SessionTimes;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static fr.portailfamille.application.accounts.AccountRepositoryContract.addAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JooqSessionRepositoryTest extends SessionRepositoryContract {

    // once per test: every call to repository() and accounts() sees the same emptied database
    private final Db db = TestDatabase.fresh();

    @Override
    protected SessionRepository repository() {
        return new JooqSessionRepository(db);
    }

    @Override
    protected AccountRepository accounts() {
        return new JooqAccountRepository(db);
    }

    /** The account read with its session (one statement) goes to the next reader of that account only, and once. */
    @Test
    void the_account_read_with_a_session_is_handed_once_to_its_own_reader_only() {
        var accounts = accounts();
        var carol = addAccount(accounts, "carol@exemple.fr");
        var dan = addAccount(accounts, "dan@exemple.fr");
        var sessions = repository();
        var now = Instant.parse("2026-09-01T20:00:00Z");
        sessions.create(new WebSession("%064x".formatted(7), carol.id(), new SessionTimes(now, now)));

        sessions.find("%064x".formatted(7)).orElseThrow();
        assertEquals(dan.email(), accounts.find(dan.id()).orElseThrow().email(), "another account is read, never the one kept");
        assertEquals(carol.email(), accounts.find(carol.id()).orElseThrow().email(), "read from the table once the kept one was dropped");

        sessions.find("%064x".formatted(7)).orElseThrow();
        db.dsl().execute("UPDATE account SET last_name = 'CHANGED' WHERE id = ?", carol.id());
        sessions.delete("%064x".formatted(7));
        assertEquals("CHANGED", accounts.find(carol.id()).orElseThrow().lastName(), "an ended session leaves nothing behind");
    }
}
