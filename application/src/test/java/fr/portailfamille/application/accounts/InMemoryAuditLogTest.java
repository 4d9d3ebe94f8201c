package fr.portailfamille.application.accounts;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog repository() {
        return log;
    }
}
