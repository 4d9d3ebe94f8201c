package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.accounts.AccountRepositoryContract;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.schema.enums.AccountRole;
import fr.portailfamille.persistence.schema.enums.AccountStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JooqAccountRepositoryTest extends AccountRepositoryContract {

    // once per test: every call to repository() sees the same emptied database
    private final Db db = TestDatabase.fresh();

    @Override
    protected AccountRepository repository() {
        return new JooqAccountRepository(db);
    }

    /**
     * The domain always stores addresses in lower case, so the contract cannot show that the database compares
     * lower(email): a row written in capitals by hand (an import, a fix in psql) shows it.
     */
    @Test
    void an_address_stored_in_capitals_outside_the_domain_is_still_unique_and_found() {
        var repository = repository();
        db.dsl().insertInto(ACCOUNT)
                .set(ACCOUNT.LOGIN_ID, repository.nextLoginId())
                .set(ACCOUNT.EMAIL, "Marie.Dupont@Exemple.FR")
                .set(ACCOUNT.LAST_NAME, "Dupont")
                .set(ACCOUNT.FIRST_NAMES, "Marie")
                .set(ACCOUNT.ROLE, AccountRole.PARENT)
                .set(ACCOUNT.STATUS, AccountStatus.ACTIVE)
                .set(ACCOUNT.CREATED_AT, Instant.parse("2026-09-01T08:00:00Z").atOffset(ZoneOffset.UTC))
                .execute();
        var email = new EmailAddress("marie.dupont@exemple.fr");
        assertEquals(email, repository.findByEmail(email).orElseThrow().email());
        var second = Account.create(repository.nextLoginId(), email, "Dupont", "Paul", Role.PARENT, Instant.parse("2026-09-02T08:00:00Z"));
        assertThrows(AccountRepository.EmailAlreadyUsed.class, () -> repository.add(second));
    }
}
