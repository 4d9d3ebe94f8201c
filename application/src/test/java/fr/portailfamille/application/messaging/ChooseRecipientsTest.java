package fr.portailfamille.application.messaging;

import fr.portailfamille.application.bookings.BookingFixtures;
import fr.portailfamille.application.bookings.InMemoryActivityRepository;
import fr.portailfamille.application.households.InMemoryDossierCatalogue;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.SchoolYear;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChooseRecipientsTest {

    final InMemoryDossierCatalogue catalogue = new InMemoryDossierCatalogue();
    final InMemoryActivityRepository activities = new InMemoryActivityRepository();

    ChooseRecipients at(String instant) {
        return new ChooseRecipients(catalogue, activities, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void the_form_offers_the_towns_schools_alphabetically() {
        catalogue.addSchool("Victor Hugo");
        catalogue.addSchool("Jules Ferry");
        assertEquals(List.of("Jules Ferry", "Victor Hugo"), at("2026-11-02T10:00:00Z").schools());
    }

    @Test
    void the_form_offers_this_school_years_activities_only() {
        var canteen = activities.add(BookingFixtures.canteen());
        var wednesdays = activities.add(BookingFixtures.wednesdays());
        var lastYear = BookingFixtures.canteen();
        var old = activities.add(new Activity(0, "Cantine 2025-2026", lastYear.kind(), lastYear.unit(), lastYear.weekdays(), SchoolYear.startingIn(2025),
                10, false, lastYear.bookingRule(), lastYear.cancellationRule(), lastYear.cashOfficeId(), lastYear.priceCategory(), Set.of(), Set.of()));

        assertEquals(Map.of(canteen.id(), "Restauration scolaire", wednesdays.id(), "Mercredis loisirs"), at("2026-11-02T10:00:00Z").activities());
        // the year turns on 1 September in the town, two hours before it does in UTC
        assertEquals(Map.of(old.id(), "Cantine 2025-2026"), at("2026-08-31T21:30:00Z").activities());
        assertEquals(Map.of(canteen.id(), "Restauration scolaire", wednesdays.id(), "Mercredis loisirs"), at("2026-08-31T22:30:00Z").activities());
    }
}
