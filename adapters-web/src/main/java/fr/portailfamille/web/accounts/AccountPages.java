package fr.portailfamille.web.accounts;

import fr.portailfamille.application.accounts.ActivateAccount;
import fr.portailfamille.application.accounts.FranceConnectSignIn;
import fr.portailfamille.application.accounts.MyAccount;
import fr.portailfamille.application.accounts.PasswordReset;
import fr.portailfamille.application.accounts.Sessions;
import fr.portailfamille.application.accounts.SignIn;
import fr.portailfamille.application.accounts.TermsOfUseUseCases;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** The parent's account journeys: first connection, sign-in and out, forgotten password, CGU, «Mon compte». */
public final class AccountPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");

    private final SignIn signIn;
    private final Sessions sessions;
    private final ActivateAccount activation;
    private final PasswordReset passwordReset;
    private final TermsOfUseUseCases terms;
    private final MyAccount myAccount;
    private final SessionCookie cookie;
    /** Present when the portal offers FranceConnect: its button on the sign-in page, its session ended at sign-out. */
    private final Optional<FranceConnectSignIn> franceConnect;

    public AccountPages(SignIn signIn, Sessions sessions, ActivateAccount activation, PasswordReset passwordReset,
                        TermsOfUseUseCases terms, MyAccount myAccount, SessionCookie cookie) {
        this(signIn, sessions, activation, passwordReset, terms, myAccount, cookie, Optional.empty());
    }

    public AccountPages(SignIn signIn, Sessions sessions, ActivateAccount activation, PasswordReset passwordReset,
                        TermsOfUseUseCases terms, MyAccount myAccount, SessionCookie cookie, Optional<FranceConnectSignIn> franceConnect) {
        this.franceConnect = franceConnect;
        this.signIn = signIn;
        this.sessions = sessions;
        this.activation = activation;
        this.passwordReset = passwordReset;
        this.terms = terms;
        this.myAccount = myAccount;
        this.cookie = cookie;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/connexion", Access.PUBLIC, ex -> login(pages, ex, Status.OK_200, null, ""));
        table.post("/connexion", Access.PUBLIC, ex -> {
            switch (signIn.signIn(ex.field("identifier"), ex.form().first("password").orElse(""), ex.clientAddress())) {
                case SignIn.Result.SignedIn signedIn -> {
                    SessionCookie.rawId(ex.request()).ifPresent(old -> sessions.end(old, ex.clientAddress()));
                    cookie.set(ex.response(), signedIn.sessionId());
                    pages.csrf().renew(ex.response());
                    Pages.redirect(ex.response(), safeReturn(ex.field("retour")));
                }
                case SignIn.Result.Refused refused -> login(pages, ex, Status.UNAUTHORIZED_401, refused.message(), ex.field("identifier"));
            }
        });
        table.post("/deconnexion", Access.PUBLIC, ex -> {
            var raw = SessionCookie.rawId(ex.request());
            // asked before the session ends (its ID token goes with it): FranceConnect's own sign-out page, if it signed the parent in
            var franceConnectSignOut = raw.flatMap(id -> franceConnect.flatMap(fc -> fc.signOut(id)));
            raw.ifPresent(id -> sessions.end(id, ex.clientAddress()));
            cookie.clear(ex.response());
            Pages.redirect(ex.response(), franceConnectSignOut.map(java.net.URI::toString).orElse("/"));
        });

        table.get("/mot-de-passe-oublie", Access.PUBLIC, ex -> pages.render(ex, "accounts/forgot.ftlh", "Mot de passe oublié",
                List.of(HOME, Breadcrumb.here("Mot de passe oublié")), RouteTable.none()));
        table.post("/mot-de-passe-oublie", Access.PUBLIC, ex -> message(pages, ex, "Mot de passe oublié", "info",
                passwordReset.request(ex.field("identifier"), ex.clientAddress()), new Breadcrumb("Se connecter", "/connexion")));
        table.get("/mot-de-passe/nouveau/{token}", Access.PUBLIC, ex -> {
            var refusal = passwordReset.refusal(ex.pathParam("token"), ex.clientAddress());
            if (refusal.isPresent()) linkRefused(pages, ex, refusal.get());
            else newPassword(pages, ex, Status.OK_200, Map.of());
        });
        table.post("/mot-de-passe/nouveau/{token}", Access.PUBLIC, ex -> {
            switch (passwordReset.reset(ex.pathParam("token"), ex.form().first("password").orElse(""),
                    ex.form().first("confirmation").orElse(""), ex.clientAddress())) {
                case PasswordReset.Result.Done done -> message(pages, ex, "Nouveau mot de passe", "success",
                        "Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.", new Breadcrumb("Se connecter", "/connexion"));
                case PasswordReset.Result.Invalid invalid -> newPassword(pages, ex, Pages.INVALID_FORM, invalid.errors().asMap());
                case PasswordReset.Result.Refused refused -> linkRefused(pages, ex, refused.message());
            }
        });

        table.get("/activation/{token}", Access.PUBLIC, ex -> {
            switch (activation.open(ex.pathParam("token"), ex.clientAddress())) {
                case ActivateAccount.Opened.Ready ready -> activationForm(pages, ex, Status.OK_200, ready, Map.of());
                case ActivateAccount.Opened.Refused refused -> linkRefused(pages, ex, refused.message());
            }
        });
        table.post("/activation/{token}", Access.PUBLIC, ex -> {
            String token = ex.pathParam("token");
            switch (activation.activate(token, "oui".equals(ex.field("acceptTerms")), ex.form().first("password").orElse(""),
                    ex.form().first("confirmation").orElse(""), ex.clientAddress())) {
                case ActivateAccount.Result.Activated activated -> {
                    cookie.set(ex.response(), activated.sessionId());
                    pages.csrf().renew(ex.response());
                    Pages.redirect(ex.response(), "/");
                }
                case ActivateAccount.Result.Invalid invalid -> {
                    if (activation.open(token, ex.clientAddress()) instanceof ActivateAccount.Opened.Ready ready) {
                        activationForm(pages, ex, Pages.INVALID_FORM, ready, invalid.errors().asMap());
                    } else {
                        linkRefused(pages, ex, "Ce lien n'est plus valable.");
                    }
                }
                case ActivateAccount.Result.Refused refused -> linkRefused(pages, ex, refused.message());
            }
        });

        table.get("/cgu", Access.SIGNED_IN, ex -> termsPage(pages, ex, Status.OK_200, null));
        table.post("/cgu", Access.SIGNED_IN, ex -> {
            int version = parseInt(ex.field("version"));
            if ("oui".equals(ex.field("acceptTerms")) && terms.accept(actor(ex.visitor()), version, ex.clientAddress())) {
                Pages.redirect(ex.response(), safeReturn(ex.field("retour")));
            } else {
                termsPage(pages, ex, Pages.INVALID_FORM,
                        "Pour continuer à utiliser le portail, cochez la case pour accepter les conditions générales d'utilisation.");
            }
        });

        table.get("/mon-compte", Access.SIGNED_IN, ex -> myAccountPage(pages, ex, Status.OK_200, Map.of()));
        table.post("/mon-compte/mot-de-passe", Access.SIGNED_IN, ex -> {
            FieldErrors errors = myAccount.changePassword(actor(ex.visitor()), ex.form().first("current").orElse(""),
                    ex.form().first("password").orElse(""), ex.form().first("confirmation").orElse(""), ex.clientAddress());
            if (errors.isEmpty()) pages.redirectWithNotice(ex, "/mon-compte", "Votre mot de passe a été modifié.");
            else myAccountPage(pages, ex, Pages.INVALID_FORM, Map.of("passwordErrors", errors.asMap()));
        });
        table.post("/mon-compte/courriel", Access.SIGNED_IN, ex -> {
            FieldErrors errors = myAccount.requestEmailChange(actor(ex.visitor()), ex.field("email"), ex.clientAddress());
            if (errors.isEmpty()) pages.redirectWithNotice(ex, "/mon-compte", MyAccount.EMAIL_LINK_SENT);
            else myAccountPage(pages, ex, Pages.INVALID_FORM, Map.of("emailErrors", errors.asMap(), "newEmail", ex.field("email")));
        });
        table.post("/mon-compte/ergonomie", Access.SIGNED_IN, ex -> {
            myAccount.setMobileLayout(actor(ex.visitor()), "oui".equals(ex.field("mobileLayout")));
            Pages.redirect(ex.response(), "/mon-compte");
        });
        table.get("/mon-compte/courriel/{token}", Access.PUBLIC, ex -> pages.render(ex, "accounts/confirm-email.ftlh",
                "Confirmer ma nouvelle adresse e-mail", List.of(HOME, Breadcrumb.here("Nouvelle adresse e-mail")), Map.of("token", ex.pathParam("token"))));
        table.post("/mon-compte/courriel/{token}", Access.PUBLIC, ex -> {
            var refusal = myAccount.confirmEmailChange(ex.pathParam("token"), ex.clientAddress());
            if (refusal.isPresent()) linkRefused(pages, ex, refusal.get());
            else message(pages, ex, "Nouvelle adresse e-mail", "success",
                    "Votre adresse e-mail a été modifiée. Votre ancienne adresse a été prévenue.", new Breadcrumb("Accueil", "/"));
        });
    }

    private void login(Pages pages, Exchange ex, Status status, String error, String identifier) {
        var model = new HashMap<String, Object>();
        model.put("back", safeReturn(ex.query("retour").isEmpty() ? ex.field("retour") : ex.query("retour")));
        model.put("identifier", identifier);
        model.put("franceConnect", franceConnect.isPresent());
        if (error != null) model.put("error", error);
        pages.render(ex, status, "accounts/login.ftlh", "Se connecter", List.of(HOME, Breadcrumb.here("Se connecter")), model);
    }

    private void newPassword(Pages pages, Exchange ex, Status status, Map<String, String> errors) {
        pages.render(ex, status, "accounts/new-password.ftlh", "Choisir un nouveau mot de passe",
                List.of(HOME, Breadcrumb.here("Nouveau mot de passe")),
                Map.of("errors", errors, "action", "/mot-de-passe/nouveau/" + ex.pathParam("token")));
    }

    private void activationForm(Pages pages, Exchange ex, Status status, ActivateAccount.Opened.Ready ready, Map<String, String> errors) {
        pages.render(ex, status, "accounts/activation.ftlh", "Conditions générales d'utilisation",
                List.of(HOME, Breadcrumb.here("Activation du compte")),
                Map.of("account", ready.account(), "terms", ready.terms(), "errors", errors, "token", ex.pathParam("token"),
                        // a refused form keeps the CGU box the parent ticked: only the password is to be typed again
                        "accepted", "oui".equals(ex.field("acceptTerms"))));
    }

    private void termsPage(Pages pages, Exchange ex, Status status, String error) {
        var model = new HashMap<String, Object>();
        model.put("terms", terms.current().orElseThrow());
        model.put("back", safeReturn(ex.query("retour").isEmpty() ? ex.field("retour") : ex.query("retour")));
        if (error != null) model.put("error", error);
        pages.render(ex, status, "accounts/terms.ftlh", "Modification des conditions générales d'utilisation",
                List.of(HOME, Breadcrumb.here("Conditions générales d'utilisation")), model);
    }

    private void myAccountPage(Pages pages, Exchange ex, Status status, Map<String, ?> extra) {
        var model = new HashMap<String, Object>(Map.of("passwordErrors", Map.of(), "emailErrors", Map.of(), "newEmail", ""));
        model.putAll(extra);
        model.put("account", myAccount.show(actor(ex.visitor())));
        // FranceConnect is for families: staff accounts are not linked
        model.put("franceConnect", franceConnect.isPresent() && ex.visitor().role() == fr.portailfamille.domain.accounts.Role.PARENT);
        pages.render(ex, status, "accounts/my-account.ftlh", "Mon compte", List.of(HOME, Breadcrumb.here("Mon compte")), model);
    }

    static void message(Pages pages, Exchange ex, String title, String kind, String message, Breadcrumb next) {
        pages.render(ex, "info/message.ftlh", title, List.of(HOME, Breadcrumb.here(title)),
                Map.of("kind", kind, "message", message, "next", next));
    }

    private static void linkRefused(Pages pages, Exchange ex, String message) {
        pages.render(ex, Status.GONE_410, "info/message.ftlh", "Lien non valable", List.of(HOME, Breadcrumb.here("Lien non valable")),
                Map.of("kind", "error", "message", message, "next", new Breadcrumb("Revenir à l'accueil", "/")));
    }

    /** Only a path of this portal: never «//other.site» nor «https://…» (no open redirect). */
    static String safeReturn(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\") || back.length() > 500) return "/";
        return back;
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
