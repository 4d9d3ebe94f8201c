package fr.portailfamille.web.accounts;

import fr.portailfamille.application.accounts.CreateAccount;
import fr.portailfamille.application.accounts.ResendActivation;
import fr.portailfamille.application.accounts.StaffAccounts;
import fr.portailfamille.application.accounts.TermsOfUseUseCases;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.ErrorPages;
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

/** Back-office: agents create and follow families' accounts and read the audit log; admins manage staff and CGU. */
public final class StaffPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb ACCOUNTS = new Breadcrumb("Comptes", "/agent/comptes");
    private static final String SPAM_REMINDER = " Rappelez à la famille de vérifier ses courriers indésirables si elle ne le reçoit pas.";

    private final CreateAccount createAccount;
    private final ResendActivation resendActivation;
    private final StaffAccounts staffAccounts;
    private final TermsOfUseUseCases terms;

    public StaffPages(CreateAccount createAccount, ResendActivation resendActivation, StaffAccounts staffAccounts, TermsOfUseUseCases terms) {
        this.createAccount = createAccount;
        this.resendActivation = resendActivation;
        this.staffAccounts = staffAccounts;
        this.terms = terms;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/agent/comptes", Access.STAFF, ex -> pages.render(ex, "staff/accounts.ftlh", "Comptes des familles",
                List.of(HOME, Breadcrumb.here("Comptes")),
                Map.of("accounts", staffAccounts.search(actor(ex.visitor()), ex.query("q")), "query", ex.query("q"))));
        table.get("/agent/comptes/nouveau", Access.STAFF, ex -> newAccount(pages, ex, Status.OK_200, Map.of(), Map.of(), false));
        table.post("/agent/comptes", Access.STAFF, ex -> create(pages, ex, Role.PARENT, false));
        table.get("/agent/comptes/{id}", Access.STAFF, ex -> accountPage(pages, ex, Optional.empty(), "success"));
        table.post("/agent/comptes/{id}/renvoyer", Access.STAFF, ex -> {
            var refusal = resendActivation.resend(actor(ex.visitor()), accountId(ex), ex.clientAddress());
            if (refusal.isPresent()) accountPage(pages, ex, refusal, "error");
            else pages.redirectWithNotice(ex, "/agent/comptes/" + accountId(ex),
                    "Un nouveau courriel d'activation a été envoyé ; l'ancien lien ne fonctionne plus." + SPAM_REMINDER);
        });
        table.get("/agent/journal", Access.STAFF, ex -> pages.render(ex, "staff/audit.ftlh", "Journal d'audit",
                List.of(HOME, Breadcrumb.here("Journal d'audit")), Map.of("events", staffAccounts.auditTrail(actor(ex.visitor()), null))));

        table.get("/admin/agents", Access.ADMIN, ex -> newAccount(pages, ex, Status.OK_200, Map.of(), Map.of(), true));
        table.post("/admin/agents", Access.ADMIN, ex -> create(pages, ex, roleOf(ex.field("role")), true));
        table.get("/admin/cgu", Access.ADMIN, ex -> termsPage(pages, ex, Status.OK_200, Map.of(), Map.of(), null));
        table.post("/admin/cgu", Access.ADMIN, ex -> {
            switch (terms.publish(actor(ex.visitor()), ex.field("title"), ex.form().first("body").orElse(""), ex.clientAddress())) {
                case TermsOfUseUseCases.Publication.Published published -> pages.redirectWithNotice(ex, "/admin/cgu",
                        "La version " + published.terms().version() + " est publiée : les familles l'accepteront à leur prochaine connexion.");
                case TermsOfUseUseCases.Publication.Invalid invalid -> termsPage(pages, ex, Pages.INVALID_FORM, invalid.errors().asMap(),
                        Map.of("title", ex.field("title"), "body", ex.form().first("body").orElse("")), null);
            }
        });
    }

    private void create(Pages pages, Exchange ex, Role role, boolean staffForm) {
        var form = Map.of("lastName", ex.field("lastName"), "firstNames", ex.field("firstNames"), "email", ex.field("email"), "role", role.name());
        switch (createAccount.create(actor(ex.visitor()), new CreateAccount.Command(ex.field("lastName"), ex.field("firstNames"), ex.field("email"), role),
                ex.clientAddress())) {
            case CreateAccount.Result.Created created -> pages.redirectWithNotice(ex, "/agent/comptes/" + created.account().id(),
                    "Compte créé : identifiant de connexion " + created.account().loginId() + ". Le courriel d'activation part vers "
                            + created.account().email().value() + "." + SPAM_REMINDER);
            case CreateAccount.Result.Invalid invalid -> newAccount(pages, ex, Pages.INVALID_FORM, invalid.errors().asMap(), form, staffForm);
        }
    }

    private void newAccount(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form, boolean staffForm) {
        var model = new HashMap<String, Object>(Map.of("errors", errors, "form", form));
        if (staffForm) {
            model.put("roles", List.of(Role.AGENT, Role.ADMIN));
            model.put("action", "/admin/agents");
            model.put("staff", staffAccounts.staff(actor(ex.visitor())));
            pages.render(ex, status, "staff/new-account.ftlh", "Créer un compte agent", List.of(HOME, Breadcrumb.here("Agents")), model);
        } else {
            model.put("action", "/agent/comptes");
            pages.render(ex, status, "staff/new-account.ftlh", "Créer le compte d'une famille",
                    List.of(HOME, ACCOUNTS, Breadcrumb.here("Nouveau compte")), model);
        }
    }

    private void accountPage(Pages pages, Exchange ex, Optional<String> notice, String kind) {
        long id = accountId(ex);
        if (id <= 0) {
            ErrorPages.notFound(pages, ex);
            return;
        }
        accountPage(pages, ex, notice, kind, id);
    }

    private void accountPage(Pages pages, Exchange ex, Optional<String> notice, String kind, long id) {
        Actor actor = actor(ex.visitor());
        var account = staffAccounts.show(actor, id);
        var model = new HashMap<String, Object>(Map.of("account", account, "events", staffAccounts.auditTrail(actor, id), "noticeKind", kind));
        notice.ifPresent(n -> model.put("notice", n));
        staffAccounts.activationLinkUntil(actor, id).ifPresent(until -> model.put("linkUntil", until));
        pages.render(ex, "staff/account.ftlh", "Compte " + account.loginId(), List.of(HOME, ACCOUNTS, Breadcrumb.here("Compte " + account.loginId())), model);
    }

    private void termsPage(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form, String notice) {
        var history = terms.history(actor(ex.visitor()));
        var model = new HashMap<String, Object>(Map.of("errors", errors, "form", form, "history", history,
                "nextVersion", history.isEmpty() ? 1 : history.getFirst().version() + 1));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "staff/terms.ftlh", "Conditions générales d'utilisation", List.of(HOME, Breadcrumb.here("CGU")), model);
    }

    private static long accountId(Exchange ex) {
        try {
            return Long.parseLong(ex.pathParam("id"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Role roleOf(String text) {
        return "ADMIN".equals(text) ? Role.ADMIN : Role.AGENT;
    }
}
