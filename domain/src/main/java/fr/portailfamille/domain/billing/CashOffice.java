package fr.portailfamille.domain.billing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A «régie de recettes»: the town's cash office that issues invoices and takes payments, e.g. «Régie Recettes
 * Municipales». Each activity belongs to one régie; a household gets one invoice per régie and month.
 *
 * @param id                  0 until the repository assigns one
 * @param payfipClientNumber  the régie's PayFiP «numcli»: exactly 6 digits, leading zeros kept («006281»)
 * @param invoicePrefix       starts every invoice number, e.g. «PERI»
 */
public record CashOffice(long id, String name, String payfipClientNumber, String invoicePrefix,
                         InvoiceNumberPattern numberPattern) {

    public static final String NAME_MISSING = "Saisissez le nom de la régie.";
    public static final String CLIENT_NUMBER_FORMAT =
            "Le numéro client PayFiP se compose de 6 chiffres, zéros en tête compris (par exemple 006281).";
    public static final String PREFIX_FORMAT =
            "Le préfixe des factures se compose de 1 à 8 lettres majuscules ou chiffres et commence par une lettre (par exemple PERI).";

    public CashOffice {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        Objects.requireNonNull(numberPattern, "numberPattern");
        List<String> problems = problems(name, payfipClientNumber, invoicePrefix);
        if (!problems.isEmpty()) throw new IllegalArgumentException("invalid régie: " + problems);
        name = name.strip();
    }

    /** A régie numbering its invoices with the default pattern «PERI2105-000123». */
    public static CashOffice create(String name, String payfipClientNumber, String invoicePrefix) {
        return new CashOffice(0, name, payfipClientNumber, invoicePrefix, InvoiceNumberPattern.DEFAULT);
    }

    /** What is wrong with an agent's form, in French and in the form's order; empty when it is fine. */
    public static List<String> problems(String name, String payfipClientNumber, String invoicePrefix) {
        List<String> found = new ArrayList<>(3);
        if (name == null || name.isBlank()) found.add(NAME_MISSING);
        if (payfipClientNumber == null || !payfipClientNumber.matches("[0-9]{6}")) found.add(CLIENT_NUMBER_FORMAT);
        if (invoicePrefix == null || !invoicePrefix.matches("[A-Z][A-Z0-9]{0,7}")) found.add(PREFIX_FORMAT);
        return List.copyOf(found);
    }

    public CashOffice withId(long newId) {
        if (newId <= 0) throw new IllegalArgumentException("a stored régie's id is positive");
        return new CashOffice(newId, name, payfipClientNumber, invoicePrefix, numberPattern);
    }

    /** The number of rank {@code sequence} for invoices of {@code month}, in this régie's pattern. */
    public InvoiceNumber invoiceNumber(YearMonth month, int sequence) {
        return numberPattern.format(invoicePrefix, month, sequence);
    }

    /** Reads one of this régie's numbers, e.g. typed in the invoice search; empty when it is not one. */
    public Optional<InvoiceNumber> parseInvoiceNumber(String text) {
        return numberPattern.parse(invoicePrefix, text);
    }
}
