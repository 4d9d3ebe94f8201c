package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
class InMemoryAttendanceRepositoryTest extends AttendanceRepositoryContract {
    private final InMemoryAttendanceRepository repository = new InMemoryAttendanceRepository();
    private long ids;

    @Override
    protected AttendanceRepository repository() {
        return repository;
    }

    @Override
    protected long anActivity() {
        return ++ids;
    }

    @Override
    protected long aChild() {
        return ++ids;
    }

    @Override
    protected long anAgent() {
        return ++ids;
    }
}
