package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link AbsenceRepository}. */
public abstract class AbsenceRepositoryContract {

    protected abstract AbsenceRepository repository();

    /** A stored household's id. */
    protected abstract long aHousehold();

    /** A stored child of that household. */
    protected abstract long aChild(long householdId);

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    static final byte[] PDF = "%PDF-1.4 certificat".getBytes();

    static MedicalAbsence.Certificate certificate() {
        return new MedicalAbsence.Certificate("certificat médical.pdf", "application/pdf", "0f".repeat(32));
    }

    @Test
    void a_declaration_round_trips_with_its_certificate_and_its_decision() {
        var repo = repository();
        long household = aHousehold();
        long child = aChild(household);
        var stored = repo.add(MedicalAbsence.declare(household, child, MONDAY, MONDAY.plusDays(2), certificate(), T0), PDF);
        assertTrue(stored.id() > 0);
        assertEquals(Optional.of(stored), repo.find(stored.id()));
        assertArrayEquals(PDF, repo.certificate(stored.id()).orElseThrow());
        assertEquals(Optional.empty(), repo.certificate(stored.id() + 1000));
        var refused = stored.refuse("Certificat illisible", T0.plusSeconds(60));
        repo.update(refused);
        assertEquals(Optional.of(refused), repo.find(stored.id()));
        assertThrows(RuntimeException.class, () -> repo.update(refused.withId(stored.id() + 1000)));
    }

    @Test
    void the_town_sees_pending_ones_oldest_first_and_a_household_only_its_own_latest_first() {
        var repo = repository();
        long dupont = aHousehold();
        long lea = aChild(dupont);
        long other = aHousehold();
        long tom = aChild(other);
        var later = repo.add(MedicalAbsence.declare(dupont, lea, MONDAY, MONDAY, certificate(), T0.plusSeconds(60)), PDF);
        var earlier = repo.add(MedicalAbsence.declare(other, tom, MONDAY, MONDAY, certificate(), T0), PDF);
        var decided = repo.add(MedicalAbsence.declare(dupont, lea, MONDAY.minusDays(7), MONDAY.minusDays(7), certificate(), T0.minusSeconds(60)), PDF);
        repo.update(decided.validate(T0));
        assertEquals(List.of(earlier.id(), later.id()), repo.pending().stream().map(MedicalAbsence::id)
                .filter(id -> Set.of(earlier.id(), later.id(), decided.id()).contains(id)).toList());
        assertEquals(List.of(later.id(), decided.id()), repo.ofHousehold(dupont).stream().map(MedicalAbsence::id).toList());
    }

    @Test
    void validated_absences_are_found_by_child_and_overlapping_days() {
        var repo = repository();
        long household = aHousehold();
        long lea = aChild(household);
        long hugo = aChild(household);
        var week = repo.add(MedicalAbsence.declare(household, lea, MONDAY, MONDAY.plusDays(4), certificate(), T0), PDF);
        repo.update(week.validate(T0));
        repo.add(MedicalAbsence.declare(household, hugo, MONDAY, MONDAY, certificate(), T0), PDF); // pending: not counted
        assertEquals(List.of(week.id()), repo.validated(Set.of(lea, hugo), MONDAY.plusDays(4), MONDAY.plusDays(10)).stream().map(MedicalAbsence::id).toList());
        assertEquals(List.of(), repo.validated(Set.of(lea), MONDAY.plusDays(5), MONDAY.plusDays(10)));
        assertEquals(List.of(), repo.validated(Set.of(hugo), MONDAY, MONDAY));
        assertEquals(List.of(), repo.validated(Set.of(), MONDAY, MONDAY));
    }
}
