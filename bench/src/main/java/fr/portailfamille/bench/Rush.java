package fr.portailfamille.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * P1, closed model: {@link Shared#concurrency} parents at once, each already signed in, press «Soumettre» on the
 * PLANNING; as soon as one gets its answer page the next parent takes its place.
 */
public class Rush extends Simulation {

    {
        // each pass takes one record: the users stop together when the records are used up
        var remaining = new java.util.concurrent.atomic.AtomicInteger(Shared.visitors.size());
        ScenarioBuilder parents = scenario("Ouverture des réservations").asLongAs(session -> remaining.getAndDecrement() > 0).on(Soumettre.once());
        setUp(parents.injectOpen(atOnceUsers(Shared.concurrency)))
                .protocols((Shared.baseUrls.isEmpty() ? http.baseUrl(Shared.baseUrl) : http.baseUrls(Shared.baseUrls)).disableFollowRedirect());
    }
}
