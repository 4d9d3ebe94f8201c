package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SchoolLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link Recipients}: every adapter runs it (in-memory and jOOQ), on dossiers and enrolments it stores itself. */
public abstract class RecipientsContract {

    /** Empty stores of one adapter: the recipients read what the two repositories below write. */
    protected abstract Recipients recipients();

    protected abstract HouseholdRepository households();

    protected abstract EnrolmentRepository enrolments();

    /** A stored activity's id. */
    protected abstract long anActivity();

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    private long household(String name) {
        return households().add(Household.named(name)).id();
    }

    private long child(long household, String firstNames, String school) {
        return households().addChild(new Child(0, household, "Famille", firstNames, LocalDate.of(2018, 5, 2), school, SchoolLevel.CE1)).id();
    }

    @Test
    void a_school_names_each_household_with_a_child_there_once_in_id_order() {
        long martin = household("MARTIN");
        long nguyen = household("NGUYEN");
        long durand = household("DURAND");
        child(nguyen, "Linh", "Jules Ferry");
        child(martin, "Léa", "Jules Ferry");
        child(martin, "Hugo", "Jules Ferry");
        child(durand, "Tom", "Les Tilleuls");

        assertEquals(List.of(martin, nguyen), recipients().householdsWithChildAt("Jules Ferry"));
        assertEquals(List.of(durand), recipients().householdsWithChildAt("Les Tilleuls"));
        assertEquals(List.of(), recipients().householdsWithChildAt("Jules"));
        assertEquals(List.of(), recipients().householdsWithChildAt("École inconnue"));
    }

    @Test
    void an_activity_names_the_households_whose_enrolment_is_accepted_only() {
        long activity = anActivity();
        long other = anActivity();
        long martin = household("MARTIN");
        long nguyen = household("NGUYEN");
        long durand = household("DURAND");
        long lea = child(martin, "Léa", "Jules Ferry");
        long hugo = child(martin, "Hugo", "Jules Ferry");
        long linh = child(nguyen, "Linh", "Jules Ferry");
        long tom = child(durand, "Tom", "Jules Ferry");
        var year = BookingFixtures.YEAR;
        enrolments().add(Enrolment.createdByAgent(lea, activity, year, T0));
        enrolments().add(Enrolment.createdByAgent(hugo, activity, year, T0));
        enrolments().add(Enrolment.request(linh, activity, year, T0));
        var refused = enrolments().add(Enrolment.request(tom, activity, year, T0));
        enrolments().update(refused.refuse("Complet", T0.plusSeconds(60)));
        enrolments().add(Enrolment.createdByAgent(tom, other, year, T0));

        assertEquals(List.of(martin), recipients().householdsEnrolledIn(activity));
        assertEquals(List.of(durand), recipients().householdsEnrolledIn(other));

        var accepted = enrolments().find(linh, activity, year).orElseThrow().accept(T0.plusSeconds(120));
        enrolments().update(accepted);
        assertEquals(List.of(martin, nguyen), recipients().householdsEnrolledIn(activity));
    }
}
