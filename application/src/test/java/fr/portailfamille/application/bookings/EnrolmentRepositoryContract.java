package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.SchoolYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link EnrolmentRepository}. */
public abstract class EnrolmentRepositoryContract {

    protected abstract EnrolmentRepository repository();

    /** A stored activity's id (the database checks it exists). */
    protected abstract long anActivity();

    /** A stored person's id: a child of some household. */
    protected abstract long aPerson();

    static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void a_request_is_accepted_or_refused_and_round_trips() {
        var repo = repository();
        long child = aPerson();
        long activity = anActivity();
        var request = repo.add(Enrolment.request(child, activity, BookingFixtures.YEAR, T0));
        assertTrue(request.id() > 0);
        assertEquals(Optional.of(request), repo.find(request.id()));
        assertEquals(Optional.of(request), repo.find(child, activity, BookingFixtures.YEAR));
        assertEquals(Optional.empty(), repo.find(child, activity, SchoolYear.startingIn(2027)));
        var refused = request.refuse("Plus de place en accueil du soir", T0.plusSeconds(3600));
        repo.update(refused);
        assertEquals(Optional.of(refused), repo.find(request.id()));
        var accepted = refused.accept(T0.plusSeconds(7200));
        repo.update(accepted);
        assertEquals(Optional.of(accepted), repo.find(request.id()));
    }

    @Test
    void one_enrolment_per_child_activity_and_year() {
        var repo = repository();
        long child = aPerson();
        long activity = anActivity();
        repo.add(Enrolment.request(child, activity, BookingFixtures.YEAR, T0));
        assertThrows(RuntimeException.class, () -> repo.add(Enrolment.createdByAgent(child, activity, BookingFixtures.YEAR, T0)));
    }

    @Test
    void children_list_their_enrolments_and_the_town_its_pending_requests_oldest_first() {
        var repo = repository();
        long lea = aPerson();
        long hugo = aPerson();
        long other = aPerson();
        long morning = anActivity();
        long canteen = anActivity();
        var late = repo.add(Enrolment.request(hugo, morning, BookingFixtures.YEAR, T0.plusSeconds(60)));
        var early = repo.add(Enrolment.request(lea, canteen, BookingFixtures.YEAR, T0));
        var agent = repo.add(Enrolment.createdByAgent(lea, morning, BookingFixtures.YEAR, T0));
        repo.add(Enrolment.request(other, morning, BookingFixtures.YEAR, T0));
        repo.add(Enrolment.request(lea, anActivity(), SchoolYear.startingIn(2027), T0));
        var mine = repo.ofChildren(Set.of(lea, hugo), BookingFixtures.YEAR);
        assertEquals(Set.of(late, early, agent), Set.copyOf(mine));
        assertEquals(3, mine.size());
        assertEquals(List.of(early.id(), late.id()), repo.pending().stream().filter(e -> e.childId() != other && e.schoolYear().equals(BookingFixtures.YEAR))
                .map(Enrolment::id).toList());
        assertEquals(List.of(), repo.ofChildren(Set.of(), BookingFixtures.YEAR));
        assertEquals(Set.of(late, agent), Set.copyOf(repo.ofActivity(morning).stream().filter(e -> e.childId() != other).toList()));
        assertEquals(3, repo.ofActivity(morning).size(), "Hugo's, Léa's and the other child's");
        assertEquals(List.of(early), repo.ofActivity(canteen));
    }
}
