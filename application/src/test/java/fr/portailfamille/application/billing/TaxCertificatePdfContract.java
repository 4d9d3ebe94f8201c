package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.ChildcareTaxCertificate;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.town.Town;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link TaxCertificatePdf}: the text one of the in-memory ports and the HTML-to-PDF one. What a family
 * copies into its tax return is printed: the year, the town that certifies, the family, each child with its birth date
 * and amount, the total, and the day and place of issue.
 */
public abstract class TaxCertificatePdfContract {

    protected abstract TaxCertificatePdf pdf();

    /** The text of what the adapter produced, French spaces read as plain ones and runs of white space as one. */
    protected abstract String text(byte[] rendered) throws Exception;

    protected static final Town TOWN = new Town("Beaulieu-sur-Orge", null, "espace.services@beaulieu.example", "01 64 00 00 00",
            "1 place de la République", "https://portail.example", 168);

    protected static TaxCertificatePdf.TaxCertificateDocument dupont() {
        var certificate = new ChildcareTaxCertificate(7, 2026, List.of(
                new ChildcareTaxCertificate.ChildAmount(10, "Léa Dupont", LocalDate.of(2021, 3, 14), Money.ofCents(54_60)),
                new ChildcareTaxCertificate.ChildAmount(11, "Nina Dupont", LocalDate.of(2023, 2, 2), Money.ofCents(1_234_50))));
        return new TaxCertificatePdf.TaxCertificateDocument(TOWN, "Famille DUPONT", "3 rue des Lilas, 91999 Beaulieu-sur-Orge", certificate,
                LocalDate.of(2027, 1, 12));
    }

    private String printed(TaxCertificatePdf.TaxCertificateDocument document) throws Exception {
        return text(pdf().render(document)).replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void the_certificate_prints_the_year_the_town_the_family_each_child_the_total_and_the_day_of_issue() throws Exception {
        String text = printed(dupont());
        for (String expected : List.of("2026", "Beaulieu-sur-Orge", "Famille DUPONT", "3 rue des Lilas", "Léa Dupont", "14/03/2021", "54,60 €",
                "Nina Dupont", "02/02/2023", "1 234,50 €", "1 289,10 €", "12/01/2027")) {
            assertTrue(text.contains(expected), "«" + expected + "» missing from:\n" + text);
        }
    }

    @Test
    void another_family_prints_its_own_children_only() throws Exception {
        var other = new ChildcareTaxCertificate(8, 2026, List.of(
                new ChildcareTaxCertificate.ChildAmount(20, "Minh Nguyen", LocalDate.of(2022, 6, 1), Money.ofCents(300_00))));
        String text = printed(new TaxCertificatePdf.TaxCertificateDocument(TOWN, "Famille NGUYEN", "", other, LocalDate.of(2027, 1, 12)));
        assertTrue(text.contains("Minh Nguyen") && text.contains("300,00 €") && text.contains("Famille NGUYEN"), text);
        assertTrue(!text.contains("Dupont") && !text.contains("DUPONT"), text);
    }
}
