package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.domain.privacy.RetentionPolicy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The town keeps personal data no longer than its retention durations (RGPD, article 5.1.e): staff mark a household
 * «a quitté la commune», see «Données à purger» before anything goes, and a daily job anonymises or deletes what is
 * due. Admins set the durations and the data-protection officer's contact; each change is in the town's trail.
 */
public final class DataRetention {

    /** A household that left, and the day it is anonymised (empty while an invoice is still to pay). */
    public record Departure(RetentionStore.Departed household, Optional<LocalDate> purgeDay) {
        public boolean due(LocalDate today) {
            return purgeDay.isPresent() && !purgeDay.get().isAfter(today);
        }
    }

    /** What the rules give on {@code today}: due now, and the households still waiting with their day. */
    public record Plan(LocalDate today, RetentionPolicy policy, List<Departure> households, List<Departure> waiting,
                       List<RetentionStore.Sheet> sheets, List<RetentionStore.Item> documents, List<RetentionStore.Item> threads,
                       List<RetentionStore.Item> demarches, long auditLines, List<RetentionStore.Item> invoices) {
        public boolean empty() {
            return households.isEmpty() && sheets.isEmpty() && documents.isEmpty() && threads.isEmpty() && demarches.isEmpty() && auditLines == 0
                    && invoices.isEmpty();
        }
    }

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final HouseholdsPorts ports;
    private final RetentionStore store;
    private final PrivacySettings settings;
    private final AuditTrail trail;

    public DataRetention(HouseholdsPorts ports, RetentionStore store, PrivacySettings settings, AuditTrail trail) {
        this.ports = ports;
        this.store = store;
        this.settings = settings;
        this.trail = trail;
    }

    /** «Données à purger»: what the next run of the job would do today. */
    public Plan preview(Actor staff) {
        staff.requireStaff();
        return plan(ports.today());
    }

    /** The daily job: applies today's plan in one transaction and says what it did. */
    public Plan purgeDue() {
        return ports.transactions().inTransaction(() -> {
            var plan = plan(ports.today());
            var now = ports.clock().instant();
            plan.households().forEach(d -> store.anonymise(d.household().householdId(), now));
            plan.sheets().forEach(s -> store.deleteHealthSheet(s.childId()));
            store.deleteDocuments(plan.documents().stream().map(RetentionStore.Item::id).toList());
            store.deleteThreads(plan.threads().stream().map(RetentionStore.Item::id).toList());
            store.deleteDemarches(plan.demarches().stream().map(RetentionStore.Item::id).toList());
            if (plan.auditLines() > 0) store.deleteAuditLinesBefore(startOf(plan.policy().auditBefore(plan.today())));
            store.deleteInvoices(plan.invoices().stream().map(RetentionStore.Item::id).toList());
            return plan;
        });
    }

    private Plan plan(LocalDate today) {
        var policy = settings.retention();
        var due = new ArrayList<Departure>();
        var waiting = new ArrayList<Departure>();
        for (var departed : store.departed()) {
            var departure = new Departure(departed, policy.householdPurgeDay(departed.leftOn(), departed.lastSettled(), departed.invoicesToPay()));
            (departure.due(today) ? due : waiting).add(departure);
        }
        var anonymised = due.stream().map(d -> d.household().householdId()).toList();
        var sheets = store.sheetsOfEnrolledChildren().stream()
                .filter(s -> !anonymised.contains(s.householdId()) && !policy.healthSheetPurgeDay(s.lastEnrolment()).isAfter(today)).toList();
        var documents = store.documentsValidBefore(policy.documentsValidBefore(today)).stream()
                .filter(i -> !anonymised.contains(i.householdId())).toList();
        var inactiveSince = startOf(policy.messagesInactiveSince(today));
        var threads = store.threadsInactiveSince(inactiveSince).stream().filter(i -> !anonymised.contains(i.householdId())).toList();
        var demarches = store.demarchesInactiveSince(inactiveSince).stream().filter(i -> !anonymised.contains(i.householdId())).toList();
        return new Plan(today, policy, List.copyOf(due), List.copyOf(waiting), sheets, documents, threads, demarches,
                store.auditLinesBefore(startOf(policy.auditBefore(today))), store.settledInvoicesIssuedBefore(policy.invoicesIssuedBefore(today)));
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(TownZone.ZONE).toInstant();
    }

