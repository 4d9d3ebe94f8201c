package fr.portailfamille.application.privacy.port;

import fr.portailfamille.domain.privacy.HealthSheetRead;

import java.util.List;

/** Out-port: who read which health sheet; append-only. */
public interface HealthSheetReads {

    void record(HealthSheetRead read);

    /** The household's reads, most recent first. */
    List<HealthSheetRead> ofHousehold(long householdId, int limit);

    /** Every household's reads, most recent first (for admins). */
    List<HealthSheetRead> latest(int limit);
}
