package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.TariffChoice;
import fr.portailfamille.domain.billing.UsageFact;
import fr.portailfamille.domain.billing.UsageKind;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Billing scenarios on in-memory adapters: settings, a run from draft to final, a parent paying online. */
class BillingJourneyTest extends BillingScenario {

    @Test
    void a_run_prices_each_household_with_its_quotient_and_finalising_twice_issues_once() {
        var run = openRun.start(agent, peri.id(), OCTOBER);
        var computed = assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, computeRun.compute(agent, run.id()));
        assertEquals(2, computed.households());
        assertEquals(Money.ofCents(12 * 455 + 3 * 580), computed.total());
        var review = reviewRun.review(agent, run.id());
        var dupontLine = review.drafts().stream().filter(d -> d.draft().householdId() == dupontHousehold).findFirst().orElseThrow().draft().lines().getFirst();
        assertEquals("12 × 4,55 € = 54,60 €", dupontLine.calculation().replace('\u00A0', ' '));
        assertEquals("Accueil Périscolaire Soir – du 01/10 au 31/10", dupontLine.prestation());
        var nguyenLine = review.drafts().stream().filter(d -> d.draft().householdId() == nguyenHousehold).findFirst().orElseThrow().draft().lines().getFirst();
        assertEquals(3, nguyenLine.quantity(), "the validated medical absence is not billed");
        assertEquals(TariffChoice.NO_VALID_QUOTIENT, nguyenLine.note());
        assertEquals(List.of(), memory.invoices.ofRun(run.id()), "a draft takes no number");

