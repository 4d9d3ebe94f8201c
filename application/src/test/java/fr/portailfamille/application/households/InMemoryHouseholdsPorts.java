package fr.portailfamille.application.households;

import fr.portailfamille.application.accounts.InMemoryAccountsPorts;
import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;

/** The dossier use cases' ports in memory, sharing the accounts of {@link InMemoryAccountsPorts}, with the town's defaults. */
public final class InMemoryHouseholdsPorts {

    public final InMemoryAccountsPorts accounts = new InMemoryAccountsPorts();
    public final InMemoryDocumentStorage storage = new InMemoryDocumentStorage();
    public final InMemoryDossierCatalogue catalogue = new InMemoryDossierCatalogue();
    public final InMemoryTownDocumentRepository townDocuments = new InMemoryTownDocumentRepository();
    public final HouseholdsPorts ports;

    public InMemoryHouseholdsPorts() {
        catalogue.addSchool("Élémentaire Jules Ferry");
        catalogue.addSchool("Maternelle Les Tilleuls");
        catalogue.saveDocumentType(new DocumentType("carnet-vaccination", "Carnet de vaccination", true, true));
        catalogue.saveDocumentType(new DocumentType("justificatif-domicile", "Justificatif de domicile", true, false));
        catalogue.saveDocumentType(new DocumentType("avis-imposition", "Avis d'imposition ou de non-imposition", false, false));
        catalogue.publishQuestion(new ConsentQuestion("droit-image", 1, "Droit à l'image", true));
        var t = accounts.transactions;
        ports = new HouseholdsPorts(t.enlist(new InMemoryHouseholdRepository()), t.enlist(catalogue), t.enlist(new InMemoryDocumentRepository()),
                t.enlist(storage), t.enlist(townDocuments), t.enlist(new InMemoryDossierAudit()), accounts.ports.accounts(), t, accounts.clock);
    }
}
