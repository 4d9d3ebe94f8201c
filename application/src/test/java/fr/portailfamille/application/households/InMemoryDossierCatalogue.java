package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.School;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class InMemoryDossierCatalogue implements DossierCatalogue {

    private final TreeMap<String, School> schools = new TreeMap<>();
    private final Map<String, DocumentType> types = new LinkedHashMap<>();
    private final Map<String, ConsentQuestion> questions = new LinkedHashMap<>();

    @Override
    public synchronized List<String> schools() {
        return List.copyOf(schools.keySet());
    }

    @Override
    public synchronized void addSchool(String name) {
        schools.putIfAbsent(name.strip(), new School(name, java.util.Set.of()));
    }

    @Override
    public synchronized List<School> schoolsWithLevels() {
        return List.copyOf(schools.values());
    }

    @Override
    public synchronized void saveSchool(School school) {
        schools.put(school.name(), school);
    }

    /** Renames the school only: children and activities live in other in-memory adapters, the jOOQ test covers them. */
    @Override
    public synchronized boolean renameSchool(String from, String to) {
        var school = schools.get(from.strip());
        if (school == null || schools.containsKey(to.strip())) return false;
        schools.remove(school.name());
        schools.put(to.strip(), new School(to, school.levels()));
        return true;
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
