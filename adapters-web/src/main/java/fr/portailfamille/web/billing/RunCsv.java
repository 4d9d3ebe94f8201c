package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.ReviewInvoicingRun;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.web.Spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A run as CSV for the régie's spreadsheet: one row per invoice line (the final invoices once finalised, else the
 * drafts), amounts with a decimal comma; the format and the formula guard are {@link Spreadsheet}'s.
 */
final class RunCsv {

    private RunCsv() {
    }

    static String write(ReviewInvoicingRun.Review review) {
        List<List<String>> rows = new ArrayList<>();
        if (review.run().isFinal()) {
            for (var invoice : review.invoices()) {
                for (InvoiceLine l : invoice.lines()) rows.add(row(invoice.number().value(), review.householdNames().get(invoice.householdId()), l));
            }
        } else {
            for (var draft : review.drafts()) for (InvoiceLine l : draft.draft().lines()) rows.add(row("brouillon", draft.householdName(), l));
        }
        return Spreadsheet.write(List.of("Facture", "Foyer", "Prestation", "Enfant", "Quantité", "Prix unitaire", "Montant", "Remarque"), rows);
    }

    private static List<String> row(String number, String household, InvoiceLine l) {
        return java.util.Arrays.asList(number, household, l.prestation(), l.childName(), Integer.toString(l.quantity()), l.unitPrice().formatNumber(),
                l.amount().formatNumber(), l.note());
    }
}
