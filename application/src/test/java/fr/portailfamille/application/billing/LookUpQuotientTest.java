package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.InMemoryTransactions;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.households.Household;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family agrees, the CAF or the MSA answers, the quotient is kept; or nothing changes and the manual path is said. */
class LookUpQuotientTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();
    private final InMemoryQuotientRepository quotients = new InMemoryQuotientRepository();
    private final ScriptedQuotientLookup api = new ScriptedQuotientLookup();
    private final LookUpQuotient lookUp = new LookUpQuotient(java.util.Optional.of(api), quotients, households, new InMemoryTransactions(), CLOCK, 12);
    private final long dupont = households.add(Household.named("Famille Dupont")).id();
    private final Actor marie = new Actor(7, Role.PARENT);
    private final Actor agent = new Actor(2, Role.AGENT);

    {
        households.link(marie.accountId(), dupont);
    }

    private static LookUpQuotient.Form form(boolean consent) {
        return new LookUpQuotient.Form(consent, " Dupont ", "Marie  Anne", "f", "1988-03-14", "91064", "");
    }

    @Test
    void the_familys_quotient_arrives_with_its_source_and_reference_month_and_is_kept_for_a_year() {
        api.answer = new QuotientLookup.Answer.Found(640, QuotientSource.CAF, YearMonth.of(2026, 10));
        var stored = assertInstanceOf(LookUpQuotient.Result.Stored.class, lookUp.forMyHousehold(marie, form(true)));
        var expected = new FamilyQuotient(640, QuotientSource.CAF, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30));
        assertEquals(expected, stored.quotient());
        assertEquals(List.of(expected), quotients.history(dupont));
        assertEquals(new QuotientLookup.Allocataire("Dupont", List.of("Marie", "Anne"), "F", LocalDate.of(1988, 3, 14), "91064", null),
                api.asked.getFirst());
        assertEquals(Optional.of(expected), new ManualFamilyQuotients(quotients).validOn(dupont, LocalDate.of(2026, 12, 1)),
                "the next invoicing run reads it");
    }

    @Test
    void without_the_familys_agreement_nobody_is_asked() {
        var invalid = assertInstanceOf(LookUpQuotient.Result.Invalid.class, lookUp.forMyHousehold(marie, form(false)));
        assertTrue(invalid.errors().asMap().get("consent").startsWith("Cochez la case d'accord"));
        assertTrue(api.asked.isEmpty());
    }

    @Test
    void incomplete_identity_is_refused_field_by_field_before_asking() {
        var invalid = assertInstanceOf(LookUpQuotient.Result.Invalid.class,
                lookUp.forMyHousehold(marie, new LookUpQuotient.Form(true, "", " ", "X", "2030-01-01", "123", "")));
        assertEquals(List.of("birthName", "firstNames", "sex", "birthDate", "birthTownInsee").stream().sorted().toList(),
                invalid.errors().asMap().keySet().stream().sorted().toList());
        assertTrue(api.asked.isEmpty());
        assertInstanceOf(LookUpQuotient.Result.Manual.class,
                lookUp.forMyHousehold(marie, new LookUpQuotient.Form(true, "Benali", "Karim", "M", "02/11/1979", "", "99350")),
                "born abroad: the country's code, the date typed by hand");
    }

    @Test
    void not_found_or_a_failure_keeps_the_manual_path_and_stores_nothing() {
        assertEquals(new LookUpQuotient.Result.Manual(LookUpQuotient.NOT_FOUND), lookUp.forMyHousehold(marie, form(true)));
        api.answer = new QuotientLookup.Answer.Failed("timeout");
        assertEquals(new LookUpQuotient.Result.Manual(LookUpQuotient.FAILED), lookUp.forMyHousehold(marie, form(true)));
        assertTrue(LookUpQuotient.FAILED.contains("avis d'imposition"));
        assertEquals(List.of(), quotients.history(dupont));
    }

    @Test
    void an_agent_asks_for_any_household_a_parent_only_for_their_own() {
        api.answer = new QuotientLookup.Answer.Found(1300, QuotientSource.MSA, YearMonth.of(2026, 11));
        assertInstanceOf(LookUpQuotient.Result.Stored.class, lookUp.forHousehold(agent, dupont, form(true)));
        assertThrows(Actor.NotAllowed.class, () -> lookUp.forHousehold(marie, dupont, form(true)));
        assertThrows(Actor.NotAllowed.class, () -> lookUp.forHousehold(agent, 999, form(true)));
        assertThrows(Actor.NotAllowed.class, () -> lookUp.forMyHousehold(new Actor(8, Role.PARENT), form(true)), "a parent without household");
    }
}
