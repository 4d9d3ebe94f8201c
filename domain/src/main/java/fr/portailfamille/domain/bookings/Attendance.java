package fr.portailfamille.domain.bookings;

/**
 * A booked child's line in the attendance register («registre d'appel»). Agents mark present or absent; a validated
 * absence for illness makes the line «absence justifiée» whatever was marked, and agents cannot change it.
 */
public enum Attendance {
    PRESENT("Présent"), ABSENT("Absent"), JUSTIFIED("Absence justifiée"), UNMARKED("Non pointé");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the register shows for a child: the validated certificate first, then the agent's mark. */
    public static Attendance of(Attendance marked, boolean validatedAbsence) {
        if (validatedAbsence) return JUSTIFIED;
        return marked == null ? UNMARKED : marked;
    }

    /** Whether an agent records this mark; the other two are derived. */
    public boolean isMark() {
        return this == PRESENT || this == ABSENT;
    }
}
