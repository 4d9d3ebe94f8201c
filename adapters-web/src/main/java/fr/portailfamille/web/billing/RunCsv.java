package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.InvoicingRuns;
import fr.portailfamille.domain.billing.InvoiceLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A run as CSV for the régie's spreadsheet: one row per invoice line (the final invoices once finalised, else the
 * drafts). French Excel: «;» separator, UTF-8 with a BOM, decimal comma; a cell starting with = + - @ is prefixed
 * with «'» so a family's or child's name can never run as a formula.
 */
final class RunCsv {

    private RunCsv() {
    }

    static String write(InvoicingRuns.Review review) {
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader("Facture", "Foyer", "Prestation", "Enfant", "Quantité", "Prix unitaire", "Montant", "Remarque").get();
        try (var csv = new CSVPrinter(out, format)) {
            if (review.run().isFinal()) {
                for (var invoice : review.invoices()) {
                    for (InvoiceLine l : invoice.lines()) row(csv, invoice.number().value(), review.householdNames().get(invoice.householdId()), l);
                }
            } else {
                for (var draft : review.drafts()) for (InvoiceLine l : draft.draft().lines()) row(csv, "brouillon", draft.householdName(), l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, String number, String household, InvoiceLine l) throws IOException {
        csv.printRecord(List.of(number, household, l.prestation(), l.childName(), Integer.toString(l.quantity()), l.unitPrice().formatNumber(),
                l.amount().formatNumber(), l.note()).stream().map(RunCsv::safe).toList());
    }

    /** Neutralises formula injection: «=HYPERLINK(…)» becomes «'=HYPERLINK(…)». */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
