package fr.portailfamille.domain.bookings;

/** What one booking stands for; Billing counts and prices these units. */
public enum BookingUnit {
    /** One morning or evening «accueil». */
    SESSION("Séance", false, false),
    /** One school lunch. */
    MEAL("Repas", false, true),
    DAY("Journée", false, false),
    DAY_WITH_MEAL("Journée avec repas", false, true),
    HALF_DAY("Demi-journée", true, false),
    HALF_DAY_WITH_MEAL("Demi-journée avec repas", true, true);

    private final String label;
    private final boolean halfDay;
    private final boolean withMeal;

    BookingUnit(String label, boolean halfDay, boolean withMeal) {
        this.label = label;
        this.halfDay = halfDay;
        this.withMeal = withMeal;
    }

    public String label() {
        return label;
    }

    public boolean halfDay() {
        return halfDay;
    }

    public boolean withMeal() {
        return withMeal;
    }
}
