package fr.portailfamille.bench;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * P2: every parent at once (ten times P1's 500), each submitting once. A 503 is an expected answer here (the
 * admission limit); the bench then compares each answer with what the database holds.
 */
public class Overload extends Simulation {

    {
        setUp(scenario("Surcharge").exec(Soumettre.once()).injectOpen(atOnceUsers(Shared.visitors.size())))
                .protocols(http.baseUrl(Shared.baseUrl).disableFollowRedirect());
    }
}
