package fr.portailfamille.application.households;

import fr.portailfamille.application.accounts.AccountRepository;
import fr.portailfamille.application.common.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

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

    public static final ZoneId TOWN_ZONE = ZoneId.of("Europe/Paris");

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TOWN_ZONE);
    }
}
