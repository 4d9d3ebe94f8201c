package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.TermsOfUse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link TermsRepository}: every adapter runs it (in-memory and jOOQ). */
public abstract class TermsRepositoryContract {

    protected abstract TermsRepository repository();

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void has_no_current_version_before_the_first_publication() {
        assertTrue(repository().current().isEmpty());
        assertTrue(repository().all().isEmpty());
    }

    @Test
    void the_highest_version_is_current_and_older_ones_stay_readable() {
        var repository = repository();
        var v1 = new TermsOfUse(1, "CGU", "Préambule – « accents » & <balises>", T0);
        var v2 = v1.next("CGU", "Préambule révisé", T0.plus(30, ChronoUnit.DAYS));
        repository.publish(v1);
        repository.publish(v2);
        assertEquals(v2, repository.current().orElseThrow());
        assertEquals(v1, repository.find(1).orElseThrow());
        assertEquals(2, repository.all().size());
        assertEquals(2, repository.all().getFirst().version());
    }

    @Test
    void a_published_version_cannot_be_replaced() {
        var repository = repository();
        repository.publish(new TermsOfUse(1, "CGU", "texte", T0));
        assertThrows(RuntimeException.class, () -> repository.publish(new TermsOfUse(1, "CGU", "autre texte", T0)));
        assertEquals("texte", repository.find(1).orElseThrow().body());
    }
}
