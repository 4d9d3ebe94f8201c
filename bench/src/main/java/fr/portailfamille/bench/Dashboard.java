package fr.portailfamille.bench;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** P5: signed-in parents reload their «Tableau de bord», each at {@link Shared#pace} (none: again and again). */
public class Dashboard extends Simulation {

    private static io.gatling.javaapi.core.ChainBuilder reload() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("tableau de bord").get("/").check(status().saveAs("status"),
                        responseTimeInMillis().saveAs("millis"), status().is(200), substring("Tableau de bord").count().saveAs("found")))
                .exec(session -> {
                    boolean ok = Soumettre.statusOf(session, "status") == 200 && session.contains("found") && session.getInt("found") > 0;
                    Shared.samples.add(new Samples.Sample(Bench.CLOCK.millis(), Soumettre.millisOf(session, "millis"),
                            ok ? Samples.Outcome.SERVED : Samples.Outcome.ERROR));
                    return session.removeAll("status", "millis", "found");
                });
    }

    {
        var parents = scenario("Tableau de bord").exec(
                feed(Visitors.feeder(Shared.visitors))
                        .exec(addCookie(Cookie("pf_session", "#{session}").withDomain("localhost").withPath("/")))
                        .repeat(Shared.repeat).on(Shared.pace == null
                                ? reload()
                                : io.gatling.javaapi.core.CoreDsl.pace(Shared.pace).exec(reload())));
        // paced parents arrive spread over one pace, as parents do, not all at the same millisecond
        setUp(parents.injectOpen(Shared.pace == null ? atOnceUsers(Shared.visitors.size())
                : io.gatling.javaapi.core.CoreDsl.rampUsers(Shared.visitors.size()).during(Shared.pace))).protocols(http.baseUrl(Shared.baseUrl));
    }
}
