package fr.portailfamille.application.demarches;

import fr.portailfamille.application.accounts.InMemoryAccountsPorts;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.InMemoryHouseholdsPorts;
import fr.portailfamille.application.messaging.InMemoryMailPreferencesRepository;
import fr.portailfamille.application.messaging.InMemoryNotificationRepository;
import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheStatus;
import fr.portailfamille.domain.households.Household;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Démarches on in-memory adapters: definition, draft, submission, decision, request, isolation. */
class DemarchesTest {

    final InMemoryHouseholdsPorts dossier = new InMemoryHouseholdsPorts();
    final InMemoryAccountsPorts memory = dossier.accounts;
    final NotificationCenter center = new NotificationCenter(memory.transactions.enlist(new InMemoryNotificationRepository()),
            memory.transactions.enlist(new InMemoryMailPreferencesRepository()), memory.ports.accounts(), memory.outbox, memory.ports.composer(), memory.ports.town(), memory.ports.transactions(), memory.clock);
    final DemarchePorts ports = new DemarchePorts(memory.transactions.enlist(new InMemoryDemarcheRepository()), dossier.ports.households(), center,
            memory.ports.transactions(), memory.clock);
    final ReadDemarches read = new ReadDemarches(ports);
    final ReadDemarcheForms forms = new ReadDemarcheForms(ports);
    final ReadDemarcheQueue queue = new ReadDemarcheQueue(ports);
    final StartDemarche start = new StartDemarche(ports);
    final SaveDemarcheDraft saveDraft = new SaveDemarcheDraft(ports);
    final SubmitDemarche submit = new SubmitDemarche(ports);
    final DecideDemarche decide = new DecideDemarche(ports);
    final AskForDemarche ask = new AskForDemarche(ports);
    final DefineDemarcheForm define = new DefineDemarcheForm(ports);

    Actor account(String email, Role role, Long householdId) {
        var accounts = memory.ports.accounts();
        var created = accounts.add(Account.create(accounts.nextLoginId(), EmailAddress.parse(email).orElseThrow(), "Dupont", "Marie", role, memory.clock.instant()));
        var active = ((ActivationOutcome.Activated) created.activate("hash", 1, memory.clock.instant())).account();
        accounts.update(active);
        if (householdId != null) dossier.ports.households().link(active.id(), householdId);
        return Actor.of(active);
    }

    long defineForm(Actor agent) {
        var defined = define.define(agent, "Changement de situation", "Déclarez un changement.", DemarcheRepositoryContract.DEFINITION);
        return ((DefineDemarcheForm.FormDefinition.Defined) defined).form().id();
    }

    @Test
    void a_family_drafts_submits_and_sees_the_rejection_reason() {
        long household = dossier.ports.households().add(Household.named("Dupont")).id();
        var parent = account("marie@exemple.fr", Role.PARENT, household);
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        long formId = defineForm(agent);
        var started = start.start(parent, formId);
        assertEquals(List.of(started.id()), read.familyDemarches(parent).stream().map(Demarche::id).toList(), "the draft exists at once");
        assertEquals(started.id(), start.start(parent, formId).id(), "«Commencer» again opens the empty draft, no second one");
        assertInstanceOf(Demarche.Outcome.Done.class, saveDraft.save(parent, started.id(), Map.of("champ3", "Nous déménageons")));
        assertEquals(2, java.util.stream.Stream.of(started.id(), start.start(parent, formId).id()).distinct().count(),
                "a draft with answers is kept as it is: «Commencer» starts another");
        assertInstanceOf(Demarche.Outcome.Invalid.class, submit.submit(parent, started.id(), Map.of("champ1", "Déménagement")));
        assertInstanceOf(Demarche.Outcome.Done.class, submit.submit(parent, started.id(), Map.of("champ1", "Déménagement", "champ2", "01/12/2026")));
        assertEquals(List.of("Famille Dupont"), queue.queue(agent).stream().map(ReadDemarcheQueue.Waiting::householdName).toList());
        assertInstanceOf(Demarche.Outcome.Done.class, decide.reject(agent, started.id(), "Justificatif de domicile manquant"));
        var seen = read.open(parent, started.id());
        assertEquals(DemarcheStatus.REJECTED, seen.demarche().status());
        assertEquals("Justificatif de domicile manquant", seen.demarche().rejectionReason());
        assertEquals(3, seen.history().size(), "started, submitted, rejected: saving a draft is not a change of status");
        assertEquals(agent.accountId(), seen.history().getLast().byAccountId());
        assertEquals(1, center.unreadCount(parent.accountId()));
        // the reason is no health data: the mail says it, so the family knows what to do without signing in
        assertTrue(memory.outbox.latest(10).stream().anyMatch(m -> m.mail().subject().startsWith("Suivi d'une démarche")
                && m.mail().textBody().contains("Changement de situation : rejetée – motif : Justificatif de domicile manquant")), memory.outbox.latest(10).toString());
    }

    @Test
    void the_town_asks_a_family_to_complete_a_demarche() {
        long household = dossier.ports.households().add(Household.named("Famille Dupont")).id();
        var parent = account("marie@exemple.fr", Role.PARENT, household);
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        var asked = ask.ask(agent, household, defineForm(agent));
        assertEquals(DemarcheStatus.TO_COMPLETE, read.familyDemarches(parent).getFirst().status());
        assertEquals(1, center.unreadCount(parent.accountId()));
        assertInstanceOf(Demarche.Outcome.Done.class, submit.submit(parent, asked.id(), Map.of("champ1", "Naissance", "champ2", "2026-11-02")));
    }

    @Test
    void another_family_and_parents_acting_as_agents_are_refused() {
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        var dupont = account("marie@exemple.fr", Role.PARENT, dossier.ports.households().add(Household.named("Famille Dupont")).id());
        var nguyen = account("lan@exemple.fr", Role.PARENT, dossier.ports.households().add(Household.named("Famille Nguyen")).id());
        var started = start.start(dupont, defineForm(agent));
        assertThrows(Actor.NotAllowed.class, () -> read.open(nguyen, started.id()));
        assertThrows(Actor.NotAllowed.class, () -> submit.submit(nguyen, started.id(), Map.of()));
        assertThrows(Actor.NotAllowed.class, () -> decide.validate(dupont, started.id()));
        assertThrows(Actor.NotAllowed.class, () -> define.define(dupont, "x", "", "Q | texte"));
        assertEquals(0, read.familyDemarches(nguyen).size());
    }

    @Test
    void a_wrong_definition_is_explained_and_defines_nothing() {
        var agent = account("agent@villepreux.fr", Role.AGENT, null);
        var invalid = assertInstanceOf(DefineDemarcheForm.FormDefinition.Invalid.class, define.define(agent, "", "", "Question sans type"));
        assertEquals(2, invalid.errors().asMap().size());
        assertEquals(0, forms.forms(agent).size());
    }
}
