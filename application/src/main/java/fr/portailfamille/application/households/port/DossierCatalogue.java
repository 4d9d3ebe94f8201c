package fr.portailfamille.application.households.port;

import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.School;

import java.util.List;

/** Out-port: the town's data the dossier asks about: schools, kinds of justificatifs, consent questions. */
public interface DossierCatalogue {

    /** School names, alphabetical. */
    List<String> schools();

    void addSchool(String name);

    /** The schools with the levels they teach, alphabetical. */
    List<School> schoolsWithLevels();

    /** Creates a school or replaces the levels of the one with the same name. */
    void saveSchool(School school);

    /**
     * Renames a school everywhere it is named: the children who attend it and the activities meant for it follow.
     *
     * @return false, changing nothing, when there is no school {@code from} or there is already one named {@code to}
     */
    boolean renameSchool(String from, String to);

    /** In the order the town listed them. */
    List<DocumentType> documentTypes();

    /** Creates a type or replaces the one with the same code. */
    void saveDocumentType(DocumentType type);

    /** The current (highest) version of each question, in the order they were first published. */
    List<ConsentQuestion> currentQuestions();

    /** Adds a version of a question; its version must be above the current one of the same code. */
    void publishQuestion(ConsentQuestion question);
}
