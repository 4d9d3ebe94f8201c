package fr.portailfamille.domain.billing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CashOfficeTest {

    static CashOffice periscolaire() {
        return CashOffice.create("Régie Recettes Municipales", "006281", "PERI").withId(1);
    }

    @Test
    void a_regie_numbers_its_invoices_with_its_prefix() {
        var regie = periscolaire();
        assertEquals("PERI2105-000123", regie.invoiceNumber(YearMonth.of(2021, 5), 123).value());
        assertEquals(Optional.of(regie.invoiceNumber(YearMonth.of(2021, 5), 123)), regie.parseInvoiceNumber("PERI2105-000123"));
        assertEquals(Optional.empty(), regie.parseInvoiceNumber("REST2105-000123"));
        assertEquals(InvoiceNumberPattern.DEFAULT, regie.numberPattern());
        assertEquals("006281", regie.payfipClientNumber(), "leading zeros kept");
    }

    @ParameterizedTest(name = "«{0}» / «{1}» / «{2}» → {3} problem(s)")
    @CsvSource(delimiter = '|', value = {
            "Régie Recettes Municipales | 006281  | PERI     | ''",
            "Régie                      | 000000  | P        | ''",
            "Régie                      | 123456  | ABCDEFG8 | ''",
            "''                         | 006281  | PERI     | NAME",
            "'  '                       | 006281  | PERI     | NAME",
            "Régie                      | 6281    | PERI     | NUMBER",
            "Régie                      | 0062811 | PERI     | NUMBER",
            "Régie                      | 00628A  | PERI     | NUMBER",
            "Régie                      | '006 281' | PERI   | NUMBER",
            "Régie                      | 006281  | peri     | PREFIX",
            "Régie                      | 006281  | 1PERI    | PREFIX",
            "Régie                      | 006281  | PERI-    | PREFIX",
            "Régie                      | 006281  | ABCDEFGH9 | PREFIX",
            "Régie                      | 006281  | ''       | PREFIX",
            "''                         | 12      | ''       | NAME NUMBER PREFIX",
    })
    void the_form_is_checked_with_french_messages(String name, String number, String prefix, String expected) {
        List<String> messages = expected.isEmpty() ? List.of() : java.util.Arrays.stream(expected.split(" "))
                .map(key -> switch (key) {
                    case "NAME" -> CashOffice.NAME_MISSING;
                    case "NUMBER" -> CashOffice.CLIENT_NUMBER_FORMAT;
                    default -> CashOffice.PREFIX_FORMAT;
                }).toList();
        assertEquals(messages, CashOffice.problems(name, number, prefix));
    }

    @Test
    void the_messages_read_well() {
        assertEquals("Le numéro client PayFiP se compose de 6 chiffres, zéros en tête compris (par exemple 006281).",
                CashOffice.CLIENT_NUMBER_FORMAT);
        assertEquals(List.of(CashOffice.NAME_MISSING, CashOffice.CLIENT_NUMBER_FORMAT, CashOffice.PREFIX_FORMAT),
                CashOffice.problems(null, null, null));
    }

    @Test
    void an_invalid_regie_cannot_be_built() {
        assertThrows(IllegalArgumentException.class, () -> CashOffice.create("Régie", "62810", "PERI"));
        assertThrows(IllegalArgumentException.class, () -> CashOffice.create("Régie", "006281", "PERI").withId(0));
    }
}
