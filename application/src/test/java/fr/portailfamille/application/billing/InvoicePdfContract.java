package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceHeader;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.town.Town;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link InvoicePdf}: every adapter runs it (the text one of the in-memory ports, the HTML-to-PDF one). */
public abstract class InvoicePdfContract {

    protected abstract InvoicePdf pdf();

    /** The text of each page of what the adapter produced, in order. */
    protected abstract List<String> pages(byte[] rendered) throws Exception;

    private static final CashOffice PERI = CashOffice.create("Régie Périscolaire", "012345", "PERI").withId(1);
    private static final Town TOWN = new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00",
            "1 place de la République", "https://portail.example", 168);

    static InvoicePdf.InvoiceDocument document(int household, int sequence, int days) {
        var month = YearMonth.of(2026, 10);
        var invoice = new InvoiceDraft(household, 1, month, List.of(InvoiceLine.of("Accueil Périscolaire Soir", "Enfant " + household,
                days, Money.ofCents(455)))).finalise(PERI.invoiceNumber(month, sequence), LocalDate.of(2026, 11, 2));
        return new InvoicePdf.InvoiceDocument(InvoiceHeader.of(TOWN, PERI, "Famille N" + household, household + " rue des Lilas"),
                invoice, List.of());
    }

    /** French spaces (no-break, narrow) read as plain ones, so «54,60 €» is found whatever space the adapter printed. */
    private List<String> text(byte[] rendered) throws Exception {
        return pages(rendered).stream().map(p -> p.replace('\u00A0', ' ').replace('\u202F', ' ')).toList();
    }

    @Test
    void an_invoice_prints_on_one_page_with_its_number_total_and_household() throws Exception {
        var pages = text(pdf().render(document(7, 123, 12)));
        assertEquals(1, pages.size());
        for (String expected : List.of("PERI2610-000123", "54,60 €", "Famille N7")) {
            assertTrue(pages.getFirst().contains(expected), "«" + expected + "» missing from:\n" + pages.getFirst());
        }
    }

    @Test
    void a_run_prints_its_invoices_in_one_document_each_on_its_own_page_in_order() throws Exception {
        var documents = new ArrayList<InvoicePdf.InvoiceDocument>();
        for (int i = 1; i <= 3; i++) documents.add(document(i, i, i));
        var pages = text(pdf().renderAll(documents));
        assertEquals(3, pages.size());
        for (int i = 1; i <= 3; i++) {
            String page = pages.get(i - 1);
            assertTrue(page.contains("PERI2610-00000" + i) && page.contains("Famille N" + i)
                    && page.contains(Money.ofCents(455L * i).format().replace('\u00A0', ' ').replace('\u202F', ' ')), page);
        }
    }
}