    /** The day the household was marked as gone, if it was. */
    public Optional<LocalDate> leftOn(Actor staff, long householdId) {
        staff.requireStaff();
        ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        return store.leftOn(householdId);
    }

    /** Marks the household «a quitté la commune» on {@code day} (dd/mm/yyyy or yyyy-mm-dd, at most a year ahead). */
    public FieldErrors markLeft(Actor staff, long householdId, String day) {
        staff.requireStaff();
        var household = ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        var parsed = parse(day);
        var errors = new FieldErrors();
        if (parsed.isEmpty()) return errors.add("leftOn", "Saisissez la date de départ, par exemple 31/08/2026.");
        if (parsed.get().isAfter(ports.today().plusYears(1))) return errors.add("leftOn", "La date de départ ne peut pas dépasser un an à venir.");
        ports.transactions().run(() -> {
            store.markLeft(householdId, parsed.get());
            record(householdId, staff, AuditEvent.Kind.HOUSEHOLD_LEFT, household.name() + " a quitté la commune le " + FRENCH.format(parsed.get()));
        });
        return errors;
    }

    /** The family has not left after all. */
    public void cancelDeparture(Actor staff, long householdId) {
        staff.requireStaff();
        var household = ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        ports.transactions().run(() -> {
            store.markLeft(householdId, null);
            record(householdId, staff, AuditEvent.Kind.HOUSEHOLD_LEFT, household.name() + " : départ annulé");
        });
    }

    public RetentionPolicy policy() {
        return settings.retention();
    }

    /** Admins set the durations; the change goes to the town's trail. */
    public FieldErrors saveRetention(Actor admin, Map<String, String> form) {
        admin.requireAdmin();
        var errors = new FieldErrors();
        switch (RetentionPolicy.parse(form)) {
            case RetentionPolicy.Input.Invalid invalid -> invalid.errors().forEach(errors::add);
            case RetentionPolicy.Input.Valid valid -> ports.transactions().run(() -> {
                var before = settings.retention();
                settings.saveRetention(valid.policy());
                record(null, admin, AuditEvent.Kind.TOWN_SETTINGS, "Durées de conservation : " + words(before) + " → " + words(valid.policy()));
            });
        }
        return errors;
    }

    /** Admins name the data-protection officer the privacy notice shows. */
    public FieldErrors saveDpoContact(Actor admin, String contact) {
        admin.requireAdmin();
        var errors = new FieldErrors();
        String text = contact == null ? "" : contact.strip();
        if (text.length() > 500) return errors.add("dpoContact", "Le contact du délégué ne doit pas dépasser 500 caractères.");
        ports.transactions().run(() -> {
            settings.saveDpoContact(text);
            record(null, admin, AuditEvent.Kind.TOWN_SETTINGS, "Délégué à la protection des données : " + (text.isEmpty() ? "non renseigné" : text));
        });
        return errors;
    }

    public String dpoContact() {
        return settings.dpoContact();
    }

    private void record(Long householdId, Actor actor, AuditEvent.Kind kind, String summary) {
        trail.record(List.of(new AuditEvent(householdId, actor.accountId(), ports.clock().instant(), kind, summary, actor.origin())));
    }

    static String words(RetentionPolicy p) {
        return "foyers partis " + p.householdYears() + " an(s), justificatifs " + p.documentMonths() + " mois, messages " + p.messageYears()
                + " an(s), journaux " + p.auditYears() + " an(s), factures " + p.invoiceYears() + " ans";
    }

    private static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            String t = text.strip();
            return Optional.of(t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, FRENCH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
