package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.privacy.AuditEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invoices issued, credit notes and desk payments leave a line in their household's trail; a refused payment does not. */
class BillingAuditTrailTest extends BillingScenario {

    @Test
    void invoices_credit_notes_and_desk_payments_are_in_each_households_trail() {
        finaliseOctober();
        assertEquals(List.of("Facture PERI2610-000001 – " + facturation.detail(dupont, "PERI2610-000001").invoice().total().format()),
                trail.ofHousehold(dupontHousehold, 10).stream().map(AuditEvent::summary).toList());
        assertFalse(deskPayment.record(agent, "PERI2610-000002", desk(PaymentMethod.CHEQUE, "10,00", "Chèque 1234567")).isEmpty(), "not the amount due");
        assertTrue(creditNote.issue(agent, "PERI2610-000002", List.of(1), "Absence médicale justifiée tardivement").isEmpty());
        assertTrue(deskPayment.record(agent, "PERI2610-000002", desk(PaymentMethod.CHEQUE, "11,60", "Chèque 1234567")).isEmpty());

        var nguyens = trail.ofHousehold(nguyenHousehold, 10);
        assertEquals(List.of(AuditEvent.Kind.DESK_PAYMENT, AuditEvent.Kind.CREDIT_NOTE, AuditEvent.Kind.INVOICE_ISSUED),
                nguyens.stream().map(AuditEvent::kind).toList());
        assertEquals("Avoir PERI2610-000003 sur la facture PERI2610-000002", nguyens.get(1).summary());
        assertTrue(nguyens.getFirst().summary().startsWith("Facture PERI2610-000002 – 11,60"), nguyens.getFirst().summary());
        assertTrue(nguyens.stream().allMatch(e -> e.actorAccountId() == agent.accountId()));
        assertFalse(nguyens.stream().anyMatch(e -> e.summary().contains("Absence médicale")), "the reason of a credit note stays on the note");
        assertEquals(1, trail.ofHousehold(dupontHousehold, 10).size(), "nothing of the Nguyens' in the Duponts' trail");
    }
}
