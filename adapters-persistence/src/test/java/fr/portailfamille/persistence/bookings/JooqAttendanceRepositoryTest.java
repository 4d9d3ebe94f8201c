package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.AttendanceRepository;
import fr.portailfamille.application.bookings.AttendanceRepositoryContract;
import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;

import java.time.Instant;

class JooqAttendanceRepositoryTest extends AttendanceRepositoryContract {

    private final Db db = TestDatabase.fresh();
    private final JooqAttendanceRepository repository = new JooqAttendanceRepository(db);
    private final TestChildren children = new TestChildren(db);

    @Override
    protected AttendanceRepository repository() {
        return repository;
    }

    @Override
    protected long anActivity() {
        return new JooqActivityRepository(db).add(BookingFixtures.morning()).id();
    }

    @Override
    protected long aChild() {
        return children.next();
    }

    @Override
    protected long anAgent() {
        var accounts = new JooqAccountRepository(db);
        int loginId = accounts.nextLoginId();
        return accounts.add(Account.create(loginId, EmailAddress.parse("agent" + loginId + "@mairie.fr").orElseThrow(), "Roussel", "Paul",
                Role.AGENT, Instant.parse("2026-09-01T08:00:00Z"))).id();
    }
}
