package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.ConsentQuestion;
import fr.portailfamille.domain.households.DocumentStatus;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.MissingItem;
import fr.portailfamille.domain.households.Vaccine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent completes a child's dossier, an agent validates the justificatifs; other families see nothing of it. */
class DossierJourneyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    final InMemoryHouseholdsPorts memory = new InMemoryHouseholdsPorts();
    final HouseholdsPorts ports = memory.ports;
    final OpenDossier dossier = new OpenDossier(ports);
    final EditChild editChild = new EditChild(ports);
    final UpdateHealthRecord health = new UpdateHealthRecord(ports);
    final ManageContacts contacts = new ManageContacts(ports);
    final AnswerConsents consents = new AnswerConsents(ports);
    final SendSupportingDocument send = new SendSupportingDocument(ports);
    /** What the family was told: kind and title per notification, in order. */
    final List<String> told = new java.util.ArrayList<>();
    final ReviewDocuments review = new ReviewDocuments(ports, (account, kind, title, link) -> told.add(kind + " " + title + " " + link));
    final ReadDocuments read = new ReadDocuments(ports);
    final ChildCompleteness completeness = new ChildCompleteness(ports);
    final Actor parent = account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final Actor otherParent = account("NGUYEN", "lan@exemple.fr", Role.PARENT);
    final Actor agent = account("ROUSSEL", "paul@mairie.fr", Role.AGENT);

    Actor account(String name, String email, Role role) {
        var a = ports.accounts().add(Account.create(ports.accounts().nextLoginId(), EmailAddress.parse(email).orElseThrow(), name, "X", role,
                memory.accounts.clock.instant()));
        return Actor.of(a);
    }

    long addLea(long household) {
        var result = editChild.save(parent, household, null, new EditChild.Command("Dupont", "Léa", "2018-03-14", "Élémentaire Jules Ferry", "CE1"));
        return assertInstanceOf(EditChild.Result.Saved.class, result).child().id();
    }

    static UpdateHealthRecord.Command healthForm(String dtp) {
        var vaccines = new EnumMap<Vaccine, String>(Vaccine.class);
        vaccines.put(Vaccine.DTP, dtp);
        return new UpdateHealthRecord.Command("Dr Martin", "01 23 45 67 89", "non", "", "", "", Set.of("VARICELLE"), "UNKNOWN", vaccines);
    }

    List<MissingItem.Kind> missing(long household, long child) {
        return completeness.missingItems(household, child).stream().map(ChildCompleteness.Item::kind).toList();
    }

    @Test
    void a_parent_completes_the_dossier_and_the_agent_makes_the_child_bookable() {
        long household = dossier.householdOf(parent);
        assertEquals(household, dossier.householdOf(parent), "created once");
        assertEquals("Famille DUPONT", dossier.view(parent, household).household().name());
        long lea = addLea(household);
        assertEquals(List.of(MissingItem.Kind.MEDICAL, MissingItem.Kind.VACCINATIONS, MissingItem.Kind.EMERGENCY_CONTACT, MissingItem.Kind.CONSENT,
                MissingItem.Kind.DOCUMENT, MissingItem.Kind.DOCUMENT), missing(household, lea));
        assertEquals("enfants/" + lea + "/fiche-sanitaire#vaccinations", completeness.missingItems(household, lea).get(1).href());

        var refused = health.save(parent, household, lea, healthForm("2018-03-01"));
        assertEquals(Vaccine.DTP.label() + " : " + HealthRecord.BEFORE_BIRTH, refused.asMap().get("vaccine_DTP"));
        assertEquals(HealthRecord.empty(lea), health.show(parent, household, lea), "nothing saved");
        assertTrue(health.save(parent, household, lea, healthForm("2018-05-14")).isEmpty());
        assertTrue(contacts.add(parent, household, lea, new ManageContacts.Command("Josette Dupont", "Grand-mère", "06 12 34 56 78", true, true)).isEmpty());
        assertEquals(Map.of("question-droit-image", "Répondez oui ou non à la question « Droit à l'image »."),
                consents.answer(parent, household, lea, Map.of()).asMap());
        assertTrue(consents.answer(parent, household, lea, Map.of("droit-image", "non")).isEmpty());
        assertEquals("X DUPONT", consents.questions(parent, household, lea).getFirst().answeredBy());
        assertEquals(List.of(MissingItem.Kind.DOCUMENT, MissingItem.Kind.DOCUMENT), missing(household, lea));

        var book = assertInstanceOf(SendSupportingDocument.Result.Sent.class, send.send(parent, household,
                new SendSupportingDocument.Command("carnet-vaccination", lea, "C:\\Users\\marie\\carnet.pdf", PDF, false, ""))).document();
        var address = assertInstanceOf(SendSupportingDocument.Result.Sent.class, send.send(parent, household,
                new SendSupportingDocument.Command("justificatif-domicile", lea, "facture-edf.pdf", PDF, false, "2027-01-31"))).document();
        assertEquals("carnet.pdf", book.fileName());
        assertEquals(null, address.childId(), "a household document whatever child was chosen");
        assertEquals(DocumentStatus.PENDING, book.status());
        assertFalse(completeness.isBookable(household, lea), "pending documents do not count");

        assertEquals(List.of(book.id(), address.id()), review.queue(agent).stream().map(p -> p.document().id()).toList());
        assertEquals(fr.portailfamille.domain.households.SupportingDocument.REASON_MISSING, review.reject(agent, address.id(), " ").orElseThrow());
        assertTrue(review.reject(agent, address.id(), "Document de plus de trois mois").isEmpty());
        review.validate(agent, book.id());
        assertEquals(List.of(MissingItem.Kind.DOCUMENT), missing(household, lea));
        assertEquals(2, told.size(), told.toString());
        assertTrue(told.getFirst().startsWith("DOCUMENT_REJECTED Votre justificatif « ") && told.getFirst().contains("n'est pas accepté"), told.toString());
        assertFalse(told.getFirst().contains("trois mois"), "a justificatif may be a health paper: its reason stays behind the sign-in");
        assertTrue(told.get(1).startsWith("DOCUMENT_VALIDATED Votre justificatif « ") && told.get(1).contains("» est validé.") && told.get(1).endsWith("/dossier/documents"), told.toString());
        var again = assertInstanceOf(SendSupportingDocument.Result.Sent.class, send.send(parent, household,
                new SendSupportingDocument.Command("justificatif-domicile", null, "quittance.pdf", PDF, false, ""))).document();
        review.validate(agent, again.id());
        assertTrue(completeness.isBookable(household, lea));

        // the town rewords its question: parents are asked again
        memory.catalogue.publishQuestion(new ConsentQuestion("droit-image", 2, "Droit à l'image (photos et vidéos)", true));
        assertEquals(List.of(MissingItem.Kind.CONSENT), missing(household, lea));

        var trail = ports.audit().latest(household, 100);
        assertTrue(trail.stream().anyMatch(c -> c.field().equals("Fiche sanitaire – Médecin traitant") && c.oldValue().isEmpty()
                && c.newValue().equals("Dr Martin") && c.actorAccountId() == parent.accountId()), trail.toString());
        assertTrue(trail.stream().anyMatch(c -> c.field().equals("Consentement – Droit à l'image (version 1)") && c.newValue().equals("Non")));
        assertTrue(trail.stream().anyMatch(c -> c.field().equals("Personne autorisée n° 1")));
        assertTrue(trail.stream().anyMatch(c -> c.field().equals("Justificatif « facture-edf.pdf »")
                && c.newValue().equals("Refusé : Document de plus de trois mois") && c.actorAccountId() == agent.accountId()), trail.toString());
        assertEquals("", consents.questions(parent, household, lea).getFirst().answeredBy(), "the new version is unanswered");
    }

    @Test
    void another_family_gets_nothing_of_the_dossier_as_if_it_did_not_exist() {
        long household = dossier.householdOf(parent);
        long lea = addLea(household);
        var doc = ((SendSupportingDocument.Result.Sent) send.send(parent, household,
                new SendSupportingDocument.Command("carnet-vaccination", lea, "carnet.pdf", PDF, false, ""))).document();
        long theirs = dossier.householdOf(otherParent);
        assertThrows(Actor.NotAllowed.class, () -> dossier.view(otherParent, household));
        assertThrows(Actor.NotAllowed.class, () -> health.show(otherParent, household, lea));
        assertThrows(Actor.NotAllowed.class, () -> health.show(otherParent, theirs, lea), "their household with our child");
        assertThrows(Actor.NotAllowed.class, () -> read.download(otherParent, theirs, doc.id()));
        assertThrows(Actor.NotAllowed.class, () -> read.download(otherParent, household, doc.id()));
        assertThrows(Actor.NotAllowed.class, () -> health.save(otherParent, theirs, lea, healthForm("2018-05-14")));
        assertThrows(Actor.NotAllowed.class, () -> review.queue(parent));
        assertThrows(Actor.NotAllowed.class, () -> dossier.householdOf(agent), "staff have no household of their own");
        assertEquals(PDF.length, read.download(agent, household, doc.id()).content().length, "staff read every dossier");
    }

    @Test
    void spoofed_empty_and_oversized_files_are_refused_and_nothing_is_stored() {
        long household = dossier.householdOf(parent);
        long lea = addLea(household);
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        byte[] big = new byte[SendSupportingDocument.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        record Case(String name, byte[] content, boolean tooLarge, String message) {
        }
        for (var c : List.of(
                new Case("script named .pdf", script, false, FileType.REFUSED),
                new Case("empty", new byte[0], false, SendSupportingDocument.EMPTY),
                new Case("over 10 MB", big, false, SendSupportingDocument.TOO_LARGE),
                new Case("cut by the web adapter", PDF, true, SendSupportingDocument.TOO_LARGE))) {
            var result = send.send(parent, household, new SendSupportingDocument.Command("carnet-vaccination", lea, "carnet.pdf", c.content(), c.tooLarge(), ""));
            assertEquals(c.message(), assertInstanceOf(SendSupportingDocument.Result.Invalid.class, result).errors().asMap().get("file"), c.name());
        }
        assertEquals(0, memory.storage.count());
        assertEquals(List.of(), ports.documents().ofHousehold(household));
        byte[] exactly = new byte[SendSupportingDocument.MAX_BYTES];
        System.arraycopy(PDF, 0, exactly, 0, PDF.length);
        assertInstanceOf(SendSupportingDocument.Result.Sent.class, send.send(parent, household,
                new SendSupportingDocument.Command("carnet-vaccination", lea, "carnet.pdf", exactly, false, "")));
        assertEquals(1, memory.storage.count());
    }
}
