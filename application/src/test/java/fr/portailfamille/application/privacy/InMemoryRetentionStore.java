package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The facts of {@link RetentionStore} held in memory, seeded by the tests through {@code add…}: what a household,
 * child, invoice, document, thread, démarche or audit line is to the retention rules, nothing more.
 */
public final class InMemoryRetentionStore implements RetentionStore {

    /** A household as the rules see it, with the texts that identify its people. */
    static final class Household {
        String name;
        LocalDate leftOn;
        Instant anonymisedAt;
        final List<String> people = new ArrayList<>();
        final Map<Long, Invoice> invoices = new TreeMap<>();

        Household(String name) {
            this.name = name;
            people.add(name);
        }
    }

    record Child(long householdId, String firstNames) {
    }

    /** An invoice: still to pay while {@code settledOn} is null. */
    record Invoice(long id, String number, LocalDate issuedOn, LocalDate settledOn) {
    }

    /** A consent change of a child: which question, when. */
    record ConsentChange(long childId, String question, Instant at) {
    }

    private final Map<Long, Household> households = new TreeMap<>();
    private final Map<Long, Child> children = new TreeMap<>();
    private final Map<Long, Boolean> sheets = new HashMap<>();
    private final Map<Long, SchoolYear> lastEnrolment = new HashMap<>();
    private final Map<Long, Item> documents = new TreeMap<>();
    private final Map<Long, Item> threads = new TreeMap<>();
    private final Map<Long, Item> demarches = new TreeMap<>();
    private final Map<Long, Instant> threadTimes = new HashMap<>();
    private final Map<Long, Instant> demarcheTimes = new HashMap<>();
    private final List<Instant> auditLines = new ArrayList<>();
    private final List<ConsentChange> consentChanges = new ArrayList<>();
    private long nextId = 1;

    public synchronized long addHousehold(String name, String email) {
        return addHousehold(nextId++, name, email);
    }

    /** A household under the id another repository gave it. */
    public synchronized long addHousehold(long id, String name, String email) {
        var household = new Household(name);
        household.people.add(email);
        households.put(id, household);
        return id;
    }

    public synchronized long addChildWithSheet(long household, String firstNames) {
        long id = nextId++;
        children.put(id, new Child(household, firstNames));
        households.get(household).people.add(firstNames);
        sheets.put(id, true);
        return id;
    }

