package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.PaidChildcare;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certificates of 2026 produced on 12 January 2027 from October 2026's invoices, paid in November: Léa (born 2021)
 * has hers, Minh (born 2015) none; once per household and year, even when two productions run at once.
 */
class ProduceTaxCertificatesTest extends BillingScenario {

    /** Prints what the certificate says, as text: enough to compare the stored bytes. */
    static final TaxCertificatePdf PDF = new TextTaxCertificatePdf();

    final InMemoryChildcareTaxCertificates paid = new InMemoryChildcareTaxCertificates(memory.invoices);

    ProduceTaxCertificates produce(ChildcareTaxCertificates certificates) {
        return new ProduceTaxCertificates(ports, certificates, PDF, memory.dossier.ports.documents(), memory.dossier.ports.storage());
    }

    void octoberPaidThenJanuary() {
        finaliseOctober();
        for (String number : List.of("PERI2610-000001", "PERI2610-000002")) {
            String due = ports.invoices().find(number).orElseThrow().amountDue().formatNumber();
            var errors = deskPayment.record(agent, number, desk(PaymentMethod.CHEQUE, due, "Chèque"));
            assertTrue(errors.isEmpty(), errors.toString());
        }
        paid.addChild(1, dupontHousehold, "Léa Dupont", LocalDate.of(2021, 3, 14));
        paid.addChild(2, nguyenHousehold, "Minh Nguyen", LocalDate.of(2015, 6, 1));
        paid.addActivity("Accueil Périscolaire Soir", ActivityKind.ACCUEIL_SOIR);
        memory.dossier.accounts.clock.advance(Duration.between(memory.dossier.accounts.clock.instant(), Instant.parse("2027-01-12T09:00:00Z")));
    }

    List<SupportingDocument> townDocuments(long household) {
        return memory.dossier.ports.documents().ofHousehold(household).stream().filter(SupportingDocument::fromTown).toList();
    }

    @Test
    void each_household_with_a_young_child_gets_its_certificate_in_its_documents_once() {
        octoberPaidThenJanuary();
        var produce = produce(paid);
        assertEquals(2026, produce.lastEndedYear(agent));
        var preview = produce.preview(agent, 2026);
        assertEquals(new ProduceTaxCertificates.Preview(2026, 1, 1, 0, 0), preview);

        var done = assertInstanceOf(ProduceTaxCertificates.Result.Produced.class, produce.produce(agent, 2026));
        assertEquals(1, done.produced());
        var documents = townDocuments(dupontHousehold);
        assertEquals(1, documents.size());
        assertEquals("attestation-fiscale-frais-de-garde-2026.pdf", documents.getFirst().fileName());
        String printed = new String(memory.dossier.ports.storage().read(documents.getFirst().id()).orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(printed.contains("Léa Dupont") && printed.contains("2026"), printed);
        assertEquals(List.of(), townDocuments(nguyenHousehold), "Minh was 11 on 1 January 2026");
        assertTrue(memory.notifications.stream().anyMatch(n -> n.kind() == NotificationKind.TOWN_DOCUMENT && n.link().equals("/dossier/documents")
                && !n.title().contains("€")), "the family is told, without an amount");

        var again = assertInstanceOf(ProduceTaxCertificates.Result.Refused.class, produce.produce(agent, 2026));
        assertEquals("Les attestations 2026 ont déjà été produites pour les 1 foyer(s) concerné(s) : elles ne sont pas produites deux fois.", again.message());
        assertEquals(1, townDocuments(dupontHousehold).size());
    }

    @Test
    void a_production_that_loses_the_race_to_another_leaves_no_second_document() {
        octoberPaidThenJanuary();
        assertInstanceOf(ProduceTaxCertificates.Result.Produced.class, produce(paid).produce(agent, 2026));
        // a second agent read the year before the first one stored its certificates
        var stale = new ChildcareTaxCertificates() {
            public List<PaidChildcare> paidIn(int year) {
                return paid.paidIn(year);
            }

            public Set<Long> certified(int year) {
                return Set.of();
            }

            public boolean record(long householdId, int year, long documentId, Instant at, long issuedBy) {
                return paid.record(householdId, year, documentId, at, issuedBy);
            }
        };
        var late = assertInstanceOf(ProduceTaxCertificates.Result.Produced.class, produce(stale).produce(agent, 2026));
        assertEquals(new ProduceTaxCertificates.Result.Produced(2026, 0, 1, 0), late);
        assertEquals(1, townDocuments(dupontHousehold).size(), "its document rolled back with its transaction");
    }

    @Test
    void a_year_not_ended_is_refused_and_parents_cannot_produce() {
        octoberPaidThenJanuary();
        var produce = produce(paid);
        assertEquals(new ProduceTaxCertificates.Result.Refused("L'année 2027 n'est pas terminée : ses attestations se produisent à partir du 1er janvier 2028, "
                + "quand tous ses paiements sont connus."), produce.produce(agent, 2027));
        assertInstanceOf(ProduceTaxCertificates.Result.Refused.class, produce.produce(agent, 1999));
        assertThrows(Actor.NotAllowed.class, () -> produce.produce(dupont, 2026));
        assertThrows(Actor.NotAllowed.class, () -> produce.preview(dupont, 2026));
    }
}
