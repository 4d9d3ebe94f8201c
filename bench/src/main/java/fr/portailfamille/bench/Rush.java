package fr.portailfamille.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.util.Iterator;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * P1: {@link Shared#concurrency} parents at once, each already signed in, press «Soumettre» on the PLANNING with the
 * same days ticked; as soon as one gets its answer the next parent takes its place (closed model).
 */
public class Rush extends Simulation {

    {
        Iterator<Map<String, Object>> feeder = Visitors.feeder(Shared.visitors);
        // each pass takes one record: the users stop together when the records are used up
        var remaining = new java.util.concurrent.atomic.AtomicInteger(Shared.visitors.size());
        ScenarioBuilder parents = scenario("Ouverture des réservations").asLongAs(session -> remaining.getAndDecrement() > 0).on(
                feed(feeder)
                        .exec(flushCookieJar())
                        .exec(addCookie(Cookie("pf_session", "#{session}").withDomain("localhost").withPath("/")))
                        .exec(addCookie(Cookie("pf_csrf", "#{csrf}").withDomain("localhost").withPath("/")))
                        .exec(http("soumettre").post("/planning")
                                .formParam("_csrf", "#{csrf}")
                                .multivaluedFormParam("reserver", "#{items}")
                                .check(status().is(200))));
        setUp(parents.injectOpen(atOnceUsers(Shared.concurrency))).protocols((Shared.baseUrls.isEmpty() ? http.baseUrl(Shared.baseUrl) : http.baseUrls(Shared.baseUrls))
                .disableFollowRedirect());
    }
}
