package fr.portailfamille.domain.households;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletenessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Child CHILD = new Child(7, 3, "Dupont", "Léa", LocalDate.of(2018, 3, 14), "Élémentaire Jules Ferry", SchoolLevel.CE1);
    static final ConsentQuestion IMAGE = new ConsentQuestion("droit-image", 2, "Droit à l'image", true);
    static final ConsentQuestion OUTING = new ConsentQuestion("sorties", 1, "Sorties hors de l'école", false);
    static final DocumentType VACCINATION_BOOK = new DocumentType("carnet-vaccination", "Carnet de vaccination", true, true);
    static final DocumentType ADDRESS = new DocumentType("justificatif-domicile", "Justificatif de domicile", true, false);
    static final DocumentType TAX = new DocumentType("avis-imposition", "Avis d'imposition", false, false);
    static final Completeness.TownRequirements TOWN = new Completeness.TownRequirements(List.of(IMAGE, OUTING), List.of(VACCINATION_BOOK, ADDRESS, TAX));

    static SupportingDocument document(DocumentType type, Long childId, LocalDate validUntil) {
        return SupportingDocument.sent(3, childId, type.code(), "scan.pdf", FileType.PDF, 1000, "a".repeat(64), NOW, 11, validUntil)
                .withId(1).validated(2, NOW);
    }

    static Completeness.Dossier complete() {
        var health = new HealthRecord(7, "Dr Martin", "01 23 45 67 89", false, "", "", "", Set.of(), BloodGroup.UNKNOWN,
                Map.of(Vaccine.DTP, LocalDate.of(2018, 5, 14)));
        return new Completeness.Dossier(CHILD, health,
                List.of(new AuthorisedContact(1, 7, 1, "Josette Dupont", "Grand-mère", "06 12 34 56 78", true, true)),
                List.of(new ConsentAnswer(7, "droit-image", 2, false, NOW, 11)),
                List.of(document(VACCINATION_BOOK, 7L, null), document(ADDRESS, null, TODAY)));
    }

    static List<MissingItem.Kind> kinds(UnaryOperator<Completeness.Dossier> change) {
        return Completeness.missing(change.apply(complete()), TOWN, TODAY).stream().map(MissingItem::kind).toList();
    }

    static Completeness.Dossier with(Completeness.Dossier d, HealthRecord h, List<AuthorisedContact> c, List<ConsentAnswer> a, List<SupportingDocument> docs) {
        return new Completeness.Dossier(d.child(), h == null ? d.health() : h, c == null ? d.contacts() : c, a == null ? d.answers() : a,
                docs == null ? d.documents() : docs);
    }

    @Test
    void a_complete_dossier_misses_nothing_even_when_the_consent_says_no_and_the_optional_items_are_missing() {
        assertEquals(List.of(), kinds(d -> d));
    }

    @Test
    void a_new_child_misses_everything_required_in_the_checklist_order() {
        var missing = Completeness.missing(new Completeness.Dossier(CHILD, null, List.of(), List.of(), List.of()), TOWN, TODAY);
        assertEquals(List.of(
                new MissingItem(MissingItem.Kind.MEDICAL, Completeness.MEDICAL, ""),
                new MissingItem(MissingItem.Kind.VACCINATIONS, Completeness.VACCINATIONS, ""),
                new MissingItem(MissingItem.Kind.EMERGENCY_CONTACT, Completeness.EMERGENCY_CONTACT, ""),
                new MissingItem(MissingItem.Kind.CONSENT, "Consentement : Droit à l'image", "droit-image"),
                new MissingItem(MissingItem.Kind.DOCUMENT, "Justificatif validé : Carnet de vaccination", "carnet-vaccination"),
                new MissingItem(MissingItem.Kind.DOCUMENT, "Justificatif validé : Justificatif de domicile", "justificatif-domicile")), missing);
    }

    @Test
    void each_missing_piece_is_reported_alone() {
        var noDoctor = new HealthRecord(7, "", "01 23 45 67 89", false, "", "", "", Set.of(), BloodGroup.UNKNOWN, Map.of(Vaccine.DTP, LocalDate.of(2018, 5, 14)));
        var noDtp = new HealthRecord(7, "Dr Martin", "01 23 45 67 89", false, "", "", "", Set.of(), BloodGroup.UNKNOWN, Map.of(Vaccine.ROR, LocalDate.of(2019, 5, 14)));
        var collectOnly = new AuthorisedContact(1, 7, 1, "Voisin", "Ami", "06 12 34 56 78", false, true);
        var oldVersion = new ConsentAnswer(7, "droit-image", 1, true, NOW, 11);
        var docs = new ArrayList<>(complete().documents());
        docs.removeFirst();
        record Case(String name, UnaryOperator<Completeness.Dossier> change, List<MissingItem.Kind> expected) {
        }
        for (var c : List.of(
                new Case("no doctor", d -> with(d, noDoctor, null, null, null), List.of(MissingItem.Kind.MEDICAL)),
                new Case("no DTP", d -> with(d, noDtp, null, null, null), List.of(MissingItem.Kind.VACCINATIONS)),
                new Case("no emergency contact", d -> with(d, null, List.of(collectOnly), null, null), List.of(MissingItem.Kind.EMERGENCY_CONTACT)),
                new Case("answer to an old version", d -> with(d, null, null, List.of(oldVersion), null), List.of(MissingItem.Kind.CONSENT)),
                new Case("vaccination book missing", d -> with(d, null, null, null, docs), List.of(MissingItem.Kind.DOCUMENT)))) {
            assertEquals(c.expected(), kinds(c.change()), c.name());
        }
    }

    @Test
    void a_justificatif_counts_only_validated_not_expired_and_for_this_child_or_the_household() {
        record Case(String name, SupportingDocument book, boolean counts) {
        }
        var pending = SupportingDocument.sent(3, 7L, "carnet-vaccination", "scan.pdf", FileType.PDF, 1000, "a".repeat(64), NOW, 11, null).withId(1);
        for (var c : List.of(
                new Case("validated for this child", document(VACCINATION_BOOK, 7L, null), true),
                new Case("validated, ends today", document(VACCINATION_BOOK, 7L, TODAY), true),
                new Case("validated, ended yesterday", document(VACCINATION_BOOK, 7L, TODAY.minusDays(1)), false),
                new Case("pending", pending, false),
                new Case("refused", pending.rejected("Illisible", 2, NOW), false),
                new Case("of a brother", document(VACCINATION_BOOK, 8L, null), false),
                new Case("of the household", document(VACCINATION_BOOK, null, null), true))) {
            var dossier = with(complete(), null, null, null, List.of(c.book(), document(ADDRESS, null, null)));
            assertEquals(c.counts() ? List.of() : List.of(MissingItem.Kind.DOCUMENT),
                    Completeness.missing(dossier, TOWN, TODAY).stream().map(MissingItem::kind).toList(), c.name());
        }
    }

    @Test
    void a_question_the_town_makes_optional_is_never_missing() {
        var optional = new Completeness.TownRequirements(List.of(new ConsentQuestion("droit-image", 2, "Droit à l'image", false)), List.of());
        var noAnswer = with(complete(), null, null, List.of(), null);
        assertEquals(List.of(), Completeness.missing(noAnswer, optional, TODAY));
    }
}
