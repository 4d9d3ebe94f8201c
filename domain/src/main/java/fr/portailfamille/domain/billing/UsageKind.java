package fr.portailfamille.domain.billing;

/** What happened on one day for a child and an activity, as the bookings and the registers record it. */
public enum UsageKind {
    BOOKED_AND_ATTENDED("Réservé, présent"),
    BOOKED_ABSENT_UNJUSTIFIED("Réservé, absent sans justificatif"),
    MEDICAL_ABSENCE_VALIDATED("Absence médicale justifiée"),
    CANCELLED_IN_TIME("Annulé dans les délais"),
    CANCELLED_LATE("Annulé hors délai"),
    /** Booked after the booking deadline; billed as booked, plus the surcharge when the activity has one. */
    BOOKED_LATE("Réservé hors délai"),
    /** Came without a booking: the staff took the child in, which costs like a late booking. */
    ATTENDED_WITHOUT_BOOKING("Présent sans réservation"),
    /** Closure, strike, outing cancelled by the town: the family is not at fault. */
    CANCELLED_BY_TOWN("Annulé par la commune");

    private final String label;

    UsageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
