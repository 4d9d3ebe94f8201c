package fr.portailfamille.application.archfixture.port;

import fr.portailfamille.application.households.OpenDossier;

/** Test-only, planted: an out-port that hands back a use case, tying every adapter to it. The rules must reject it. */
public interface RepositoryOpeningADossier {

    OpenDossier dossierOf(long householdId);
}
