package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.demarches.StatusChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryDemarcheRepository implements DemarcheRepository {

    private final Map<Long, DemarcheForm> forms = new HashMap<>();
    private final Map<Long, Demarche> demarches = new HashMap<>();
    private final List<StatusChange> history = new ArrayList<>();
    private final Map<Long, StoredFile> files = new HashMap<>();
    private long lastFile;
    private long lastForm;
    private long lastDemarche;

    @Override
    public synchronized DemarcheForm addForm(DemarcheForm form) {
        var stored = form.withId(++lastForm);
        forms.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized List<DemarcheForm> forms(boolean activeOnly) {
        return forms.values().stream().filter(f -> f.active() || !activeOnly).sorted(Comparator.comparing(DemarcheForm::title)).toList();
    }

    @Override
    public synchronized Optional<DemarcheForm> form(long formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    @Override
    public synchronized Demarche add(Demarche demarche) {
        var stored = demarche.withId(++lastDemarche);
        demarches.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(Demarche demarche) {
        if (!demarches.containsKey(demarche.id())) throw new IllegalArgumentException("unknown démarche " + demarche.id());
        demarches.put(demarche.id(), demarche);
    }

    @Override
    public synchronized Optional<Demarche> find(long demarcheId) {
        return Optional.ofNullable(demarches.get(demarcheId));
    }

    @Override
    public synchronized List<Demarche> ofHousehold(long householdId) {
        return demarches.values().stream().filter(d -> d.householdId() == householdId)
                .sorted(Comparator.comparing(Demarche::updatedAt).thenComparingLong(Demarche::id).reversed()).toList();
    }

    @Override
    public synchronized List<Demarche> withStatus(DemarcheStatus status) {
        return demarches.values().stream().filter(d -> d.status() == status)
                .sorted(Comparator.comparing(Demarche::updatedAt).thenComparingLong(Demarche::id)).toList();
    }

    @Override
    public synchronized long storeFile(long demarcheId, String fieldKey, String name, String mediaType, byte[] content) {
        if (!demarches.containsKey(demarcheId)) throw new IllegalArgumentException("unknown démarche " + demarcheId);
        long id = ++lastFile;
        files.put(id, new StoredFile(id, demarcheId, fieldKey, name, mediaType, content.clone()));
        return id;
    }

    @Override
    public synchronized Optional<StoredFile> file(long fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    @Override
    public synchronized void record(StatusChange change) {
        history.add(change);
    }

    @Override
    public synchronized List<StatusChange> history(long demarcheId) {
        return history.stream().filter(c -> c.demarcheId() == demarcheId).toList();
    }
}
