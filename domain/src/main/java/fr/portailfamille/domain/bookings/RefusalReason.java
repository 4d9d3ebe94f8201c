package fr.portailfamille.domain.bookings;

/** Why a booking or a cancellation was not done, in the words the «Soumettre» answer shows. */
public enum RefusalReason {
    NOT_ENROLLED("Pas d'inscription acceptée à cette activité pour l'année scolaire : faites d'abord une demande d'inscription."),
    ENROLMENT_PENDING("L'inscription à cette activité attend encore la validation de la mairie."),
    HOLIDAY("Pas d'activité ce jour-là : vacances scolaires, jour férié ou week-end."),
    NOT_RUNNING("L'activité n'a pas lieu ce jour-là."),
    CLOSED("L'activité est fermée ce jour-là."),
    ALREADY_BOOKED("Ce jour est déjà réservé."),
    ALREADY_WAITLISTED("Ce jour est déjà demandé : l'enfant est sur la liste d'attente."),
    BOOKING_DEADLINE_PASSED("Le délai de réservation est dépassé."),
    FULL("Complet : il ne reste plus de place ce jour-là."),
    NOT_BOOKED("Aucune réservation à annuler ce jour-là."),
    CANCELLATION_DEADLINE_PASSED("Le délai d'annulation est dépassé.");

    private final String message;

    RefusalReason(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
