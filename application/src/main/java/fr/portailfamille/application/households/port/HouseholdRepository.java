package fr.portailfamille.application.households.port;

import fr.portailfamille.domain.households.AuthorisedContact;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.ConsentAnswer;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Household;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Out-port: households, the accounts that open them, their children with health sheets, contacts and consent answers. */
public interface HouseholdRepository {

    /** Stores a new household (its guardians too) and returns it with its id. */
    Household add(Household household);

    /** Replaces the stored household of the same id, guardians included. */
    void update(Household household);

    Optional<Household> find(long id);

    /** The household a parent's account belongs to. */
    Optional<Long> householdOf(long accountId);

    /** Makes {@code accountId} a member of the household; an account belongs to one household only (a second link replaces the first). */
    void link(long accountId, long householdId);

    /** The member accounts of a household. */
    List<Long> accountsOf(long householdId);

    /** Households whose name, or one of whose children's names, contains {@code text} (case-insensitive), by name; all when blank. */
    List<Household> search(String text, int limit);

    /** Every household still in the town (an anonymised one is not), by id: those a document «to every family» reaches. */
    List<Long> ids();

    Child addChild(Child child);

    void updateChild(Child child);

    Optional<Child> findChild(long childId);

    /** The household's children, eldest first. */
    List<Child> children(long householdId);

    Optional<HealthRecord> healthRecord(long childId);

    /** Creates or replaces the child's health sheet. */
    void saveHealthRecord(HealthRecord record);

    /** The child's contacts by rank. */
    List<AuthorisedContact> contacts(long childId);

    AuthorisedContact addContact(AuthorisedContact contact);

    void removeContact(long contactId);

    /** Replaces the stored contact of the same id (its child and rank stay as they are). */
    void updateContact(AuthorisedContact contact);

    /** Every answer given for the child, all versions, oldest first. */
    List<ConsentAnswer> answers(long childId);

    /**
     * Records an answer; a new answer to the same question version replaces the previous one among {@link #answers},
     * and every answer saved is kept in {@link #consentHistory} (a consent withdrawn stays dated).
     */
    void saveAnswer(ConsentAnswer answer);

    /** Every answer ever saved for the child (given, withdrawn, given again), oldest first. */
    List<ConsentAnswer> consentHistory(long childId);

    /** What the completeness of a child's dossier reads: its health sheet, contacts by rank and answers oldest first. */
    record ChildRecords(Optional<HealthRecord> healthRecord, List<AuthorisedContact> contacts, List<ConsentAnswer> answers) {
    }

    /**
     * {@link ChildRecords} of several children at once, by child id in the given order. Every page that shows a family
     * checks each child's dossier: an adapter answers this in a fixed number of queries, whatever the number of children.
     */
    default Map<Long, ChildRecords> childRecords(Collection<Long> childIds) {
        var records = new LinkedHashMap<Long, ChildRecords>();
        for (long id : childIds) records.put(id, new ChildRecords(healthRecord(id), contacts(id), answers(id)));
        return records;
    }
}
