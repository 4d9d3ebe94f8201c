package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.accounts.port.IdentityProvider;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.franceconnect.FranceConnectClient;
import fr.portailfamille.franceconnect.FranceConnectSettings;
import fr.portailfamille.franceconnect.FranceConnectSimulator;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * FranceConnect: in demo mode its simulator (on FRANCECONNECT_SIMULATOR_PORT, else a free port), so a newcomer can
 * link an account and sign in with a fictional identity; on a town's portal the real service when
 * FRANCECONNECT_CLIENT_ID is set, and no FranceConnect button otherwise.
 */
record FranceConnectService(Optional<IdentityProvider> provider, String origin, Optional<FranceConnectSimulator> simulator) {

    static FranceConnectService of(PortalConfig config, Clock clock, String publicBaseUrl) {
        var simulator = config.demo() ? Optional.of(simulator(config, clock)) : Optional.<FranceConnectSimulator>empty();
        Function<String, Optional<String>> setting = simulator.<Function<String, Optional<String>>>map(s -> key -> Optional.ofNullable(s.settings().get(key)))
                .orElse(config.settings()::get);
        if (!FranceConnectSettings.configured(setting)) return new FranceConnectService(Optional.empty(), "", simulator);
        var settings = FranceConnectSettings.fromEnvironment(setting);
        String origin = simulator.map(FranceConnectSimulator::origin)
                .orElseGet(() -> settings.discovery().getScheme() + "://" + settings.discovery().getRawAuthority());
        return new FranceConnectService(Optional.of(new FranceConnectClient(settings, () -> publicBaseUrl, clock)), origin, simulator);
    }

    private static FranceConnectSimulator simulator(PortalConfig config, Clock clock) {
        int port = config.settings().get("FRANCECONNECT_SIMULATOR_PORT").map(Integer::parseInt).orElse(0);
        return new FranceConnectSimulator(port, clock).start();
    }

    void stop() {
        simulator.ifPresent(FranceConnectSimulator::stop);
    }
}