    public synchronized void addEnrolment(long child, SchoolYear year) {
        lastEnrolment.merge(child, year, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    public synchronized void addInvoice(long household, LocalDate settledOn) {
        addInvoice(household, LocalDate.of(2026, 7, 1), settledOn);
    }

    public synchronized long addInvoice(long household, LocalDate issuedOn, LocalDate settledOn) {
        long id = nextId++;
        households.get(household).invoices.put(id, new Invoice(id, "PERI-" + id, issuedOn, settledOn));
        return id;
    }

    public synchronized void addConsentChange(long child, String question, Instant at) {
        consentChanges.add(new ConsentChange(child, question, at));
    }

    public synchronized int consentChanges(long child) {
        return (int) consentChanges.stream().filter(c -> c.childId() == child).count();
    }

    public synchronized long addDocument(long household, String fileName, LocalDate validUntil) {
        long id = nextId++;
        documents.put(id, new Item(id, household, fileName, validUntil));
        return id;
    }

    public synchronized long addThread(long household, String subject, Instant lastMessageAt) {
        long id = nextId++;
        threads.put(id, new Item(id, household, subject, LocalDate.ofInstant(lastMessageAt, java.time.ZoneOffset.UTC)));
        threadTimes.put(id, lastMessageAt);
        return id;
    }

    public synchronized long addDemarche(long household, String form, Instant updatedAt) {
        long id = nextId++;
        demarches.put(id, new Item(id, household, form, LocalDate.ofInstant(updatedAt, java.time.ZoneOffset.UTC)));
        demarcheTimes.put(id, updatedAt);
        return id;
    }

    public synchronized void addAuditLine(Instant at) {
        auditLines.add(at);
    }

    public synchronized boolean hasHealthSheet(long child) {
        return sheets.getOrDefault(child, false);
    }

    public synchronized String householdName(long household) {
        return households.get(household).name;
    }

    public synchronized List<String> personalTexts(long household) {
        return List.copyOf(households.get(household).people);
    }

    public synchronized int invoices(long household) {
        return households.get(household).invoices.size();
    }

    @Override
    public synchronized void markLeft(long householdId, LocalDate leftOn) {
        var h = households.get(householdId);
        if (h != null && h.anonymisedAt == null) h.leftOn = leftOn;
    }

    @Override
    public synchronized Optional<LocalDate> leftOn(long householdId) {
        var h = households.get(householdId);
        return h == null || h.anonymisedAt != null ? Optional.empty() : Optional.ofNullable(h.leftOn);
    }

    @Override
    public synchronized List<Departed> departed() {
        var found = new ArrayList<Departed>();
        households.forEach((id, h) -> {
            if (h.leftOn != null && h.anonymisedAt == null) {
                var invoices = h.invoices.values();
                found.add(new Departed(id, h.name, h.leftOn, invoices.stream().map(Invoice::settledOn).filter(java.util.Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null), (int) invoices.stream().filter(i -> i.settledOn() == null).count()));
            }
        });
        return found;
    }

    @Override
    public synchronized List<Sheet> sheetsOfEnrolledChildren() {
        var found = new ArrayList<Sheet>();
        children.forEach((id, c) -> {
            if (hasHealthSheet(id) && lastEnrolment.containsKey(id)) found.add(new Sheet(id, c.householdId(), c.firstNames(), lastEnrolment.get(id)));
        });
        return found;
    }

    @Override
    public synchronized List<Item> documentsValidBefore(LocalDate day) {
        return documents.values().stream().filter(d -> d.day() != null && d.day().isBefore(day)).toList();
    }

    @Override
    public synchronized List<Item> threadsInactiveSince(Instant since) {
        return threads.values().stream().filter(t -> threadTimes.get(t.id()).isBefore(since)).toList();
    }

    @Override
    public synchronized List<Item> demarchesInactiveSince(Instant since) {
        return demarches.values().stream().filter(d -> demarcheTimes.get(d.id()).isBefore(since)).toList();
    }

    @Override
    public synchronized long auditLinesBefore(Instant before) {
        return auditLines.stream().filter(at -> at.isBefore(before)).count() + oldConsentChanges(before).size();
    }

    /** Consent changes older than {@code before}, but the latest of each child's question. */
    private List<ConsentChange> oldConsentChanges(Instant before) {
        var latest = new HashMap<String, Instant>();
        consentChanges.forEach(c -> latest.merge(c.childId() + "/" + c.question(), c.at(), (a, b) -> a.isAfter(b) ? a : b));
        return consentChanges.stream().filter(c -> c.at().isBefore(before) && c.at().isBefore(latest.get(c.childId() + "/" + c.question()))).toList();
    }

    @Override
    public synchronized List<Item> settledInvoicesIssuedBefore(LocalDate day) {
        var found = new ArrayList<Item>();
        households.forEach((id, h) -> h.invoices.values().stream().filter(i -> i.settledOn() != null && i.issuedOn().isBefore(day))
                .forEach(i -> found.add(new Item(i.id(), id, i.number(), i.issuedOn()))));
        return found;
    }

    @Override
    public synchronized void deleteInvoices(Collection<Long> ids) {
        households.values().forEach(h -> h.invoices.values().removeIf(i -> ids.contains(i.id()) && i.settledOn() != null));
    }

    @Override
    public synchronized void anonymise(long householdId, Instant at) {
        var h = households.get(householdId);
        h.anonymisedAt = at;
        h.leftOn = null;
        h.name = "Foyer anonymisé n° " + householdId;
        h.people.clear();
        h.people.add(h.name);
        children.entrySet().stream().filter(e -> e.getValue().householdId() == householdId).forEach(e -> {
            sheets.remove(e.getKey());
            consentChanges.removeIf(c -> c.childId() == e.getKey());
            e.setValue(new Child(householdId, "Enfant"));
        });
        documents.values().removeIf(d -> d.householdId() == householdId);
        threads.values().removeIf(t -> t.householdId() == householdId);
        demarches.values().removeIf(d -> d.householdId() == householdId);
    }

    @Override
    public synchronized void deleteHealthSheet(long childId) {
        sheets.remove(childId);
    }

    @Override
    public synchronized void deleteDocuments(Collection<Long> ids) {
        ids.forEach(documents::remove);
    }

    @Override
    public synchronized void deleteThreads(Collection<Long> ids) {
        ids.forEach(threads::remove);
    }

    @Override
    public synchronized void deleteDemarches(Collection<Long> ids) {
        ids.forEach(demarches::remove);
    }

    @Override
    public synchronized long deleteAuditLinesBefore(Instant before) {
        long count = auditLinesBefore(before);
        auditLines.removeIf(at -> at.isBefore(before));
        consentChanges.removeAll(oldConsentChanges(before));
        return count;
    }
}
