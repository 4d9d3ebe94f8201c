package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.accounts.ActivateAccount;
import fr.portailfamille.application.accounts.CreateAccount;
import fr.portailfamille.application.accounts.FranceConnectSignIn;
import fr.portailfamille.application.accounts.MyAccount;
import fr.portailfamille.application.accounts.PasswordReset;
import fr.portailfamille.application.accounts.ResendActivation;
import fr.portailfamille.application.accounts.Sessions;
import fr.portailfamille.application.accounts.SignIn;
import fr.portailfamille.application.accounts.StaffAccounts;
import fr.portailfamille.application.accounts.TermsOfUseUseCases;
import fr.portailfamille.application.common.SecureTokenGenerator;
import fr.portailfamille.application.town.CurrentTown;
import fr.portailfamille.application.town.port.TownRepository;
import fr.portailfamille.bootstrap.security.Argon2idPasswordHasher;
import fr.portailfamille.mail.FreemarkerMailComposer;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.accounts.JooqAccountRepository;
import fr.portailfamille.persistence.accounts.JooqAuditLog;
import fr.portailfamille.persistence.accounts.JooqFranceConnectAttempts;
import fr.portailfamille.persistence.accounts.JooqFranceConnectLinks;
import fr.portailfamille.persistence.accounts.JooqSessionRepository;
import fr.portailfamille.persistence.accounts.JooqTermsAcceptances;
import fr.portailfamille.persistence.accounts.JooqTermsRepository;
import fr.portailfamille.persistence.accounts.JooqThrottleRepository;
import fr.portailfamille.persistence.accounts.JooqTokenRepository;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import fr.portailfamille.persistence.town.JooqTownRepository;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.accounts.AccountPages;
import fr.portailfamille.web.accounts.FranceConnectPages;
import fr.portailfamille.web.accounts.SessionCookie;
import fr.portailfamille.web.accounts.StaffPages;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: sign-in, sessions, CGU, staff accounts and FranceConnect. Its ports carry what every area shares — the mail
 * outbox, the mail composer and the current town — so they are built here once and read from {@link #ports()}.
 */
public final class AccountsArea {

    private final PortalBase base;
    private final TownRepository towns;
    private final AccountsPorts ports;
    private final Sessions sessions;
    private final TermsOfUseUseCases terms;
    private final FranceConnectService franceConnect;
    private final Optional<FranceConnectSignIn> franceConnectSignIn;

    AccountsArea(PortalBase base) {
        this.base = base;
        towns = new JooqTownRepository(base.db(), base.clock());
        ports = ports(base.db(), base.clock(), towns);
        sessions = new Sessions(ports);
        terms = new TermsOfUseUseCases(ports);
        franceConnect = FranceConnectService.of(base.config(), base.clock(), base.publicBaseUrl());
        franceConnectSignIn = franceConnect.provider().map(provider -> new FranceConnectSignIn(ports, sessions, provider,
                new JooqFranceConnectLinks(base.db()), new JooqFranceConnectAttempts(base.db())));
    }

    /** The account ports over the database (the demo seed and the tests build their own with it). */
    public static AccountsPorts ports(Db db, Clock clock, TownRepository towns) {
        return new AccountsPorts(new JooqAccountRepository(db), new JooqTokenRepository(db), new JooqSessionRepository(db),
                new JooqThrottleRepository(db), new JooqAuditLog(db), new JooqTermsRepository(db), new JooqTermsAcceptances(db),
                new Argon2idPasswordHasher(), new SecureTokenGenerator(), new JooqMailOutbox(db, clock), new FreemarkerMailComposer(),
                new CurrentTown(towns), db, clock);
    }

    public AccountsPorts ports() {
        return ports;
    }

    TownRepository towns() {
        return towns;
    }

    Sessions sessions() {
        return sessions;
    }

    FranceConnectService franceConnect() {
        return franceConnect;
    }

    void addPages(List<PortalWeb.Area> pages, SessionCookie cookie) {
        boolean secure = base.config().secureCookies();
        pages.add(new AccountPages(new SignIn(ports, sessions), sessions, new ActivateAccount(ports, sessions), new PasswordReset(ports), terms,
                new MyAccount(ports), cookie, franceConnectSignIn));
        franceConnectSignIn.ifPresent(signIn -> pages.add(new FranceConnectPages(signIn, sessions, cookie, secure, franceConnect.origin())));
        pages.add(new StaffPages(new CreateAccount(ports), new ResendActivation(ports), new StaffAccounts(ports), terms));
    }
}
