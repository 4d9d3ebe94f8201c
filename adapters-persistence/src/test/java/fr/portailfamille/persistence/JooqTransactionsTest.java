package fr.portailfamille.persistence;

import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.common.TransactionsContract;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.town.port.TownRepository;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import fr.portailfamille.persistence.town.JooqTownRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class JooqTransactionsTest extends TransactionsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    private Db db;

    @Override
    protected void open() {
        db = TestDatabase.fresh();
    }

    @Override
    protected Transactions transactions() {
        return db;
    }

    @Override
    protected TownRepository towns() {
        return new JooqTownRepository(db, CLOCK);
    }

    @Override
    protected MailOutbox outbox() {
        return new JooqMailOutbox(db, CLOCK);
    }
}
