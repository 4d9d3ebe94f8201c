package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.QuotientSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contract of {@link FamilyQuotientProvider}: the manual provider over the in-memory and the jOOQ quotients. */
public abstract class FamilyQuotientProviderContract {

    protected abstract FamilyQuotientProvider provider();

    /** A stored household's id. */
    protected abstract long newHousehold();

    /** Makes the source know this quotient of the household (for the manual provider: an agent entered it). */
    protected abstract void given(long householdId, FamilyQuotient quotient);

    private static final FamilyQuotient CAF_2026 = new FamilyQuotient(850, QuotientSource.CAF, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final FamilyQuotient TAX_FROM_SEPTEMBER = new FamilyQuotient(620, QuotientSource.AVIS_IMPOSITION, LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 8, 31));

    @Test
    void the_quotient_valid_on_a_day_is_the_latest_started_one_and_none_outside_any_validity() {
        long dupont = newHousehold();
        given(dupont, CAF_2026);
        given(dupont, TAX_FROM_SEPTEMBER);
        assertEquals(Optional.of(CAF_2026), provider().validOn(dupont, LocalDate.of(2026, 8, 31)));
        assertEquals(Optional.of(TAX_FROM_SEPTEMBER), provider().validOn(dupont, LocalDate.of(2026, 9, 1)), "the newer attestation wins");
        assertEquals(Optional.of(TAX_FROM_SEPTEMBER), provider().validOn(dupont, LocalDate.of(2027, 8, 31)));
        assertEquals(Optional.empty(), provider().validOn(dupont, LocalDate.of(2027, 9, 1)), "expired: the maximum tariff applies");
        assertEquals(Optional.empty(), provider().validOn(dupont, LocalDate.of(2025, 12, 31)));
        assertEquals(Optional.empty(), provider().validOn(newHousehold(), LocalDate.of(2026, 10, 1)), "never set");
    }

    @Test
    void a_run_reads_every_household_at_once() {
        long dupont = newHousehold();
        long martin = newHousehold();
        long none = newHousehold();
        var msa = new FamilyQuotient(1300, QuotientSource.MSA, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        given(dupont, CAF_2026);
        given(martin, msa);
        given(dupont, TAX_FROM_SEPTEMBER);
        assertEquals(Map.of(dupont, List.of(CAF_2026, TAX_FROM_SEPTEMBER), martin, List.of(msa)), provider().histories(Set.of(dupont, martin, none)));
        assertEquals(Map.of(), provider().histories(Set.of()));
    }
}
