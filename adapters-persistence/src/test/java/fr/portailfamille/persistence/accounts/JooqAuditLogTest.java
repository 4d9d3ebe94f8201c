package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AuditLog;
import fr.portailfamille.application.accounts.AuditLogContract;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;

class JooqAuditLogTest extends AuditLogContract {

    // once per test: every call to repository() sees the same emptied database
    private final Db db = TestDatabase.fresh();

    @Override
    protected AuditLog repository() {
        return new JooqAuditLog(db);
    }
}
