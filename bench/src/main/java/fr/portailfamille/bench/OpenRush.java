package fr.portailfamille.bench;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * P1, open model: parents arrive at {@link Shared#rate} a second for {@link Shared#duration}, whether the ones before
 * have their answer or not, each pressing «Soumettre» once. What a rush looks like from the portal's side.
 */
public class OpenRush extends Simulation {

    {
        setUp(scenario("Arrivées à débit constant").exec(Soumettre.once())
                .injectOpen(constantUsersPerSec(Shared.rate).during(Shared.duration)))
                .protocols(http.baseUrl(Shared.baseUrl).disableFollowRedirect());
    }
}