        var first = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, finaliseRun.finalise(agent, run.id(), LocalDate.of(2026, 11, 2)));
        assertTrue(first.now());
        assertEquals(List.of("PERI2610-000001", "PERI2610-000002"), first.invoices().stream().map(i -> i.number().value()).toList());
        assertEquals(LocalDate.of(2026, 12, 31), first.invoices().getFirst().dueOn());
        var again = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class, finaliseRun.finalise(agent, run.id(), LocalDate.of(2026, 11, 3)));
        assertFalse(again.now());
        assertEquals(first.invoices(), again.invoices());
        assertEquals(List.of(dupont.accountId(), nguyen.accountId()),
                memory.notifications.stream().filter(n -> n.kind() == NotificationKind.INVOICE_TO_PAY).map(InMemoryBillingPorts.Notified::accountId).toList());
        assertEquals("/facturation/factures/PERI2610-000001", memory.notifications.getFirst().link());
        assertInstanceOf(ComputeInvoicingRun.Computed.Refused.class, computeRun.compute(agent, run.id()), "a final run is not computed again");
        var second = openRun.start(agent, peri.id(), OCTOBER.plusMonths(1));
        computeRun.compute(agent, second.id());
        assertEquals(List.of(), assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class,
                finaliseRun.finalise(agent, second.id(), LocalDate.of(2026, 12, 1))).invoices(), "no usage, no invoice, no number");
        assertEquals(3, memory.invoices.reserveNumbers(peri.id(), OCTOBER, 1).first(), "the series continues without a gap");
    }

    @Test
    void a_missing_tariff_stops_the_computation_with_the_reason() {
        memory.usage.add(peri.id(), OCTOBER, new BillableUsage.ChildUsage(dupontHousehold, 1, "Léa Dupont", "Accueil du mercredi", "MERCREDI",
                List.of(new UsageFact(LocalDate.of(2026, 10, 7), UsageKind.BOOKED_AND_ATTENDED))));
        var run = openRun.start(agent, peri.id(), OCTOBER);
        var refused = assertInstanceOf(ComputeInvoicingRun.Computed.Refused.class, computeRun.compute(agent, run.id()));
        assertEquals(List.of("Aucun tarif « MERCREDI » (Accueil du mercredi) ne s'applique le 07/10/2026 : ajoutez-le dans les tarifs de la régie."),
                refused.problems());
        assertInstanceOf(FinaliseInvoicingRun.Finalisation.Refused.class, finaliseRun.finalise(agent, run.id(), LocalDate.of(2026, 11, 2)));
    }

    @Test
    void a_parent_sees_only_their_invoices_and_pays_them_once_whatever_the_callbacks() {
        finaliseOctober();
        var overview = facturation.overview(dupont, false);
        assertEquals(1, overview.size());
        assertEquals(1, overview.getFirst().toPay());
        assertEquals(Money.ofCents(5460), overview.getFirst().due());
        assertThrows(Actor.NotAllowed.class, () -> facturation.detail(dupont, "PERI2610-000002"));
        assertThrows(Actor.NotAllowed.class, () -> facturation.pdf(dupont, "PERI2610-000002"));
        assertThrows(Actor.NotAllowed.class, () -> pay.prepare(dupont, peri.id(), List.of("PERI2610-000002")));

        var summary = assertInstanceOf(PayOnline.Prepared.Ready.class, pay.prepare(dupont, peri.id(), List.of("PERI2610-000001"))).summary();
        assertEquals(Money.ofCents(5460), summary.total());
        var redirect = assertInstanceOf(PayOnline.Started.Redirect.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")));
        String id = redirect.url().substring(redirect.url().indexOf("id=") + 3);
        var order = memory.gateway.received(id).orElseThrow();
        assertEquals("PERIPAY000000001", order.reference());
        assertEquals(5460, order.amountCents());
        assertEquals("https://portail.villepreux.fr/paiement/notification", order.notificationUrl());
        var busy = assertInstanceOf(PayOnline.Started.Refused.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")));
        assertEquals(List.of(PayOnline.PENDING_ATTEMPT.formatted("PERI2610-000001")), busy.messages());

        memory.gateway.pay(id);
        pay.notified(id);
        pay.notified(id);
        assertEquals(PayOnline.Outcome.PAID, pay.returned(dupont, id).outcome());
        var paid = facturation.detail(dupont, "PERI2610-000001").invoice();
        assertEquals(InvoiceStatus.PAID, paid.status());
        assertEquals("PERIPAY000000001", paid.payment().reference());
        assertEquals(1, memory.dossier.accounts.outbox.latest(50).stream().filter(m -> m.mail().subject().startsWith("Paiement confirmé")).count(),
                "one confirmation mail for three callbacks");
        assertThrows(Actor.NotAllowed.class, () -> pay.returned(nguyen, id), "another household's payment is unknown");
    }

    @Test
    void forged_or_unknown_notifications_are_ignored_and_an_abandon_closes_the_attempt_at_once() {
        finaliseOctober();
        pay.notified("not-a-uuid");
        pay.notified("00000000-0000-0000-0000-000000000000");
        var redirect = (PayOnline.Started.Redirect) pay.start(dupont, peri.id(), List.of("PERI2610-000001"));
        String id = redirect.url().substring(redirect.url().indexOf("id=") + 3);
        memory.gateway.abandon(id);
        assertEquals(PayOnline.Outcome.ABANDONED, pay.returned(dupont, id).outcome());
        assertEquals(PaymentState.CANCELLED, memory.payments.find(1).orElseThrow().state(), "PayFiP's page is single use: the abandon is final");
        assertEquals(InvoiceStatus.TO_PAY, facturation.detail(dupont, "PERI2610-000001").invoice().status());
        assertInstanceOf(PayOnline.Started.Redirect.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")), "paid again at once");
    }

    /** «Abandonner» or «Refuser», then neither the notification nor the return page arrive: the next attempt asks the provider. */
    @Test
    void an_abandon_or_a_refusal_whose_news_was_lost_does_not_block_the_next_attempt() {
        finaliseOctober();
        var first = (PayOnline.Started.Redirect) pay.start(dupont, peri.id(), List.of("PERI2610-000001"));
        memory.gateway.abandon(first.url().substring(first.url().indexOf("id=") + 3));
        var second = assertInstanceOf(PayOnline.Started.Redirect.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")));
        assertEquals(PaymentState.CANCELLED, memory.payments.find(1).orElseThrow().state());
        memory.gateway.refuse(second.url().substring(second.url().indexOf("id=") + 3));
        var third = assertInstanceOf(PayOnline.Started.Redirect.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")));
        assertEquals(PaymentState.REFUSED, memory.payments.find(2).orElseThrow().state());
        // an attempt with no result yet (the payer is on the page) still blocks a second one
        var blocked = assertInstanceOf(PayOnline.Started.Refused.class, pay.start(dupont, peri.id(), List.of("PERI2610-000001")));
        assertEquals(List.of(PayOnline.PENDING_ATTEMPT.formatted("PERI2610-000001")), blocked.messages());
        assertTrue(third.url().contains("id="));
    }

    @Test
    void agents_record_desk_payments_and_credit_notes_numbered_in_the_series() {
        finaliseOctober();
        var wrong = deskPayment.record(agent, "PERI2610-000002", desk(PaymentMethod.CHEQUE, "10,00", "Chèque 1234567"));
        assertFalse(wrong.isEmpty());
        assertTrue(creditNote.issue(agent, "PERI2610-000002", List.of(1), "Absence médicale justifiée tardivement").isEmpty());
        var credited = facturation.detail(nguyen, "PERI2610-000002");
        assertEquals("PERI2610-000003", credited.creditNotes().getFirst().number().value());
        assertEquals(Money.ofCents(2 * 580), credited.invoice().amountDue());
        assertTrue(deskPayment.record(agent, "PERI2610-000002", desk(PaymentMethod.CHEQUE, "11,60", "Chèque 1234567")).isEmpty());
        assertEquals(InvoiceStatus.PAID_AT_DESK, facturation.detail(nguyen, "PERI2610-000002").invoice().status());
        assertEquals(agent.accountId(), readInvoices.deskPayments(agent, "PERI2610-000002").getFirst().recordedBy());
        assertThrows(Actor.NotAllowed.class, () -> readInvoices.search(nguyen, "", java.util.Optional.empty()));
        assertThrows(Actor.NotAllowed.class, () -> openRun.start(dupont, peri.id(), OCTOBER));
    }

    @Test
    void the_daily_ledger_check_lists_what_the_provider_and_the_portal_see_differently() {
        finaliseOctober();
        var ledger = new PaymentLedgerCheck(memory.ports);
        var today = memory.ports.today();
        var first = (PayOnline.Started.Redirect) pay.start(dupont, peri.id(), List.of("PERI2610-000001"));
        String paidThere = first.url().substring(first.url().indexOf("id=") + 3);
        memory.gateway.pay(paidThere); // the notification never arrives

        var report = ledger.compare(agent, today);
        assertEquals(1, report.checked());
        assertEquals(1, report.discrepancies().size());
        var missing = report.discrepancies().getFirst();
        assertEquals("PERIPAY000000001", missing.reference());
        assertEquals("En cours", missing.portal());
        assertTrue(missing.provider().startsWith("Payé"), missing.provider());
        assertTrue(missing.explanation().startsWith("Payé chez le prestataire mais pas dans le portail"), missing.explanation());

        pay.notified(paidThere);
        assertEquals(List.of(), ledger.compare(agent, today).discrepancies(), "settled: both agree");

        var second = (PayOnline.Started.Redirect) pay.start(nguyen, peri.id(), List.of("PERI2610-000002"));
        String notPaid = second.url().substring(second.url().indexOf("id=") + 3);
        memory.payments.settle(memory.payments.findByProviderId(notPaid).orElseThrow().id(), PaymentState.PAID, "FAUX", memory.dossier.accounts.clock.instant());
        var wrong = ledger.compare(agent, today);
        assertEquals(2, wrong.checked());
        assertEquals(List.of("Payé dans le portail mais pas chez le prestataire : les factures ont été créditées à tort."),
                wrong.discrepancies().stream().map(PaymentLedgerCheck.Discrepancy::explanation).toList());
        assertEquals("En cours", wrong.discrepancies().getFirst().provider());

        memory.gateway.unavailable(true);
        assertEquals(2, ledger.compare(agent, today).discrepancies().size(), "a provider that cannot be asked checks nothing");
        memory.gateway.unavailable(false);
        assertEquals(0, ledger.compare(agent, today.minusDays(1)).checked(), "another day's payments are not that day's");
        assertThrows(Actor.NotAllowed.class, () -> ledger.compare(dupont, today));
    }

    @Test
    void the_invoice_page_shows_the_pdf_size_rendered_once_and_again_only_after_a_credit_note() {
        finaliseOctober();
        var first = facturation.detail(nguyen, "PERI2610-000002");
        assertEquals(facturation.pdf(nguyen, "PERI2610-000002").content().length, first.pdfSize());
        int rendered = memory.rendered.get();
        facturation.detail(nguyen, "PERI2610-000002");
        facturation.detail(agent, "PERI2610-000002");
        assertEquals(rendered, memory.rendered.get(), "the size is remembered: no PDF rendered to show it");
        assertTrue(creditNote.issue(agent, "PERI2610-000002", List.of(1), "Absence médicale justifiée tardivement").isEmpty());
        facturation.detail(nguyen, "PERI2610-000002");
        assertEquals(rendered + 1, memory.rendered.get(), "a credit note changes the PDF: rendered once more");
    }
}
