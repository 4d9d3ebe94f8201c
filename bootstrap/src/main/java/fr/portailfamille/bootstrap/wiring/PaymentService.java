package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.payment.port.PaymentGateway;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.bootstrap.DemoBilling;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.payment.payfip.PayfipGateway;
import fr.portailfamille.payment.payfip.PayfipSettings;
import fr.portailfamille.payment.payfip.PayfipSimulator;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * The payment service: in demo mode the PayFiP simulator (on PAYFIP_SIMULATOR_PORT, else a free port) knowing the
 * demo régie 012345, so a newcomer can pay a demo invoice end to end; otherwise PayFiP from the environment.
 */
record PaymentService(PaymentGateway gateway, URI page, Optional<PayfipSimulator> simulator) {

    static PaymentService of(PortalConfig config, Clock clock) {
        var simulator = config.demo() ? Optional.of(simulator(config, clock)) : Optional.<PayfipSimulator>empty();
        var settings = simulator.map(s -> s.settings(PaymentMode.TEST)).orElseGet(() -> PayfipSettings.fromEnvironment(
                config.settingsOf("PAYFIP_ENDPOINT", "PAYFIP_PAGE_URL", "PAYFIP_MODE", "PAYFIP_TIMEOUT_SECONDS")));
        return new PaymentService(new PayfipGateway(settings), settings.paymentPage(), simulator);
    }

    private static PayfipSimulator simulator(PortalConfig config, Clock clock) {
        int port = config.settings().get("PAYFIP_SIMULATOR_PORT").map(Integer::parseInt).orElse(0);
        return new PayfipSimulator(port, clock).addClient(DemoBilling.CLIENT_NUMBER, "COMMUNE DE BEAULIEU-SUR-ORGE", "REGIE PERISCOLAIRE", "")
                .start();
    }

    /** Where the payment page lives: the one outside origin the pages' forms may post to. */
    String origin() {
        return page.getScheme() + "://" + page.getRawAuthority();
    }

    void stop() {
        simulator.ifPresent(PayfipSimulator::stop);
    }
}
