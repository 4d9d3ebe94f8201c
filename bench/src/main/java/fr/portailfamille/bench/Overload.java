package fr.portailfamille.bench;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * P2: every parent at once (ten times P1's concurrency), each submitting once. A 503 is an expected answer here
 * (the admission limit); the bench then compares each answer with what the database holds.
 */
public class Overload extends Simulation {

    {
        var parents = scenario("Surcharge").exec(
                feed(Visitors.feeder(Shared.visitors))
                        .exec(addCookie(Cookie("pf_session", "#{session}").withDomain("localhost").withPath("/")))
                        .exec(addCookie(Cookie("pf_csrf", "#{csrf}").withDomain("localhost").withPath("/")))
                        .exec(http("soumettre en surcharge").post("/planning")
                                .formParam("_csrf", "#{csrf}")
                                .multivaluedFormParam("reserver", "#{items}")
                                .check(status().in(200, 503).saveAs("status"))
                                .check(header("Retry-After").optional().saveAs("retryAfter")))
                        .exec(session -> {
                            int index = session.getInt("index");
                            if (session.contains("status")) Shared.answers.put(index, session.getInt("status"));
                            Shared.retryAfter.put(index, session.contains("retryAfter"));
                            return session;
                        }));
        setUp(parents.injectOpen(atOnceUsers(Shared.visitors.size())))
                .protocols(http.baseUrl(Shared.baseUrl).disableFollowRedirect());
    }
}
