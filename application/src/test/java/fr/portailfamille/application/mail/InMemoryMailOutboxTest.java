package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import fr.portailfamille.application.common.InMemoryTransactions;
import fr.portailfamille.application.common.port.Transactions;

class InMemoryMailOutboxTest extends MailOutboxContract {
    @Override
    protected MailOutbox outbox() {
        return new InMemoryMailOutbox(QUEUED_AT);
    }

    @Override
    protected Transactions transactions() {
        return new InMemoryTransactions();
    }
}
