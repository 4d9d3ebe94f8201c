package fr.portailfamille.application.households.port;

import fr.portailfamille.domain.households.DossierChange;

import java.util.List;

/** Out-port: the audit trail of health sheets, contacts and consents; append-only, read by staff. */
public interface DossierAudit {

    void record(DossierChange change);

    /** The household's changes, most recent first. */
    List<DossierChange> latest(long householdId, int limit);
}
