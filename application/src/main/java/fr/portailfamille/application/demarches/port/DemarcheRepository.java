package fr.portailfamille.application.demarches.port;

import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.demarches.StatusChange;

import java.util.List;
import java.util.Optional;

/** Out-port: the town's démarche forms, the households' démarches and their history. */
public interface DemarcheRepository {

    DemarcheForm addForm(DemarcheForm form);

    /** Alphabetical by title. */
    List<DemarcheForm> forms(boolean activeOnly);

    Optional<DemarcheForm> form(long formId);

    Demarche add(Demarche demarche);

    void update(Demarche demarche);

    Optional<Demarche> find(long demarcheId);

    /** Most recently changed first. */
    List<Demarche> ofHousehold(long householdId);

    /** Oldest change first: the queue agents work through. */
    List<Demarche> withStatus(DemarcheStatus status);

    /** A file joined to a démarche's answer. */
    record StoredFile(long id, long demarcheId, String fieldKey, String name, String mediaType, byte[] content) {
    }

    /** @return the stored file's id */
    long storeFile(long demarcheId, String fieldKey, String name, String mediaType, byte[] content);

    Optional<StoredFile> file(long fileId);

    void record(StatusChange change);

    /** Oldest first. */
    List<StatusChange> history(long demarcheId);
}
