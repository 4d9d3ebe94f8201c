package fr.portailfamille.application.households;

import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public final class InMemoryDossierCatalogue implements DossierCatalogue {

    private final TreeSet<String> schools = new TreeSet<>();
    private final Map<String, DocumentType> types = new LinkedHashMap<>();
    private final Map<String, ConsentQuestion> questions = new LinkedHashMap<>();

    @Override
    public synchronized List<String> schools() {
        return List.copyOf(schools);
    }

    @Override
    public synchronized void addSchool(String name) {
        schools.add(name.strip());
    }

    @Override
    public synchronized List<DocumentType> documentTypes() {
        return List.copyOf(types.values());
    }

    @Override
    public synchronized void saveDocumentType(DocumentType type) {
        types.put(type.code(), type);
    }

    @Override
    public synchronized List<ConsentQuestion> currentQuestions() {
        return new ArrayList<>(questions.values());
    }

    @Override
    public synchronized void publishQuestion(ConsentQuestion question) {
        var current = questions.get(question.code());
        if (current != null && current.version() >= question.version()) throw new IllegalArgumentException("version already published");
        questions.put(question.code(), question);
    }
}
