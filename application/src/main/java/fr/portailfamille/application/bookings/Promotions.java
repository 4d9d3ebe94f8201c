package fr.portailfamille.application.bookings;

import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.time.LocalDate;

/** Tells a family its child left the waiting list for a place: a notification and, by their choice, a mail. */
final class Promotions {

    private final BookingsPorts ports;

    Promotions(BookingsPorts ports) {
        this.ports = ports;
    }

    /** Call inside the transaction that promoted the child. */
    void tell(long childId, Activity activity, LocalDate day) {
        var households = ports.households().households();
        households.findChild(childId).ifPresent(child -> {
            String title = "Place obtenue pour " + child.firstNames() + " : " + activity.name() + ", le " + BookingDates.longDate(day)
                    + ". La réservation est faite.";
            String link = "/planning?mois=" + day.toString().substring(0, 7);
            households.accountsOf(child.householdId()).forEach(account ->
                    ports.notifier().notify(account, NotificationKind.WAITING_LIST_PROMOTION, title, link));
        });
    }
}
