package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.privacy.HealthSheetRead;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link HealthSheetReads}: in-memory and jOOQ. */
public abstract class HealthSheetReadsContract {

    protected abstract HealthSheetReads reads();

    protected abstract HouseholdRepository households();

    static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void reads_come_back_most_recent_first_per_household_and_all_together_for_admins() {
        long dupont = households().add(Household.named("DUPONT")).id();
        long martin = households().add(Household.named("MARTIN")).id();
        long lea = households().addChild(new Child(0, dupont, "Dupont", "Léa", LocalDate.of(2018, 3, 14), "", null)).id();
        long tom = households().addChild(new Child(0, martin, "Martin", "Tom", LocalDate.of(2019, 5, 1), "", null)).id();
        var opened = new HealthSheetRead(dupont, lea, 7, T0, HealthSheetRead.Kind.OPENED, "/agent/foyers/" + dupont + "/enfants/" + lea + "/fiche-sanitaire");
        var other = new HealthSheetRead(martin, tom, 7, T0.plusSeconds(1), HealthSheetRead.Kind.PRINTED, "/agent/foyers/2/enfants/2/fiche-sanitaire/impression");
        var exported = new HealthSheetRead(dupont, lea, 8, T0.plusSeconds(2), HealthSheetRead.Kind.EXPORTED, "/agent/foyers/1/donnees");
        reads().record(opened);
        reads().record(other);
        reads().record(exported);
        assertEquals(List.of(exported, opened), reads().ofHousehold(dupont, 10));
        assertEquals(List.of(exported), reads().ofHousehold(dupont, 1));
        assertEquals(List.of(other), reads().ofHousehold(martin, 10));
        assertEquals(List.of(exported, other, opened), reads().latest(10));
        assertEquals(List.of(exported, other), reads().latest(2));
    }
}
