package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.apiparticulier.ApiParticulierQuotients;
import fr.portailfamille.apiparticulier.ApiParticulierSettings;
import fr.portailfamille.apiparticulier.ApiParticulierSimulator;
import fr.portailfamille.application.billing.port.QuotientLookup;
import fr.portailfamille.bootstrap.PortalConfig;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The quotient familial from API Particulier: in demo mode its simulator (on API_PARTICULIER_SIMULATOR_PORT, else a
 * free port); on a town's portal the real service when API_PARTICULIER_TOKEN is set, and the manual path alone otherwise.
 */
record QuotientService(Optional<QuotientLookup> lookup, int validityMonths, Optional<ApiParticulierSimulator> simulator) {

    static QuotientService of(PortalConfig config, Clock clock) {
        var simulator = config.demo() ? Optional.of(simulator(config, clock)) : Optional.<ApiParticulierSimulator>empty();
        // a demo asks its simulator (address and token); how long to wait and keep a quotient still come from the settings
        Function<String, Optional<String>> setting = key -> simulator.flatMap(s -> Optional.ofNullable(s.settings().get(key)))
                .or(() -> config.settings().get(key));
        if (!ApiParticulierSettings.configured(setting)) return new QuotientService(Optional.empty(), 12, simulator);
        var settings = ApiParticulierSettings.fromEnvironment(setting);
        return new QuotientService(Optional.of(new ApiParticulierQuotients(settings)), settings.validityMonths(), simulator);
    }

    private static ApiParticulierSimulator simulator(PortalConfig config, Clock clock) {
        int port = config.settings().get("API_PARTICULIER_SIMULATOR_PORT").map(Integer::parseInt).orElse(0);
        return new ApiParticulierSimulator(port, clock).start();
    }

    void stop() {
        simulator.ifPresent(ApiParticulierSimulator::stop);
    }
}
