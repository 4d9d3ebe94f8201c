package fr.portailfamille.apiparticulier;

import fr.portailfamille.application.billing.port.FamilyQuotientProvider;
import fr.portailfamille.application.billing.FamilyQuotientProviderContract;
import fr.portailfamille.application.billing.InMemoryQuotientRepository;
import fr.portailfamille.application.billing.LookUpQuotient;
import fr.portailfamille.application.billing.ManualFamilyQuotients;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.InMemoryTransactions;
import fr.portailfamille.application.households.InMemoryHouseholdRepository;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.households.Household;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * {@link FamilyQuotientProviderContract} with the quotients of CAF and MSA read from API Particulier (its simulator,
 * through the real adapter and {@link LookUpQuotient}): the runs read what was fetched as they read what agents typed.
 * A quotient from an avis d'imposition still comes the manual way, as it would in a town.
 */
class ApiParticulierFamilyQuotientsTest extends FamilyQuotientProviderContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    private final ApiParticulierSimulator simulator = new ApiParticulierSimulator(0, CLOCK).start();
    private final InMemoryQuotientRepository quotients = new InMemoryQuotientRepository();
    private final InMemoryHouseholdRepository households = new InMemoryHouseholdRepository();
    private final LookUpQuotient lookUp = new LookUpQuotient(Optional.of(new ApiParticulierQuotients(ApiParticulierSettings.fromEnvironment(
            key -> Optional.ofNullable(simulator.settings().get(key))))), quotients, households, new InMemoryTransactions(), CLOCK, 12);
    private final Actor agent = new Actor(1, Role.AGENT);

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Override
    protected FamilyQuotientProvider provider() {
        return new ManualFamilyQuotients(quotients);
    }

    @Override
    protected long newHousehold() {
        return households.add(Household.named("Famille " + households.search("", 1000).size())).id();
    }

    @Override
    protected void given(long householdId, FamilyQuotient quotient) {
        if (quotient.source() == QuotientSource.AVIS_IMPOSITION) {
            quotients.add(householdId, quotient, agent.accountId(), CLOCK.instant());
            return;
        }
        // the contract's CAF and MSA quotients run a calendar year: a reference month of January, valid twelve months
        assertEquals(quotient.validFrom().plusMonths(12).minusDays(1), quotient.validTo());
        String allocataire = "FOYER" + householdId;
        simulator.knows(allocataire, new ApiParticulierSimulator.Known(quotient.euros(), quotient.source() == QuotientSource.CAF ? "CNAF" : "MSA",
                YearMonth.from(quotient.validFrom())));
        var stored = lookUp.forHousehold(agent, householdId, new LookUpQuotient.Form(true, allocataire, "Camille", "F", "1990-05-04", "91064", ""));
        assertEquals(quotient, assertInstanceOf(LookUpQuotient.Result.Stored.class, stored).quotient());
    }
}
