package fr.portailfamille.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+33 6 12|'+33 6 12",
            "-2|'-2",
            "@SUM(A1)|'@SUM(A1)",
            "Léa|Léa",
            "Jean-Paul|Jean-Paul",
    })
    void a_cell_never_runs_as_a_formula(String cell, String written) {
        assertEquals(written, Spreadsheet.safe(cell));
    }

    @Test
    void french_excel_reads_it_utf8_with_semicolons() {
        String csv = Spreadsheet.write(List.of("Nom", "Présence"), List.of(List.of("Dupont; Martin", "=1+1"), List.of("Nguyen", "Présent")));
        assertEquals("\uFEFFNom;Présence\r\n\"Dupont; Martin\";'=1+1\r\nNguyen;Présent\r\n", csv);
    }
}
