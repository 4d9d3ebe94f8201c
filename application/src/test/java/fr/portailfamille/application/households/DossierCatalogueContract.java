package fr.portailfamille.application.households;

import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
