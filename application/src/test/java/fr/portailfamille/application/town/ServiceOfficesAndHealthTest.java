package fr.portailfamille.application.town;

import fr.portailfamille.application.accounts.InMemoryAccountsPorts;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.mail.port.MailOutbox;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Services de la ville» and «État du portail». */
class ServiceOfficesAndHealthTest {

    final InMemoryAccountsPorts memory = new InMemoryAccountsPorts();
    final InMemoryServiceOffices offices = new InMemoryServiceOffices();
    final ManageServiceOffices manage = new ManageServiceOffices(offices, memory.ports.audit(), memory.transactions, memory.clock);
    final Actor admin = new Actor(1, Role.ADMIN, "192.0.2.1");
    final Actor agent = new Actor(2, Role.AGENT);

    @Test
    void an_admin_adds_changes_and_removes_a_service_everyone_sees_and_each_change_is_journaled() {
        assertTrue(manage.save(admin, new ManageServiceOffices.Command(0, "Service scolaire", "2 rue de l'École", "01 60 00 00 00",
                "scolaire@ville.example", "Lundi, de 9 h à 12 h.")).isEmpty());
        var office = manage.all().getFirst();
        assertEquals("Service scolaire", office.name());
        assertTrue(manage.save(admin, new ManageServiceOffices.Command(office.id(), "Service enfance", "2 rue de l'École", "", "", "")).isEmpty());
        assertEquals("Service enfance", manage.all().getFirst().name());
        assertEquals("service modifié : Service enfance", memory.ports.audit().latest(null, 1).getFirst().detail());
        assertTrue(manage.remove(admin, office.id()));
        assertFalse(manage.remove(admin, office.id()));
        assertEquals(List.of(), manage.all());
        var event = memory.ports.audit().latest(null, 1).getFirst();
        assertEquals(AuditEventType.TOWN_SETTINGS_CHANGED, event.type());
        assertEquals("service retiré : Service enfance", event.detail());
    }

    @Test
    void a_service_needs_a_name_and_an_address_and_a_valid_email_if_any_and_only_admins_change_services() {
        var errors = manage.save(admin, new ManageServiceOffices.Command(0, " ", "", "", "pas-une-adresse", "x".repeat(1001))).asMap();
        assertEquals(List.of("name", "postalAddress", "email", "openingHours"), List.copyOf(errors.keySet()));
        assertEquals("Le champ « Nom du service » est obligatoire.", errors.get("name"));
        assertTrue(manage.save(admin, new ManageServiceOffices.Command(42, "Régie", "Mairie", "", "", "")).asMap().containsKey("name"));
        assertEquals(List.of(), manage.all());
        assertThrows(Actor.NotAllowed.class, () -> manage.save(agent, new ManageServiceOffices.Command(0, "Régie", "Mairie", "", "", "")));
        assertThrows(Actor.NotAllowed.class, () -> manage.list(agent));
    }

    @Test
    void the_report_shows_the_schema_the_mails_left_and_each_jobs_last_round() {
        var jobs = new JobRuns(memory.clock);
        memory.outbox.enqueue(new OutgoingMail("a@exemple.fr", "mairie@exemple.fr", "Sujet", "texte", "<p>texte</p>"));
        jobs.round("envoi des courriels", () -> memory.clock.advance(Duration.ofSeconds(3)));
        assertThrows(IllegalStateException.class, () -> jobs.round("relances", () -> {
            throw new IllegalStateException("panne");
        }));
        var health = new PortalHealth(() -> true, () -> Optional.of("53"), memory.outbox, jobs, memory.clock);
        var report = health.report(admin);
        assertTrue(report.databaseUp());
        assertEquals("53", report.schemaVersion());
        assertEquals(new MailOutbox.Backlog(1, 0, 0, Instant.parse("2026-09-01T08:00:00Z")), report.mails());
        assertEquals(List.of("envoi des courriels", "relances"), report.jobs().stream().map(JobRuns.Run::job).toList());
        var sent = report.jobs().getFirst();
        assertTrue(sent.succeeded());
        assertFalse(sent.running());
        assertEquals(Duration.ofSeconds(3), Duration.between(sent.startedAt(), sent.finishedAt()));
        assertFalse(report.jobs().getLast().succeeded());
        assertThrows(Actor.NotAllowed.class, () -> health.report(agent));
    }

    @Test
    void with_the_database_down_the_report_still_answers_without_reading_it() {
        var report = new PortalHealth(() -> false, () -> {
            throw new IllegalStateException("database down");
        }, memory.outbox, new JobRuns(memory.clock), memory.clock).report(admin);
        assertFalse(report.databaseUp());
        assertEquals("", report.schemaVersion());
        assertNull(report.mails());
    }
}
