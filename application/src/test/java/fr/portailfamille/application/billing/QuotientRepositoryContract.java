package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.QuotientSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link QuotientRepository}: in-memory and jOOQ. */
public abstract class QuotientRepositoryContract {

    protected abstract QuotientRepository repository();

    /** A stored household's id. */
    protected abstract long newHousehold();

    /** A stored agent account's id. */
    protected abstract long newAgent();

    @Test
    void the_history_of_each_household_is_kept_oldest_first() {
        long dupont = newHousehold();
        long martin = newHousehold();
        long agent = newAgent();
        var first = new FamilyQuotient(850, QuotientSource.CAF, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        var second = new FamilyQuotient(620, QuotientSource.AVIS_IMPOSITION, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
        var other = new FamilyQuotient(1300, QuotientSource.MSA, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        repository().add(dupont, first, agent, Instant.parse("2026-01-05T10:00:00Z"));
        repository().add(martin, other, agent, Instant.parse("2026-01-06T10:00:00Z"));
        repository().add(dupont, second, agent, Instant.parse("2026-09-05T10:00:00Z"));
        assertEquals(List.of(first, second), repository().history(dupont));
        assertEquals(Map.of(dupont, List.of(first, second), martin, List.of(other)), repository().histories(Set.of(dupont, martin, newHousehold())));
        assertEquals(List.of(), repository().history(newHousehold()));
    }
}
