package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.application.common.port.Transactions;

import java.time.Clock;
import java.time.LocalDate;

/** The out-ports the dossier use cases share. Dates (vaccinations, validity) are the town's: Paris time. */
public record HouseholdsPorts(
        HouseholdRepository households,
        DossierCatalogue catalogue,
        DocumentRepository documents,
        DocumentStorage storage,
        TownDocumentRepository townDocuments,
        DossierAudit audit,
        AccountRepository accounts,
        Transactions transactions,
        Clock clock) {

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TownZone.ZONE);
    }
}
