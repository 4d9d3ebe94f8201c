package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.privacy.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link AuditTrail}: in-memory and jOOQ. */
public abstract class AuditTrailContract {

    protected abstract AuditTrail trail();

    protected abstract HouseholdRepository households();

    static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void events_come_back_most_recent_first_per_household_and_the_towns_apart() {
        long dupont = households().add(Household.named("DUPONT")).id();
        long martin = households().add(Household.named("MARTIN")).id();
        var booked = new AuditEvent(dupont, 11, T0, AuditEvent.Kind.BOOKED, "Léa – Accueil du soir – 07/12/2026", "192.0.2.1");
        var cancelled = new AuditEvent(dupont, 11, T0.plusSeconds(1), AuditEvent.Kind.CANCELLED, "Léa – Accueil du soir – 07/12/2026", "192.0.2.1");
        var other = new AuditEvent(martin, 12, T0.plusSeconds(2), AuditEvent.Kind.DESK_PAYMENT, "Facture PERI-2026-11-0001 – 12,50 €", "10.0.0.5");
        var settings = new AuditEvent(null, 2, T0.plusSeconds(3), AuditEvent.Kind.TOWN_SETTINGS, "Délégué à la protection des données", "");
        trail().record(List.of(booked, cancelled));
        trail().record(List.of(other, settings));
        trail().record(List.of());
        assertEquals(List.of(cancelled, booked), trail().ofHousehold(dupont, 10));
        assertEquals(List.of(cancelled), trail().ofHousehold(dupont, 1));
        assertEquals(List.of(other), trail().ofHousehold(martin, 10));
        assertEquals(List.of(settings), trail().ofTown(10));
    }
}
