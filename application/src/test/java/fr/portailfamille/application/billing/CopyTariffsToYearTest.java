package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preparing 2027-2028 copies each tariff line's last grid of 2026-2027 over the new year, once. */
class CopyTariffsToYearTest extends BillingScenario {

    static final SchoolYear FROM = SchoolYear.startingIn(2026);
    static final SchoolYear TO = SchoolYear.startingIn(2027);

    @Test
    void the_last_grid_of_each_line_is_copied_over_the_next_year_with_its_brackets_and_rules_once() {
        setTariff.save(agent, peri.id(), 0, new SetTariff.Command("MERCREDI", "Accueil du mercredi", "Journée complète",
                LocalDate.parse("2026-09-01"), LocalDate.parse("2027-01-31"), true, Optional.of(new LateBookingSurcharge.Percentage(1000)),
                List.of(bracket("T1", 0, null, 900))));
        setTariff.save(agent, peri.id(), 0, new SetTariff.Command("MERCREDI", "Accueil du mercredi", "Journée complète",
                LocalDate.parse("2027-02-01"), LocalDate.parse("2027-08-31"), false, Optional.of(new LateBookingSurcharge.FixedAmount(Money.ofCents(150))),
                List.of(bracket("T1", 0, 999, 950), bracket("T2", 1000, null, 1200))));
        setTariff.save(agent, peri.id(), 0, new SetTariff.Command("NAVETTE", "Navette", "", LocalDate.parse("2025-09-01"), null,
                false, Optional.empty(), List.of(bracket("T1", 0, null, 80))));

        var report = new CopyTariffsToYear(settings, setTariff).copy(agent, FROM, TO);

        assertEquals(List.of(
                "« Accueil du mercredi » (MERCREDI, Régie Périscolaire) : copié du mercredi 1er septembre 2027 au jeudi 31 août 2028, mêmes tranches et mêmes prix.",
                "« Navette » (NAVETTE, Régie Périscolaire) : sans fin de validité, il s'applique déjà à l'année 2027-2028.",
                "« Accueil Périscolaire Soir » (PERI-SOIR, Régie Périscolaire) : copié du mercredi 1er septembre 2027 au jeudi 31 août 2028, mêmes tranches et mêmes prix."),
                report);
        var tariffs = settings.tariffs(agent, peri.id());
        var wednesday = tariffs.stream().filter(t -> t.key().equals("MERCREDI") && t.grid().appliesOn(LocalDate.parse("2027-09-01"))).findFirst().orElseThrow();
        var february = tariffs.stream().filter(t -> t.key().equals("MERCREDI") && t.grid().appliesOn(LocalDate.parse("2027-02-01"))).findFirst().orElseThrow();
        assertEquals(february.grid().brackets(), wednesday.grid().brackets(), "the last grid of the year, not the first");
        assertEquals(february.rules(), wednesday.rules());
        assertEquals(Optional.of(new LateBookingSurcharge.FixedAmount(fr.portailfamille.domain.common.Money.ofCents(150))),
                wednesday.rules().lateBookingSurcharge());
        assertEquals(LocalDate.parse("2028-08-31"), wednesday.grid().validTo());
        var evening = tariffs.stream().filter(t -> t.key().equals("PERI-SOIR") && t.grid().appliesOn(LocalDate.parse("2028-06-30"))).findFirst().orElseThrow();
        assertEquals("Accueil Périscolaire Soir", evening.activityName());
        assertEquals(4, evening.grid().brackets().size());

        int count = settings.tariffs(agent, peri.id()).size();
        var again = new CopyTariffsToYear(settings, setTariff).copy(agent, FROM, TO);
        assertEquals(count, settings.tariffs(agent, peri.id()).size(), "not copied twice");
        assertTrue(again.getFirst().endsWith("un tarif s'applique déjà le mercredi 1er septembre 2027, il n'est pas copié."), again.toString());
    }

    @Test
    void a_percentage_surcharge_keeps_its_decimals() {
        setTariff.save(agent, peri.id(), 0, new SetTariff.Command("CANTINE", "Restauration", "Repas", LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-08-31"), true, Optional.of(new LateBookingSurcharge.Percentage(1250)), List.of(bracket("T1", 0, null, 310))));
        new CopyTariffsToYear(settings, setTariff).copy(agent, FROM, TO);
        var copy = settings.tariffs(agent, peri.id()).stream().filter(t -> t.key().equals("CANTINE") && t.grid().appliesOn(LocalDate.parse("2027-09-01")))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(new LateBookingSurcharge.Percentage(1250)), copy.rules().lateBookingSurcharge());
    }
}
