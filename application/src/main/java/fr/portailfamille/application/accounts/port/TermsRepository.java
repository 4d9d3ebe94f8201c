package fr.portailfamille.application.accounts.port;

import fr.portailfamille.domain.accounts.TermsOfUse;

import java.util.List;
import java.util.Optional;

/** Out-port: published versions of the CGU. */
public interface TermsRepository {

    Optional<TermsOfUse> current();

    Optional<TermsOfUse> find(int version);

    List<TermsOfUse> all();

    /** Adds a version; versions are never edited once published. */
    void publish(TermsOfUse terms);
}
