package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.billing.port.QuotientLookup.Allocataire;
import fr.portailfamille.application.billing.port.QuotientLookup.Answer;
import fr.portailfamille.domain.billing.QuotientSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Contract of {@link QuotientLookup}: the scripted one of the use-case tests and API Particulier against its simulator.
 * A known allocataire gives the quotient with its regime and month, an unknown one is not found, and a service that does
 * not answer is a failure — never a quotient of 0 nor «not found», which would send the family to the manual path.
 */
public abstract class QuotientLookupContract {

    protected abstract QuotientLookup lookup();

    /** The CAF or the MSA knows the allocataire of this birth name, with this answer. */
    protected abstract void knows(String birthName, Answer.Found found);

    /** The service stops answering. */
    protected abstract void goesDown();

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    static Allocataire named(String birthName) {
        return new Allocataire(birthName, List.of("Marie", "Anne"), "F", LocalDate.of(1988, 3, 14), "91064", null);
    }

    @Test
    void a_known_allocataire_gives_the_quotient_with_its_regime_and_reference_month() {
        knows("Lefebvre", new Answer.Found(712, QuotientSource.CAF, OCTOBER));
        knows("Garnier", new Answer.Found(1450, QuotientSource.MSA, OCTOBER.minusMonths(1)));
        assertEquals(new Answer.Found(712, QuotientSource.CAF, OCTOBER), lookup().lookup(named("Lefebvre")));
        assertEquals(new Answer.Found(1450, QuotientSource.MSA, OCTOBER.minusMonths(1)), lookup().lookup(named("Garnier")));
    }

    @Test
    void an_unknown_allocataire_is_not_found() {
        knows("Lefebvre", new Answer.Found(712, QuotientSource.CAF, OCTOBER));
        assertEquals(new Answer.NotFound(), lookup().lookup(named("Personne-Inconnue")));
    }

    @Test
    void a_service_down_is_a_failure_not_a_quotient_nor_not_found() {
        knows("Lefebvre", new Answer.Found(712, QuotientSource.CAF, OCTOBER));
        goesDown();
        assertInstanceOf(Answer.Failed.class, lookup().lookup(named("Lefebvre")));
    }
}
