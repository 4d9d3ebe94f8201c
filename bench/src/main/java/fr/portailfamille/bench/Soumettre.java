package fr.portailfamille.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One parent's «Soumettre» as a browser does it: the POST of the PLANNING form (303 to the answer, or 503 «Forte
 * affluence»), then the answer page it is sent to. Gatling's own response times of both are added and kept in
 * {@link Shared#samples}.
 */
final class Soumettre {

    private Soumettre() {
    }

    static ChainBuilder once() {
        return feed(Visitors.feeder(Shared.visitors))
                .exec(flushCookieJar())
                .exec(addCookie(Cookie("pf_session", "#{session}").withDomain("localhost").withPath("/")))
                .exec(addCookie(Cookie("pf_csrf", "#{csrf}").withDomain("localhost").withPath("/")))
                .exec(http("soumettre").post("/planning")
                        .formParam("_csrf", "#{csrf}")
                        .multivaluedFormParam("reserver", "#{items}")
                        .check(status().saveAs("postStatus"), responseTimeInMillis().saveAs("postMillis"),
                                header("Retry-After").optional().saveAs("retryAfter"), status().in(303, 503)))
                .exec(doIf(session -> statusOf(session, "postStatus") == 303).then(
                        exec(http("réponse").get("/planning/reponse")
                                .check(status().saveAs("answerStatus"), responseTimeInMillis().saveAs("answerMillis"), status().is(200)))))
                .exec(session -> {
                    Shared.samples.add(sample(session));
                    // P2 compares each parent's answer with what the database holds
                    Shared.answers.put(session.getInt("index"), statusOf(session, "postStatus"));
                    Shared.retryAfter.put(session.getInt("index"), session.contains("retryAfter"));
                    return session.removeAll("postStatus", "postMillis", "answerStatus", "answerMillis", "retryAfter");
                });
    }

    static Samples.Sample sample(Session session) {
        int post = statusOf(session, "postStatus");
        long millis = millisOf(session, "postMillis");
        Samples.Outcome outcome;
        if (post == 503) {
            outcome = Samples.Outcome.SHED;
        } else if (post == 303 && statusOf(session, "answerStatus") == 200) {
            outcome = Samples.Outcome.SERVED;
            millis += millisOf(session, "answerMillis");
        } else {
            outcome = Samples.Outcome.ERROR;
        }
        return new Samples.Sample(Bench.CLOCK.millis(), millis, outcome);
    }

    static int statusOf(Session session, String key) {
        return session.contains(key) ? session.getInt(key) : 0;
    }

    static long millisOf(Session session, String key) {
        return session.contains(key) ? session.getLong(key) : 0;
    }
}
