package fr.portailfamille.application.households;

import fr.portailfamille.application.households.port.*;
import fr.portailfamille.domain.households.AuthorisedContact;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.ConsentAnswer;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Household;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

public final class InMemoryHouseholdRepository implements HouseholdRepository {

    private final Map<Long, Household> households = new LinkedHashMap<>();
    private final Map<Long, Long> householdOfAccount = new LinkedHashMap<>();
    private final Map<Long, Child> children = new LinkedHashMap<>();
    private final Map<Long, HealthRecord> health = new LinkedHashMap<>();
    private final Map<Long, AuthorisedContact> contacts = new LinkedHashMap<>();
    private final List<ConsentAnswer> answers = new ArrayList<>();
    private final List<ConsentAnswer> history = new ArrayList<>();
    private long nextId = 1;

    /** Every child of every household: what an in-memory query over all children (the group messages' recipients) reads. */
    public synchronized List<Child> allChildren() {
        return List.copyOf(children.values());
    }

    @Override
    public synchronized Household add(Household household) {
        var stored = household.withId(nextId++);
        households.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(Household household) {
        if (!households.containsKey(household.id())) throw new IllegalArgumentException("no household " + household.id());
        households.put(household.id(), household);
    }

    @Override
    public synchronized Optional<Household> find(long id) {
        return Optional.ofNullable(households.get(id));
    }

    @Override
    public synchronized Optional<Long> householdOf(long accountId) {
        return Optional.ofNullable(householdOfAccount.get(accountId));
    }

    @Override
    public synchronized void link(long accountId, long householdId) {
        if (!households.containsKey(householdId)) throw new IllegalArgumentException("no household " + householdId);
        householdOfAccount.put(accountId, householdId);
    }

    @Override
    public synchronized List<Long> accountsOf(long householdId) {
        return householdOfAccount.entrySet().stream().filter(e -> e.getValue() == householdId).map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public synchronized List<Household> search(String text, int limit) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return households.values().stream()
                .filter(h -> h.name().toLowerCase(Locale.ROOT).contains(needle) || children.values().stream()
                        .anyMatch(c -> c.householdId() == h.id() && (c.firstNames() + " " + c.lastName()).toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparing(Household::name).thenComparing(Household::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<Long> ids() {
        return households.keySet().stream().sorted().toList();
    }

    @Override
    public synchronized Child addChild(Child child) {
        if (!households.containsKey(child.householdId())) throw new IllegalArgumentException("no household " + child.householdId());
        var stored = child.withId(nextId++);
        children.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void updateChild(Child child) {
        if (!children.containsKey(child.id())) throw new IllegalArgumentException("no child " + child.id());
        children.put(child.id(), child);
    }

    @Override
    public synchronized Optional<Child> findChild(long childId) {
        return Optional.ofNullable(children.get(childId));
    }

    @Override
    public synchronized List<Child> children(long householdId) {
        return children.values().stream().filter(c -> c.householdId() == householdId)
                .sorted(Comparator.comparing(Child::birthDate).thenComparing(Child::id)).toList();
    }

    @Override
    public synchronized Optional<HealthRecord> healthRecord(long childId) {
        return Optional.ofNullable(health.get(childId));
    }

    @Override
    public synchronized void saveHealthRecord(HealthRecord record) {
        if (!children.containsKey(record.childId())) throw new IllegalArgumentException("no child " + record.childId());
        health.put(record.childId(), record);
    }

    @Override
    public synchronized List<AuthorisedContact> contacts(long childId) {
        return contacts.values().stream().filter(c -> c.childId() == childId).sorted(Comparator.comparingInt(AuthorisedContact::rank)).toList();
    }

    @Override
    public synchronized AuthorisedContact addContact(AuthorisedContact contact) {
        if (!children.containsKey(contact.childId())) throw new IllegalArgumentException("no child " + contact.childId());
        var stored = contact.withId(nextId++);
        contacts.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void updateContact(AuthorisedContact contact) {
        var stored = contacts.get(contact.id());
        if (stored == null) return;
        contacts.put(stored.id(), new AuthorisedContact(stored.id(), stored.childId(), stored.rank(), contact.name(), contact.relationship(),
                contact.phone(), contact.emergency(), contact.mayCollect()));
    }

    @Override
    public synchronized void removeContact(long contactId) {
        contacts.remove(contactId);
    }

    @Override
    public synchronized List<ConsentAnswer> answers(long childId) {
        return answers.stream().filter(a -> a.childId() == childId).toList();
    }

    @Override
    public synchronized void saveAnswer(ConsentAnswer answer) {
        if (!children.containsKey(answer.childId())) throw new IllegalArgumentException("no child " + answer.childId());
        answers.removeIf(a -> a.childId() == answer.childId() && a.questionCode().equals(answer.questionCode()) && a.version() == answer.version());
        answers.add(answer);
        history.add(answer);
    }

    @Override
    public synchronized List<ConsentAnswer> consentHistory(long childId) {
        return history.stream().filter(a -> a.childId() == childId && children.containsKey(childId)).toList();
    }
}
