package fr.portailfamille.web.accounts;

import fr.portailfamille.application.accounts.FranceConnectSignIn;
import fr.portailfamille.application.accounts.Sessions;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Formats;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * FranceConnect on the portal: the trip from the sign-in page and back, «Mon compte › FranceConnect» to link (with the
 * password) or unlink, and the page FranceConnect sends the browser to after its own sign-out.
 *
 * <p>The state goes with the browser in a short-lived cookie (HttpOnly, SameSite=Lax: FranceConnect's redirect back is
 * a top-level navigation, which Lax lets through) and with the server as a hash: a callback address sent to someone
 * else by an attacker does not match that someone's cookie (no sign-in into the attacker's account).
 */
public final class FranceConnectPages implements PortalWeb.Area {

    static final String STATE_COOKIE = "pf_fc_state";
    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb MY_ACCOUNT = new Breadcrumb("Mon compte", "/mon-compte");
    private static final Breadcrumb PASSWORD_SIGN_IN = new Breadcrumb("Se connecter avec mon identifiant et mon mot de passe", "/connexion");

    private final FranceConnectSignIn franceConnect;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final boolean secureCookies;
    /** FranceConnect's origin, which the link form leads to through a redirect (CSP's form-action covers redirects). */
    private final String providerOrigin;

    public FranceConnectPages(FranceConnectSignIn franceConnect, Sessions sessions, SessionCookie cookie, boolean secureCookies, String providerOrigin) {
        this.franceConnect = franceConnect;
        this.sessions = sessions;
        this.cookie = cookie;
        this.secureCookies = secureCookies;
        this.providerOrigin = providerOrigin;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/connexion/franceconnect", Access.PUBLIC, ex -> go(pages, ex, franceConnect.startSignIn(), null));
        table.get("/connexion/franceconnect/retour", Access.PUBLIC, ex -> callback(pages, ex));
        table.get("/deconnexion/franceconnect", Access.PUBLIC, ex -> message(pages, ex, Status.OK_200, "Déconnexion", "success",
                "Vous êtes déconnecté du portail et de FranceConnect.", new Breadcrumb("Revenir à l'accueil", "/")));

        table.get("/mon-compte/franceconnect", Access.PARENT, ex -> accountPage(pages, ex, Status.OK_200, null));
        table.post("/mon-compte/franceconnect", Access.PARENT, ex ->
                go(pages, ex, franceConnect.startLink(actor(ex.visitor()), ex.form().first("password").orElse("")), "account"));
        table.post("/mon-compte/franceconnect/delier", Access.PARENT, ex -> {
            franceConnect.unlink(actor(ex.visitor()));
            pages.redirectWithNotice(ex, "/mon-compte/franceconnect",
                    "Votre compte n'est plus lié à FranceConnect : connectez-vous désormais avec votre identifiant et votre mot de passe.");
        });
    }

    /** Off to FranceConnect with a fresh state in the cookie, or a French page saying why not. */
    private void go(Pages pages, Exchange ex, FranceConnectSignIn.Started started, String from) {
        switch (started) {
            case FranceConnectSignIn.Started.Redirect redirect -> {
                ex.response().headers().addCookie(SetCookie.builder(STATE_COOKIE, redirect.state()).path("/connexion/franceconnect")
                        .httpOnly(true).secure(secureCookies).sameSite(SetCookie.SameSite.LAX).maxAge(Duration.ofMinutes(10)).build());
                Pages.redirect(ex.response(), redirect.page().toString());
            }
            case FranceConnectSignIn.Started.Refused refused when from != null -> accountPage(pages, ex,
                    refused.message().equals(FranceConnectSignIn.UNAVAILABLE) ? Status.SERVICE_UNAVAILABLE_503 : Pages.INVALID_FORM, refused.message());
            case FranceConnectSignIn.Started.Refused refused ->
                    message(pages, ex, Status.SERVICE_UNAVAILABLE_503, "FranceConnect indisponible", "error", refused.message(), PASSWORD_SIGN_IN);
        }
    }

    private void callback(Pages pages, Exchange ex) {
        String browserState = ex.request().headers().cookies().first(STATE_COOKIE).orElse(null);
        ex.response().headers().addCookie(SetCookie.builder(STATE_COOKIE, "").path("/connexion/franceconnect").httpOnly(true)
                .secure(secureCookies).sameSite(SetCookie.SameSite.LAX).maxAge(Duration.ZERO).build());
        var session = SessionCookie.rawId(ex.request()).orElse(null);
        switch (franceConnect.finish(blankToNull(ex.query("state")), browserState, blankToNull(ex.query("code")), blankToNull(ex.query("error")),
                session, ex.clientAddress())) {
            case FranceConnectSignIn.Finished.SignedIn signedIn -> {
                if (session != null) sessions.end(session, ex.clientAddress());
                cookie.set(ex.response(), signedIn.sessionId());
                pages.csrf().renew(ex.response());
                Pages.redirect(ex.response(), "/");
            }
            case FranceConnectSignIn.Finished.Linked linked -> pages.redirectWithNotice(ex, "/mon-compte/franceconnect",
                    "Votre compte est maintenant lié à FranceConnect : la prochaine fois, « S'identifier avec FranceConnect » suffira.");
            case FranceConnectSignIn.Finished.NotLinked notLinked ->
                    message(pages, ex, Status.FORBIDDEN_403, "Identité FranceConnect non liée", "error", notLinked.message(), PASSWORD_SIGN_IN);
            case FranceConnectSignIn.Finished.Refused refused ->
                    message(pages, ex, Status.BAD_REQUEST_400, "Connexion refusée", "error", refused.message(), PASSWORD_SIGN_IN);
            case FranceConnectSignIn.Finished.Unavailable unavailable ->
                    message(pages, ex, Status.SERVICE_UNAVAILABLE_503, "FranceConnect indisponible", "error", unavailable.message(), PASSWORD_SIGN_IN);
        }
    }

    private void accountPage(Pages pages, Exchange ex, Status status, String error) {
        var model = new HashMap<String, Object>();
        franceConnect.linkedSince(actor(ex.visitor())).ifPresent(since -> model.put("linkedSince", Formats.FRENCH.date(since)));
        if (error != null) model.put("error", error);
        // the link form is answered by a redirect to FranceConnect
        ex.response().header(HeaderNames.create("Content-Security-Policy"), "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' " + providerOrigin);
        pages.render(ex, status, "accounts/franceconnect.ftlh", "FranceConnect", List.of(HOME, MY_ACCOUNT, Breadcrumb.here("FranceConnect")), model);
    }

    private static void message(Pages pages, Exchange ex, Status status, String title, String kind, String message, Breadcrumb next) {
        pages.render(ex, status, "info/message.ftlh", title, List.of(HOME, Breadcrumb.here(title)), Map.of("kind", kind, "message", message, "next", next));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
