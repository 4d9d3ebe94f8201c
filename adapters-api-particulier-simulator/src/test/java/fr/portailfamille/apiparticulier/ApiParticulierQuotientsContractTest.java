package fr.portailfamille.apiparticulier;

import fr.portailfamille.application.billing.port.QuotientLookup;
import fr.portailfamille.application.billing.QuotientLookupContract;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The quotient lookup contract on the real API Particulier adapter, asking the simulator over HTTP. */
class ApiParticulierQuotientsContractTest extends QuotientLookupContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    private final ApiParticulierSimulator simulator = new ApiParticulierSimulator(0, CLOCK).start();
    private final ApiParticulierQuotients adapter = new ApiParticulierQuotients(ApiParticulierSettings.fromEnvironment(
            key -> Optional.ofNullable(simulator.settings().get(key))));

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Override
    protected QuotientLookup lookup() {
        return adapter;
    }

    @Override
    protected void knows(String birthName, QuotientLookup.Answer.Found found) {
        simulator.knows(birthName, new ApiParticulierSimulator.Known(found.euros(), found.source().name(), found.referenceMonth()));
    }

    @Override
    protected void goesDown() {
        simulator.down(true);
    }
}
