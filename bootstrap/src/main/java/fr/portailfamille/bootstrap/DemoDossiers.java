package fr.portailfamille.bootstrap;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.AnswerConsents;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.ReviewDocuments;
import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.application.households.UpdateCoordinates;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentType;
import fr.portailfamille.domain.households.School;
import fr.portailfamille.domain.households.SchoolLevel;
import fr.portailfamille.domain.households.Vaccine;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo town's dossier data: schools, justificatifs and consent questions; the Dupont household complete (two
 * children bookable) and the Nguyen household incomplete. Written through the use cases, as a family and an agent
 * would, so the audit trail shows it too.
 */
final class DemoDossiers {

    /** A one-page PDF, enough for a viewer to open. */
    static final byte[] DEMO_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private DemoDossiers() {
    }

    /** The town's lists, as a new portal starts with them. */
    static void townData(HouseholdsPorts ports) {
        var catalogue = ports.catalogue();
        var nursery = List.of(SchoolLevel.PS, SchoolLevel.MS, SchoolLevel.GS);
        var elementary = List.of(SchoolLevel.CP, SchoolLevel.CE1, SchoolLevel.CE2, SchoolLevel.CM1, SchoolLevel.CM2);
        catalogue.saveSchool(School.of("Maternelle Les Tilleuls", nursery));
        catalogue.saveSchool(School.of("Élémentaire Jules Ferry", elementary));
        catalogue.saveSchool(School.of("Élémentaire Gérard Philipe", elementary));
        catalogue.saveDocumentType(new DocumentType("carnet-vaccination", "Carnet de vaccination", true, true));
        catalogue.saveDocumentType(new DocumentType("piece-identite", "Pièce d'identité", true, false));
        catalogue.saveDocumentType(new DocumentType("livret-famille", "Livret de famille", true, false));
        catalogue.saveDocumentType(new DocumentType("justificatif-domicile", "Justificatif de domicile", true, false));
        catalogue.saveDocumentType(new DocumentType("avis-imposition", "Avis d'imposition ou de non-imposition", false, false));
        catalogue.publishQuestion(new ConsentQuestion("droit-image", 1,
                "J'autorise la ville à photographier ou filmer mon enfant pendant les activités et à publier ces images (droit à l'image)", true));
    }

    static void families(HouseholdsPorts ports, Actor dupont, Actor nguyen, Actor agent) {
        var open = new OpenDossier(ports);
        var coordinates = new UpdateCoordinates(ports);
        var children = new EditChild(ports);
        var health = new UpdateHealthRecord(ports);
        var contacts = new ManageContacts(ports);
        var consents = new AnswerConsents(ports);
        var send = new SendSupportingDocument(ports);
        var review = new ReviewDocuments(ports, (account, kind, title, link) -> { }); // the seeded past: nobody to tell

        long d = open.householdOf(dupont);
        coordinates.update(dupont, d, new UpdateCoordinates.Command("3 rue des Lilas, 91999 Beaulieu-sur-Orge", true, List.of(
                new UpdateCoordinates.GuardianForm("Dupont", "Marie", "Mère", "marie.dupont@exemple.fr", "06 12 34 56 78", ""),
                new UpdateCoordinates.GuardianForm("Dupont", "Julien", "Père", "julien.dupont@exemple.fr", "06 98 76 54 32", "01 64 00 12 34"))));
        for (var child : List.of(
                new EditChild.Command("Dupont", "Léa", "2018-03-14", "Élémentaire Jules Ferry", "CE1"),
                new EditChild.Command("Dupont", "Hugo", "2021-06-02", "Maternelle Les Tilleuls", "PS"))) {
            long id = ((EditChild.Result.Saved) children.save(dupont, d, null, child)).child().id();
            var vaccines = new EnumMap<Vaccine, String>(Vaccine.class);
            vaccines.put(Vaccine.DTP, child.birthDate().substring(0, 4) + "-09-15");
            vaccines.put(Vaccine.ROR, (Integer.parseInt(child.birthDate().substring(0, 4)) + 1) + "-05-15");
            require(health.save(dupont, d, id, new UpdateHealthRecord.Command("Dr Claire Lefèvre", "01 64 00 55 66", "non", "", "",
                    "Porte des lunettes pendant les activités sportives", Set.of("VARICELLE"), "O_POS", vaccines)).isEmpty());
            require(contacts.add(dupont, d, id, new ManageContacts.Command("Josette Dupont", "Grand-mère", "06 11 22 33 44", true, true)).isEmpty());
            require(consents.answer(dupont, d, id, Map.of("droit-image", "oui")).isEmpty());
            validated(send, review, dupont, agent, d, "carnet-vaccination", id);
        }
        for (String type : List.of("piece-identite", "livret-famille", "justificatif-domicile")) validated(send, review, dupont, agent, d, type, null);

        long n = open.householdOf(nguyen);
        coordinates.update(nguyen, n, new UpdateCoordinates.Command("12 allée des Peupliers, 91999 Beaulieu-sur-Orge", false, List.of(
                new UpdateCoordinates.GuardianForm("Nguyen", "Thi Lan", "Mère", "lan.nguyen@exemple.fr", "07 12 34 56 78", ""),
                new UpdateCoordinates.GuardianForm("", "", "", "", "", ""))));
        long minh = ((EditChild.Result.Saved) children.save(nguyen, n, null,
                new EditChild.Command("Nguyen", "Minh", "2019-11-05", "Élémentaire Gérard Philipe", "CP"))).child().id();
        var none = new EnumMap<Vaccine, String>(Vaccine.class);
        require(health.save(nguyen, n, minh, new UpdateHealthRecord.Command("Dr Paul Martin", "01 64 00 77 88", "non", "", "", "", Set.of(),
                "UNKNOWN", none)).isEmpty());
        if (!(send.send(nguyen, n, new SendSupportingDocument.Command("justificatif-domicile", null, "quittance-loyer.pdf", DEMO_PDF, false, ""))
                instanceof SendSupportingDocument.Result.Sent)) {
            throw new IllegalStateException("demo justificatif refused");
        }
    }

    private static void validated(SendSupportingDocument send, ReviewDocuments review, Actor parent, Actor agent, long household, String type, Long child) {
        var result = send.send(parent, household, new SendSupportingDocument.Command(type, child, type + ".pdf", DEMO_PDF, false, ""));
        review.validate(agent, ((SendSupportingDocument.Result.Sent) result).document().id());
    }

    private static void require(boolean ok) {
        if (!ok) throw new IllegalStateException("demo dossier data refused by the use cases");
    }
}
