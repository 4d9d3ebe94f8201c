package fr.portailfamille.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.Iterator;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** Parents sign in through «Se connecter» before the opening (one Argon2id verification each). */
public class Logins extends Simulation {

    /** Any CSRF value of 32+ characters works: the form's field must only match the visitor's own cookie. */
    static final String CSRF = "banc-d-essai-csrf-0123456789abcdefghijkl";

    {
        Iterator<Map<String, Object>> feeder = Shared.logins.stream().<Map<String, Object>>map(id -> Map.of("login", id)).iterator();
        // each pass takes one record: the users stop together when the records are used up
        var remaining = new java.util.concurrent.atomic.AtomicInteger(Shared.logins.size());
        HttpProtocolBuilder protocol = http.baseUrl(Shared.baseUrl).disableFollowRedirect();
        ScenarioBuilder parents = scenario("Connexion").asLongAs(session -> remaining.getAndDecrement() > 0).on(
                feed(feeder)
                        .exec(flushCookieJar())
                        .exec(addCookie(Cookie("pf_csrf", CSRF).withDomain("localhost").withPath("/")))
                        .exec(http("connexion").post("/connexion")
                                .formParam("identifier", "#{login}").formParam("password", Seed.PASSWORD)
                                .formParam("_csrf", CSRF).formParam("retour", "/")
                                .check(status().saveAs("status"), responseTimeInMillis().saveAs("millis"), status().is(303)))
                        .exec(getCookieValue(CookieKey("pf_session").withDomain("localhost")))
                        .exec(getCookieValue(CookieKey("pf_csrf").withDomain("localhost")))
                        .exec(session -> {
                            Shared.signedIn.put(session.getInt("login"), new String[]{session.getString("pf_session"), session.getString("pf_csrf")});
                            Shared.samples.add(new Samples.Sample(Bench.CLOCK.millis(), Soumettre.millisOf(session, "millis"),
                                    Soumettre.statusOf(session, "status") == 303 ? Samples.Outcome.SERVED : Samples.Outcome.ERROR));
                            return session.removeAll("status", "millis");
                        }));
        setUp(parents.injectOpen(atOnceUsers(Shared.concurrency))).protocols(protocol);
    }
}
