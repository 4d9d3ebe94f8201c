package fr.portailfamille.bench;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** P5: signed-in parents reload their «Tableau de bord» again and again. */
public class Dashboard extends Simulation {

    {
        var parents = scenario("Tableau de bord").exec(
                feed(Visitors.feeder(Shared.visitors))
                        .exec(addCookie(Cookie("pf_session", "#{session}").withDomain("localhost").withPath("/")))
                        .repeat(Shared.repeat).on(
                                io.gatling.javaapi.core.CoreDsl.exec(http("tableau de bord").get("/")
                                        .check(status().is(200), substring("Tableau de bord")))));
        setUp(parents.injectOpen(atOnceUsers(Shared.visitors.size()))).protocols(http.baseUrl(Shared.baseUrl));
    }
}
