package fr.portailfamille.domain.demarches;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemarcheTest {

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final String DEFINITION = """
            Nature du changement | choix | obligatoire | Déménagement ; Naissance ; Séparation
            Date du changement | date | obligatoire
            Précisions | texte long
            Nouvelle adresse concernée | oui/non
            """;

    static DemarcheForm form() {
        var fields = ((DemarcheForm.Definition.Valid) DemarcheForm.parse(DEFINITION)).fields();
        return new DemarcheForm(1, "Changement de situation", "", DEFINITION, fields, true);
    }

    @Test
    void the_agents_definition_becomes_questions() {
        var fields = form().fields();
        assertEquals(4, fields.size());
        assertEquals(FieldKind.CHOICE, fields.getFirst().kind());
        assertEquals(java.util.List.of("Déménagement", "Naissance", "Séparation"), fields.getFirst().choices());
        assertTrue(fields.get(1).required());
        assertEquals("champ3", fields.get(2).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Sans type#Ligne 1 : écrivez « Libellé | type », par exemple « Date du changement | date | obligatoire ».",
            "Âge | nombre#Ligne 1 : le type « nombre » est inconnu (texte, texte long, date, choix, oui/non ou fichier).",
            "Choix | choix | obligatoire | seul#Ligne 1 : une question à choix propose au moins deux réponses, séparées par « ; ».",
    })
    void a_wrong_definition_line_is_explained_in_french(String line, String message) {
        assertEquals(java.util.List.of(message), ((DemarcheForm.Definition.Invalid) DemarcheForm.parse(line)).problems());
    }

    @Test
    void a_draft_keeps_incomplete_answers_and_submitting_checks_them() {
        var draft = Demarche.started(form(), 7, T0);
        var saved = ((Demarche.Outcome.Done) draft.saveDraft(form(), Map.of("champ3", " Détails ", "intrus", "x"), T0)).demarche();
        assertEquals(Map.of("champ3", "Détails"), saved.answers());
        var invalid = assertInstanceOf(Demarche.Outcome.Invalid.class, saved.submit(form(), Map.of("champ1", "Autre", "champ2", "31/02/2026"), T0));
        assertEquals("« Nature du changement » : choisissez l'une des réponses proposées.", invalid.problems().get("champ1"));
        assertTrue(invalid.problems().get("champ2").startsWith("« Date du changement » : saisissez une date"));
        var submitted = ((Demarche.Outcome.Done) saved.submit(form(), Map.of("champ1", "Naissance", "champ2", "2026-11-02", "champ4", "non"), T0)).demarche();
        assertEquals(DemarcheStatus.SUBMITTED, submitted.status());
    }

    @Test
    void no_illegal_transition() {
        var draft = Demarche.started(form(), 7, T0);
        assertInstanceOf(Demarche.Outcome.Refused.class, draft.validate(T0));
        assertInstanceOf(Demarche.Outcome.Refused.class, draft.reject("motif", T0));
        var submitted = ((Demarche.Outcome.Done) draft.submit(form(), Map.of("champ1", "Naissance", "champ2", "02/11/2026"), T0)).demarche();
        assertEquals(Demarche.NOT_EDITABLE, ((Demarche.Outcome.Refused) submitted.saveDraft(form(), Map.of(), T0)).message());
        assertEquals(Demarche.REASON_REQUIRED, ((Demarche.Outcome.Invalid) submitted.reject(" ", T0)).problems().get("reason"));
        var rejected = ((Demarche.Outcome.Done) submitted.reject("Pièce manquante", T0)).demarche();
        assertEquals("Pièce manquante", rejected.rejectionReason());
        assertInstanceOf(Demarche.Outcome.Refused.class, rejected.validate(T0));
        assertInstanceOf(Demarche.Outcome.Refused.class, rejected.submit(form(), Map.of(), T0));
        for (var status : DemarcheStatus.values()) {
            for (var target : DemarcheStatus.values()) {
                boolean allowed = status.mayBecome(target);
                boolean expected = (status == DemarcheStatus.DRAFT || status == DemarcheStatus.TO_COMPLETE)
                        && (target == DemarcheStatus.DRAFT || target == DemarcheStatus.SUBMITTED)
                        || status == DemarcheStatus.SUBMITTED && (target == DemarcheStatus.VALIDATED || target == DemarcheStatus.REJECTED);
                assertEquals(expected, allowed, status + " → " + target);
            }
        }
    }

    @Test
    void a_file_question_takes_a_stored_file_reference_only() {
        var fields = ((DemarcheForm.Definition.Valid) DemarcheForm.parse("Avis d'imposition | fichier | obligatoire")).fields();
        var form = new DemarcheForm(2, "Quotient familial", "", "", fields, true);
        assertEquals("« Avis d'imposition » est obligatoire.", form.problems(Map.of()).get("champ1"));
        assertEquals("« Avis d'imposition » : joignez un fichier.", form.problems(Map.of("champ1", "avis.pdf")).get("champ1"));
        var answer = new FormField.FileAnswer(12, "avis 2026.pdf");
        assertTrue(form.problems(Map.of("champ1", answer.value())).isEmpty());
        assertEquals(answer, FormField.FileAnswer.parse(answer.value()).orElseThrow());
    }

    @Test
    void a_demarche_the_town_asks_for_is_to_complete_then_filled_like_a_draft() {
        var requested = Demarche.requested(form(), 7, T0);
        assertEquals(DemarcheStatus.TO_COMPLETE, requested.status());
        assertInstanceOf(Demarche.Outcome.Done.class, requested.submit(form(), Map.of("champ1", "Séparation", "champ2", "01/10/2026"), T0));
    }
}
