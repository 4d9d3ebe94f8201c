package fr.portailfamille.application.billing;

import fr.portailfamille.application.mail.port.MailAttachments;
import fr.portailfamille.application.mail.MailAttachmentsContract;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.households.Household;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The invoices' documents resolve «facture:<number>» to that invoice's PDF (here the in-memory text one). */
class InvoiceDocumentsAttachmentsTest extends MailAttachmentsContract {

    private final InMemoryBillingPorts memory = new InMemoryBillingPorts();
    private final fr.portailfamille.domain.billing.InvoiceNumber number;

    InvoiceDocumentsAttachmentsTest() {
        var office = memory.cashOffices.add(CashOffice.create("Régie Périscolaire", "012345", "PERI"));
        long household = memory.dossier.ports.households().add(Household.named("MARTIN")).id();
        var month = YearMonth.of(2026, 10);
        var invoice = new InvoiceDraft(household, office.id(), month, List.of(InvoiceLine.of("Accueil du soir", "Léa Martin", 3,
                Money.ofCents(455)))).finalise(office.invoiceNumber(month, 1), LocalDate.of(2026, 11, 2));
        memory.invoices.issue(null, List.of(invoice));
        number = invoice.number();
    }

    @Override
    protected MailAttachments attachments() {
        return new InvoiceDocuments(memory.ports);
    }

    @Override
    protected Optional<Stored> stored() {
        return Optional.of(new Stored(InvoiceDocuments.attachment(number).reference(),
                ("FACTURE " + number.value()).getBytes(StandardCharsets.UTF_8)));
    }
}
