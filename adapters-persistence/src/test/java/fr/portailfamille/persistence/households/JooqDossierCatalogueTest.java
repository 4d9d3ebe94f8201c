package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DossierCatalogue;
import fr.portailfamille.application.households.DossierCatalogueContract;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.School;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JooqDossierCatalogueTest extends DossierCatalogueContract {

    private final Db db = TestDatabase.fresh();

    @Override
    protected DossierCatalogue catalogue() {
        return new JooqDossierCatalogue(db);
    }

    @Test
    void a_renamed_school_takes_its_children_and_its_activities_along_and_leaves_the_others() {
        var catalogue = new JooqDossierCatalogue(db);
        var households = new JooqHouseholdRepository(db);
        catalogue.saveSchool(School.of("Ecole Pasteur", List.of(SchoolLevel.CP)));
        catalogue.addSchool("Maternelle Les Tilleuls");
        var household = households.add(Household.named("DUPONT"));
        var pupil = households.addChild(new Child(0, household.id(), "DUPONT", "Léa", LocalDate.of(2018, 5, 2), "Ecole Pasteur", SchoolLevel.CP));
        var toddler = households.addChild(new Child(0, household.id(), "DUPONT", "Tom", LocalDate.of(2022, 1, 9), "Maternelle Les Tilleuls", SchoolLevel.PS));
        long activity = db.dsl().fetchSingle("""
                INSERT INTO activity (start_year, name, kind, unit, weekdays, default_capacity, waiting_list, booking_rule, cancellation_rule,
                                      cash_office_id, price_category, schools)
                VALUES (2026, 'Accueil du soir', 'ACCUEIL_SOIR', 'SESSION', '{1,2,4,5}', 30, true, 'J-2', 'J-2', 'PERI', 'SOIR',
                        '{Ecole Pasteur,Maternelle Les Tilleuls}') RETURNING id""").get(0, Long.class);

        catalogue.renameSchool("Ecole Pasteur", "École élémentaire Pasteur");

        assertEquals("École élémentaire Pasteur", households.findChild(pupil.id()).orElseThrow().school());
        assertEquals("Maternelle Les Tilleuls", households.findChild(toddler.id()).orElseThrow().school());
        assertArrayEquals(new String[] {"École élémentaire Pasteur", "Maternelle Les Tilleuls"},
                db.dsl().fetchSingle("SELECT schools FROM activity WHERE id = ?", activity).get(0, String[].class));
    }
}
