package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.School;
import fr.portailfamille.domain.households.SchoolLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link DossierCatalogue}: every adapter runs it (in-memory and jOOQ). */
public abstract class DossierCatalogueContract {

    protected abstract DossierCatalogue catalogue();

    @Test
    void schools_come_alphabetically_once_each() {
        var c = catalogue();
        c.addSchool("Maternelle Les Tilleuls");
        c.addSchool("Élémentaire Jules Ferry");
        c.addSchool("Maternelle Les Tilleuls");
        assertEquals(2, c.schools().size());
        assertEquals(List.of("Maternelle Les Tilleuls", "Élémentaire Jules Ferry").stream().sorted().toList(), c.schools());
    }

    @Test
    void a_school_keeps_its_levels_which_a_new_save_replaces_and_an_added_name_has_none() {
        var c = catalogue();
        c.saveSchool(School.of("Maternelle Les Tilleuls", List.of(SchoolLevel.GS, SchoolLevel.PS)));
        c.addSchool("Élémentaire Jules Ferry");
        c.addSchool("Maternelle Les Tilleuls");
        assertEquals(Set.of(SchoolLevel.PS, SchoolLevel.GS), level("Maternelle Les Tilleuls", c));
        assertEquals(Set.of(), level("Élémentaire Jules Ferry", c));
        c.saveSchool(School.of("Élémentaire Jules Ferry", List.of(SchoolLevel.CP, SchoolLevel.CM2)));
        assertEquals(Set.of(SchoolLevel.CP, SchoolLevel.CM2), level("Élémentaire Jules Ferry", c));
        assertEquals(c.schools(), c.schoolsWithLevels().stream().map(School::name).toList());
    }

    @Test
    void a_school_is_renamed_with_its_levels_but_never_onto_another_or_from_nothing() {
        var c = catalogue();
        c.saveSchool(School.of("Ecole Pasteur", List.of(SchoolLevel.CP)));
        c.addSchool("Maternelle Les Tilleuls");
        assertTrue(c.renameSchool("Ecole Pasteur", "École élémentaire Pasteur"));
        assertEquals(List.of("Maternelle Les Tilleuls", "École élémentaire Pasteur").stream().sorted().toList(), c.schools());
        assertEquals(Set.of(SchoolLevel.CP), level("École élémentaire Pasteur", c));
        assertFalse(c.renameSchool("École élémentaire Pasteur", "Maternelle Les Tilleuls"));
        assertFalse(c.renameSchool("Ecole Pasteur", "Autre"));
        assertEquals(2, c.schools().size());
    }

    private static Set<SchoolLevel> level(String school, DossierCatalogue c) {
        return c.schoolsWithLevels().stream().filter(s -> s.name().equals(school)).findFirst().orElseThrow().levels();
    }

    @Test
    void document_types_keep_their_order_and_a_code_is_replaced() {
        var c = catalogue();
        var book = new DocumentType("carnet-vaccination", "Carnet de vaccination", true, true);
        var tax = new DocumentType("avis-imposition", "Avis d'imposition", false, false);
        c.saveDocumentType(book);
        c.saveDocumentType(tax);
        var required = new DocumentType("avis-imposition", "Avis d'imposition ou de non-imposition", true, false);
        c.saveDocumentType(required);
        assertEquals(List.of(book, required), c.documentTypes());
    }

    @Test
    void only_the_latest_version_of_a_question_is_current_and_versions_only_go_up() {
        var c = catalogue();
        c.publishQuestion(new ConsentQuestion("droit-image", 1, "Droit à l'image", true));
        c.publishQuestion(new ConsentQuestion("sorties", 1, "Sorties", false));
        var v2 = new ConsentQuestion("droit-image", 2, "Droit à l'image (photos et vidéos)", true);
        c.publishQuestion(v2);
        assertEquals(List.of(v2, new ConsentQuestion("sorties", 1, "Sorties", false)), c.currentQuestions());
        assertThrows(RuntimeException.class, () -> c.publishQuestion(new ConsentQuestion("droit-image", 2, "Autre", true)));
    }
}
