package fr.portailfamille.domain.bookings;

/**
 * A booked child's line in the attendance register («registre d'appel»). Agents mark present or absent; a validated
 * absence for illness makes the line «absence justifiée» whatever was marked, and agents cannot change it.
 */
public enum Attendance {
    PRESENT("Présent"), ABSENT("Absent"), JUSTIFIED("Absence justifiée"), UNMARKED("Non pointé"),
    /** An enrolled child who came without a booking, added to the day's register by an agent (billed as such). */
    PRESENT_WITHOUT_BOOKING("Présent sans réservation");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * What the register shows for a booked child: the validated certificate first, then the agent's mark (a child
     * added without a booking and booked since is simply present).
     */
    public static Attendance of(Attendance marked, boolean validatedAbsence) {
        if (validatedAbsence) return JUSTIFIED;
        if (marked == PRESENT_WITHOUT_BOOKING) return PRESENT;
        return marked == null ? UNMARKED : marked;
    }

    /** Whether an agent records this mark; the other two are derived. */
    public boolean isMark() {
        return this == PRESENT || this == ABSENT || this == PRESENT_WITHOUT_BOOKING;
    }
}
