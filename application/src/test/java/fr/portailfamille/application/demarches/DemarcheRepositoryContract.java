package fr.portailfamille.application.demarches;

import fr.portailfamille.application.demarches.port.*;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.demarches.StatusChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link DemarcheRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class DemarcheRepositoryContract {

    protected abstract DemarcheRepository repository();

    protected abstract long newHouseholdId();

    protected abstract long newAccountId();

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final String DEFINITION = "Nature | choix | obligatoire | Déménagement ; Naissance\nDate | date | obligatoire\nPrécisions | texte long";

    static DemarcheForm form(String title, boolean active) {
        var fields = ((DemarcheForm.Definition.Valid) DemarcheForm.parse(DEFINITION)).fields();
        return new DemarcheForm(0, title, "Description", DEFINITION, fields, active);
    }

    @Test
    void forms_round_trip_with_their_questions_and_list_alphabetically() {
        var repository = repository();
        var situation = repository.addForm(form("Changement de situation", true));
        var quotient = repository.addForm(form("Demande de quotient familial", false));
        assertEquals(situation, repository.form(situation.id()).orElseThrow());
        assertEquals(List.of(situation), repository.forms(true));
        assertEquals(List.of(situation, quotient), repository.forms(false));
    }

    @Test
    void demarches_keep_answers_status_and_reason_and_come_back_by_household_and_status() {
        var repository = repository();
        var form = repository.addForm(form("Changement de situation", true));
        long household = newHouseholdId();
        var first = repository.add(Demarche.started(form, household, T0));
        var second = repository.add(Demarche.requested(form, household, T0.plusSeconds(5)));
        repository.add(Demarche.started(form, newHouseholdId(), T0));
        assertEquals(List.of(second, first), repository.ofHousehold(household));
        var rejected = new Demarche(first.id(), form.id(), household, DemarcheStatus.REJECTED, Map.of("champ1", "Naissance", "champ3", "Jumeaux"),
                "Acte de naissance manquant", T0, T0.plusSeconds(60));
        repository.update(rejected);
        assertEquals(rejected, repository.find(first.id()).orElseThrow());
        assertEquals(List.of(rejected), repository.withStatus(DemarcheStatus.REJECTED));
        assertTrue(repository.withStatus(DemarcheStatus.VALIDATED).isEmpty());
    }

    @Test
    void the_history_keeps_every_change_in_order() {
        var repository = repository();
        var form = repository.addForm(form("Changement de situation", true));
        var demarche = repository.add(Demarche.started(form, newHouseholdId(), T0));
        long parent = newAccountId();
        long agent = newAccountId();
        var created = new StatusChange(demarche.id(), null, DemarcheStatus.DRAFT, parent, T0, null);
        var sent = new StatusChange(demarche.id(), DemarcheStatus.DRAFT, DemarcheStatus.SUBMITTED, parent, T0.plusSeconds(1), null);
        var refused = new StatusChange(demarche.id(), DemarcheStatus.SUBMITTED, DemarcheStatus.REJECTED, agent, T0.plusSeconds(2), "Motif");
        repository.record(created);
        repository.record(sent);
        repository.record(refused);
        assertEquals(List.of(created, sent, refused), repository.history(demarche.id()));
    }

    @Test
    void a_joined_file_comes_back_with_its_demarche() {
        var repository = repository();
        var form = repository.addForm(form("Demande de quotient familial", true));
        var demarche = repository.add(Demarche.started(form, newHouseholdId(), T0));
        long id = repository.storeFile(demarche.id(), "champ2", "avis d'imposition.pdf", "application/pdf", "%PDF-1.4".getBytes());
        var file = repository.file(id).orElseThrow();
        assertEquals(demarche.id(), file.demarcheId());
        assertEquals("champ2", file.fieldKey());
        assertEquals("avis d'imposition.pdf", file.name());
        org.junit.jupiter.api.Assertions.assertArrayEquals("%PDF-1.4".getBytes(), file.content());
        assertTrue(repository.file(id + 1000).isEmpty());
    }
}
