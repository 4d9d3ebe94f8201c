package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog repository() {
        return log;
    }
}
