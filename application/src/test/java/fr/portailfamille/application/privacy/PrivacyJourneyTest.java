package fr.portailfamille.application.privacy;

import fr.portailfamille.application.billing.BillingFixtures;
import fr.portailfamille.application.billing.InMemoryBillingPorts;
import fr.portailfamille.application.billing.PaymentState;
import fr.portailfamille.application.bookings.InMemoryAbsenceRepository;
import fr.portailfamille.application.bookings.InMemoryActivityRepository;
import fr.portailfamille.application.bookings.InMemoryEnrolmentRepository;
import fr.portailfamille.application.bookings.InMemorySlotRepository;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.demarches.InMemoryDemarcheRepository;
import fr.portailfamille.application.households.AnswerConsents;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.households.InMemoryHouseholdsPorts;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.households.SendSupportingDocument;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.application.messaging.InMemoryThreadRepository;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.households.TownDocument;
import fr.portailfamille.domain.households.Vaccine;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;
import fr.portailfamille.domain.privacy.HealthSheetRead;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agent reads a child's health sheet and the family sees it; the family downloads what the town holds about it,
 * its consents' whole history included, and nothing of another family.
 */
class PrivacyJourneyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    final InMemoryBillingPorts billing = new InMemoryBillingPorts();
    final InMemoryHouseholdsPorts memory = billing.dossier;
    final HouseholdsPorts ports = memory.ports;
    final InMemoryHealthSheetReads reads = new InMemoryHealthSheetReads();
    final InMemoryThreadRepository threads = new InMemoryThreadRepository();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final HealthSheetConsultations consultations = new HealthSheetConsultations(ports, reads);
    final ExportHouseholdData export = new ExportHouseholdData(new ExportHouseholdData.Sources(ports, new InMemoryActivityRepository(),
            new InMemoryEnrolmentRepository(), new InMemorySlotRepository(), new InMemoryAbsenceRepository(), billing.ports, threads, new InMemoryDemarcheRepository(), reads, trail));
    final OpenDossier dossier = new OpenDossier(ports);
    final Actor dupont = account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final Actor nguyen = account("NGUYEN", "lan@exemple.fr", Role.PARENT);
    final Actor agent = account("ROUSSEL", "paul@mairie.fr", Role.AGENT);
    final Actor admin = account("BERNARD", "claire@mairie.fr", Role.ADMIN);

    Actor account(String name, String email, Role role) {
        return Actor.of(ports.accounts().add(Account.create(ports.accounts().nextLoginId(), EmailAddress.parse(email).orElseThrow(), name, "X", role,
                memory.accounts.clock.instant())));
    }

    long child(Actor parent, long household, String firstNames) {
        var saved = new EditChild(ports).save(parent, household, null, new EditChild.Command("Famille", firstNames, "2018-03-14", "", "CE1"));
        long id = assertInstanceOf(EditChild.Result.Saved.class, saved).child().id();
        var vaccines = new EnumMap<Vaccine, String>(Vaccine.class);
        vaccines.put(Vaccine.DTP, "2019-03-01");
        assertTrue(new UpdateHealthRecord(ports).save(parent, household, id, new UpdateHealthRecord.Command("Dr " + firstNames, "01 23 45 67 89",
                "oui", "Pénicilline", "", "", Set.of(), "A_POS", vaccines)).isEmpty());
        return id;
    }

    @Test
    void staff_reads_of_a_health_sheet_are_shown_to_its_family_only_and_to_admins() {
        long household = dossier.householdOf(dupont);
        long lea = child(dupont, household, "Léa");
        long theirs = dossier.householdOf(nguyen);
        long tom = child(nguyen, theirs, "Tom");

        assertEquals("Dr Léa", consultations.open(dupont, household, lea, HealthSheetRead.Kind.OPENED, "/dossier/enfants/1/fiche-sanitaire").doctorName());
        assertEquals(List.of(), consultations.ofMyHousehold(dupont), "a family reading its own sheet leaves no line");

        String page = "/agent/foyers/" + household + "/enfants/" + lea + "/fiche-sanitaire";
        consultations.open(agent, household, lea, HealthSheetRead.Kind.OPENED, page);
        consultations.open(agent, theirs, tom, HealthSheetRead.Kind.PRINTED, "/agent/foyers/" + theirs + "/enfants/" + tom + "/fiche-sanitaire/impression");
        assertThrows(Actor.NotAllowed.class, () -> consultations.open(agent, theirs, lea, HealthSheetRead.Kind.OPENED, page),
                "a child under another household's id is read by nobody");

        var mine = consultations.ofMyHousehold(dupont);
        assertEquals(1, mine.size());
        assertEquals("Léa", mine.getFirst().childName());
        assertEquals("X ROUSSEL (agent)", mine.getFirst().readerName());
        assertEquals(page, mine.getFirst().read().page());
        assertEquals(memory.accounts.clock.instant(), mine.getFirst().read().at());
        assertEquals(List.of("Tom"), consultations.ofMyHousehold(nguyen).stream().map(HealthSheetConsultations.Line::childName).toList());
        assertEquals(List.of("Tom", "Léa"), consultations.all(admin).stream().map(HealthSheetConsultations.Line::childName).toList());
        assertThrows(Actor.NotAllowed.class, () -> consultations.all(agent));
        assertThrows(Actor.NotAllowed.class, () -> consultations.ofMyHousehold(agent));
    }

    @Test
    void the_family_export_holds_its_own_records_files_and_consent_history_and_nothing_of_another_family() {
        long household = dossier.householdOf(dupont);
        long lea = child(dupont, household, "Léa");
        var consents = new AnswerConsents(ports);
        assertTrue(consents.answer(dupont, household, lea, Map.of("droit-image", "oui")).isEmpty());
        memory.accounts.clock.advance(java.time.Duration.ofDays(3));
        assertTrue(consents.answer(dupont, household, lea, Map.of("droit-image", "non")).isEmpty(), "withdrawn as easily as given");
        var send = new SendSupportingDocument(ports);
        assertInstanceOf(SendSupportingDocument.Result.Sent.class, send.send(dupont, household,
                new SendSupportingDocument.Command("carnet-vaccination", lea, "carnet de Léa.pdf", PDF, false, "")));
        var thread = threads.create(new MessageThread(0, household, TownService.SCOLAIRE, "Sortie scolaire", true, null,
                memory.accounts.clock.instant(), memory.accounts.clock.instant(), false, false));
        threads.add(new Message(0, thread.id(), dupont.accountId(), false, "Voici l'autorisation", memory.accounts.clock.instant(),
                new Message.Attachment("autorisation.pdf", "application/pdf", PDF.length)), PDF);

        long theirs = dossier.householdOf(nguyen);
        long tom = child(nguyen, theirs, "Tom");
        send.send(nguyen, theirs, new SendSupportingDocument.Command("carnet-vaccination", tom, "carnet de Tom.pdf", PDF, false, ""));

        var peri = billing.cashOffices.add(BillingFixtures.periscolaire());
        var october = java.time.YearMonth.of(2026, 10);
        var ours = peri.invoiceNumber(october, 1);
        var lines = List.of(InvoiceLine.of("Accueil du soir – octobre", "Léa Famille", 12, Money.ofCents(455)));
        billing.invoices.issue(null, List.of(new InvoiceDraft(household, peri.id(), october, lines).finalise(ours, LocalDate.of(2026, 11, 2)),
                new InvoiceDraft(theirs, peri.id(), october, List.of(InvoiceLine.of("Accueil du soir – octobre", "Tom Famille", 3, Money.ofCents(455))))
                        .finalise(peri.invoiceNumber(october, 2), LocalDate.of(2026, 11, 2))));
        long refused = billing.payments.create(peri.id(), household, dupont.accountId(), List.of(ours), 5460, memory.accounts.clock.instant());
        billing.payments.settle(refused, PaymentState.REFUSED, null, memory.accounts.clock.instant());
        billing.payments.create(peri.id(), theirs, nguyen.accountId(), List.of(peri.invoiceNumber(october, 2)), 1365, memory.accounts.clock.instant());

        // town documents: the one addressed to the Dupont household is its data; the guide to every family and the Nguyens' are not
        var towns = memory.ports.townDocuments();
        var attestation = towns.publish(TownDocument.published("Attestation de présence", PDF.length, "ab".repeat(32), memory.accounts.clock.instant(),
                agent.accountId(), household), PDF);
        towns.publish(TownDocument.published("Guide de la rentrée", PDF.length, "ab".repeat(32), memory.accounts.clock.instant(), agent.accountId(), null), PDF);
        towns.publish(TownDocument.published("Attestation Tom", PDF.length, "ab".repeat(32), memory.accounts.clock.instant(), agent.accountId(), theirs), PDF);

        var mine = export.mine(dupont);
        var data = mine.data();
        assertEquals(List.of(new ExportHouseholdData.TownDocumentData(attestation, "fichiers/documents-de-la-ville/publie-1-Attestation_de_presence.pdf")),
                data.townDocuments());
        assertEquals(household, data.household().id());
        assertEquals(List.of("marie@exemple.fr"), data.accounts().stream().map(ExportHouseholdData.AccountData::email).toList());
        assertEquals(1, data.children().size());
        var leaData = data.children().getFirst();
        assertEquals("Dr Léa", leaData.healthRecord().doctorName());
        assertEquals(List.of(true, false), leaData.consentHistory().stream().map(a -> a.granted()).toList(), "given then withdrawn, both dated");
        assertTrue(leaData.consentHistory().get(0).answeredAt().isBefore(leaData.consentHistory().get(1).answeredAt()));
        assertEquals(List.of("fichiers/documents-de-la-ville/publie-1-Attestation_de_presence.pdf", "fichiers/factures/facture-PERI2610-000001.pdf",
                        "fichiers/justificatifs/1-carnet_de_Lea.pdf", "fichiers/messages/1-autorisation.pdf"),
                mine.files().stream().map(ExportHouseholdData.ExportedFile::path).sorted().toList());
        int rendered = billing.rendered.get();
        for (var file : mine.files()) {
            byte[] content = file.content().get().orElseThrow();
            if (file.path().startsWith("fichiers/factures/")) assertTrue(new String(content, StandardCharsets.UTF_8).startsWith("FACTURE PERI2610-000001 54,60"));
            else assertArrayEquals(PDF, content);
        }
        assertEquals(rendered + 1, billing.rendered.get(), "the PDF is rendered when the archive writes it, not before");
        assertEquals(List.of(ours.value()), data.invoices().stream().map(i -> i.invoice().number().value()).toList());
        assertEquals("fichiers/factures/facture-PERI2610-000001.pdf", data.invoices().getFirst().file());
        assertEquals(1, data.paymentAttempts().size(), "its own attempt, not the Nguyens'");
        var attempt = data.paymentAttempts().getFirst();
        assertEquals(List.of(ours.value()), attempt.invoices());
        assertEquals(PaymentState.REFUSED.label(), attempt.state());
        assertEquals("Régie Périscolaire", attempt.cashOffice());
        assertTrue(attempt.amount().startsWith("54,60"), attempt.amount());
        assertEquals("Sortie scolaire", data.messages().getFirst().thread().subject());
        assertFalse(data.toString().contains("Tom"), "nothing of the Nguyen family");
        assertTrue(data.dossierChanges().stream().anyMatch(c -> c.field().startsWith("Consentement")));
        assertEquals(List.of(), data.healthSheetReads(), "a family's own export is no staff read");

        var desk = export.forStaff(agent, household, "/agent/foyers/" + household + "/donnees");
        assertEquals(household, desk.data().household().id());
        assertEquals(List.of(HealthSheetRead.Kind.EXPORTED), consultations.ofMyHousehold(dupont).stream().map(l -> l.read().kind()).toList());
        assertThrows(Actor.NotAllowed.class, () -> export.mine(agent));
        assertThrows(Actor.NotAllowed.class, () -> export.forStaff(nguyen, household, "/agent/foyers/1/donnees"));
    }

    @Test
    void file_names_inside_the_archive_lose_folders_accents_and_odd_characters() {
        assertEquals("carnet_de_Lea.pdf", ExportHouseholdData.fileName("carnet de Léa.pdf"));
        assertEquals("etc_passwd", ExportHouseholdData.fileName("../../etc/passwd"));
        assertEquals("fichier", ExportHouseholdData.fileName(""));
    }
}
