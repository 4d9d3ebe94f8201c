package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.messaging.Notifier;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The out-ports the booking use cases share. The households (children, completeness of their dossier) are the
 * Dossier's; notifications go through the one {@link Notifier}, inside the transaction of the change.
 */
public record BookingsPorts(
        ActivityRepository activities,
        SchoolCalendarRepository calendars,
        SlotRepository slots,
        EnrolmentRepository enrolments,
        HouseholdsPorts households,
        Notifier notifier,
        Transactions transactions,
        Clock clock) {

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TownZone.ZONE);
    }
}
