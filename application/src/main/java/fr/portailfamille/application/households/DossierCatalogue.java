package fr.portailfamille.application.households;

import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;

import java.util.List;

/** Out-port: the town's data the dossier asks about: schools, kinds of justificatifs, consent questions. */
public interface DossierCatalogue {

    /** School names, alphabetical. */
    List<String> schools();

    void addSchool(String name);

    /** In the order the town listed them. */
    List<DocumentType> documentTypes();

    /** Creates a type or replaces the one with the same code. */
    void saveDocumentType(DocumentType type);

    /** The current (highest) version of each question, in the order they were first published. */
    List<ConsentQuestion> currentQuestions();

    /** Adds a version of a question; its version must be above the current one of the same code. */
    void publishQuestion(ConsentQuestion question);
}
