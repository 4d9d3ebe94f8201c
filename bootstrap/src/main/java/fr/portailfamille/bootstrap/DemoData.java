package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.accounts.AccountsPorts;
import fr.portailfamille.application.accounts.CreateAccount;
import fr.portailfamille.application.accounts.port.TermsAcceptances;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.demarches.DefineDemarcheForm;
import fr.portailfamille.application.demarches.DemarchePorts;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.ActivationOutcome;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.domain.messaging.NewsArticle;
import fr.portailfamille.domain.town.Town;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.accounts.JooqTermsRepository;
import fr.portailfamille.persistence.demarches.JooqDemarcheRepository;
import fr.portailfamille.persistence.messaging.JooqNewsRepository;
import fr.portailfamille.persistence.town.JooqTownRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A fictional town for the demo: settings, a first version of the CGU, one agent and two households, the school years
 * around today ({@link DemoBookings}), a régie with its tariffs and a finalised invoice per family for the last month of
 * classes ({@link DemoBilling}): all relative to the clock's today, so the demo works at any date. Seeded once;
 * a restart finds them in the database and only prints the logins again.
 */
public final class DemoData {

    public record Login(String who, String identifier, String password) {
    }

    public record Logins(List<Login> logins) {
        public void print(PrintStream out) {
            out.println("Comptes de démonstration (identifiant / mot de passe) :");
            logins.forEach(l -> out.printf("  %-32s %-34s %s%n", l.who(), l.identifier(), l.password()));
        }
    }

    private DemoData() {
    }

    private record DemoAccount(String who, String lastName, String firstNames, String email, Role role, String password) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("Administratrice (agent)", "MARTIN", "Claire", "claire.martin@beaulieu-sur-orge.example", Role.ADMIN, "Demo-Admin-Beaulieu-2026"),
            new DemoAccount("Agent de l'Espace Services", "ROUSSEL", "Paul", "paul.roussel@beaulieu-sur-orge.example", Role.AGENT, "Demo-Agent-Beaulieu-2026"),
            new DemoAccount("Famille Dupont (parent)", "DUPONT", "Marie et Julien", "marie.dupont@exemple.fr", Role.PARENT, "Demo-Famille-Dupont-2026"),
            new DemoAccount("Famille Nguyen (parent)", "NGUYEN", "Thi Lan", "lan.nguyen@exemple.fr", Role.PARENT, "Demo-Famille-Nguyen-2026"));

    /** @param clock the portal's: the demo is seeded around its «today» */
    public static Logins seedIfEmpty(Db db, PortalConfig config, Clock clock) {
        var towns = new JooqTownRepository(db, clock);
        var terms = new JooqTermsRepository(db);
        var ports = Portal.accountsPorts(db, clock);
        var installation = new fr.portailfamille.persistence.town.JooqInstallation(db);
        boolean seeded = db.inTransaction(() -> {
            // a database already marked (a town's above all) never gets the demo's published passwords
            if (towns.find().isPresent() || installation.mode().isPresent()) return false;
            installation.mark(fr.portailfamille.domain.town.InstallationMode.DEMO);
            towns.save(new Town("Beaulieu-sur-Orge", "/static/logo-ville.svg", "espace.services@beaulieu-sur-orge.example",
                    "01 64 00 00 00", "Hôtel de ville, 1 place de la République, 91999 Beaulieu-sur-Orge",
                    config.publicBaseUrl(), 168, "Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h 30\nLe samedi, de 9 h à 12 h"));
            LocalDate today = LocalDate.now(clock.withZone(TownZone.ZONE));
            // the CGU were published, and the news written, a while before today
            terms.publish(new TermsOfUse(1, "Conditions générales d'utilisation du Portail Famille", resource("/demo/cgu-v1.txt"),
                    today.minusMonths(3).atTime(6, 0).toInstant(ZoneOffset.UTC)));
            ACCOUNTS.forEach(demo -> activeAccount(ports, demo));
            var news = new JooqNewsRepository(db);
            var holidays = DemoBookings.nextHolidays(today);
            news.add(new NewsArticle(0, "Inscriptions aux accueils de loisirs des " + holidays.name().toLowerCase(java.util.Locale.FRENCH), today.minusDays(5),
                    "Les inscriptions aux accueils de loisirs des " + holidays.name().toLowerCase(java.util.Locale.FRENCH) + " sont ouvertes **jusqu'au 20 du mois "
                            + "qui précède**.\n\n"
                            + "- Réservez depuis PLANNING, à la journée ou à la demi-journée\n- Pensez à mettre à jour la fiche sanitaire de vos enfants", true));
            news.add(new NewsArticle(0, "Menus de la restauration scolaire", today.minusDays(19),
                    "Les menus des deux prochains mois sont disponibles. Les repas sont préparés par la cuisine centrale avec des produits locaux.", true));
            DemoDossiers.townData(Portal.householdsPorts(db, ports, ports.clock()));
            serviceOffices(new fr.portailfamille.persistence.town.JooqServiceOffices(db));
            return true;
        });
        if (seeded) {
            db.run(() -> DemoDossiers.families(Portal.householdsPorts(db, ports, ports.clock()), actorOf(ports, ACCOUNTS.get(2)),
                    actorOf(ports, ACCOUNTS.get(3)), actorOf(ports, ACCOUNTS.get(1))));
            var agent = actorOf(ports, ACCOUNTS.get(1));
            var demarches = new DefineDemarcheForm(new DemarchePorts(new JooqDemarcheRepository(db), Portal.householdsPorts(db, ports, ports.clock()).households(),
                    Portal.notificationCenter(db, ports), db, ports.clock()));
            demarches.define(agent, "Changement de situation", "Déménagement, naissance, séparation : signalez-le à la mairie.", """
                    Nature du changement | choix | obligatoire | Déménagement ; Naissance ; Séparation ; Autre
                    Date du changement | date | obligatoire
                    Précisions | texte long""");
            demarches.define(agent, "Demande de quotient familial", "Joignez votre dernier avis d'imposition ou de non-imposition.", """
                    Numéro d'allocataire CAF ou MSA | texte
                    Nombre de parts fiscales | texte | obligatoire
                    Avis d'imposition ou de non-imposition | fichier | obligatoire""");
            db.run(() -> DemoBookings.seed(Portal.bookingsPorts(db, Portal.householdsPorts(db, ports, ports.clock()),
                    Portal.notificationCenter(db, ports), ports.clock()), new fr.portailfamille.persistence.bookings.JooqAbsenceRepository(db),
                    actorOf(ports, ACCOUNTS.get(1)), actorOf(ports, ACCOUNTS.get(2))));
            var households = Portal.householdsPorts(db, ports, ports.clock()).households();
            var notifier = Portal.notificationCenter(db, ports);
            // no payment is made while seeding: the billing ports get no gateway
            db.run(() -> DemoBilling.seed(usage -> Portal.billingPorts(db, ports, notifier, null, usage, config::publicBaseUrl),
                    actorOf(ports, ACCOUNTS.get(1)), households.householdOf(actorOf(ports, ACCOUNTS.get(2)).accountId()).orElseThrow(),
                    households.householdOf(actorOf(ports, ACCOUNTS.get(3)).accountId()).orElseThrow()));
            db.run(() -> townGuide(Portal.householdsPorts(db, ports, ports.clock()), ports, actorOf(ports, ACCOUNTS.get(1))));
            // a household that has just been created: its activation mail waits in the development mailbox
            var admin = ports.accounts().findByEmail(EmailAddress.parse(ACCOUNTS.getFirst().email()).orElseThrow()).orElseThrow();
            new CreateAccount(ports).create(Actor.of(admin),
                    new CreateAccount.Command("BERNARD", "Sophie", "sophie.bernard@exemple.fr", Role.PARENT), "démonstration");
        }
        var logins = new ArrayList<Login>();
        for (var demo : ACCOUNTS) {
            ports.accounts().findByEmail(EmailAddress.parse(demo.email()).orElseThrow()).ifPresent(account ->
                    logins.add(new Login(demo.who(), account.loginId() + " ou " + demo.email(), demo.password())));
        }
        logins.add(new Login("Famille Bernard (à activer)", "lien dans " + config.publicBaseUrl() + "/dev/courriels", "à choisir"));
        return new Logins(logins);
    }

    /** The services «Nous contacter» lists after the Espace Services. */
    private static void serviceOffices(fr.portailfamille.application.town.port.ServiceOffices offices) {
        offices.save(new fr.portailfamille.domain.town.ServiceOffice(0, "Service Enfance-Jeunesse",
                "Espace Services, 1 place de la République\n91999 Beaulieu-sur-Orge", "01 64 00 00 20", "enfance.jeunesse@beaulieu-sur-orge.example",
                "Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h 30\nLe mercredi après-midi sur rendez-vous"));
        offices.save(new fr.portailfamille.domain.town.ServiceOffice(0, "Régie centrale",
                "Hôtel de ville, 1 place de la République\n91999 Beaulieu-sur-Orge", "01 64 00 00 30", "regie@beaulieu-sur-orge.example",
                "Du lundi au vendredi, de 8 h 30 à 12 h\nLe jeudi, de 13 h 30 à 19 h"));
        offices.save(new fr.portailfamille.domain.town.ServiceOffice(0, "Restauration scolaire (cuisine centrale)",
                "12 rue des Écoles\n91999 Beaulieu-sur-Orge", "01 64 00 00 40", "restauration@beaulieu-sur-orge.example",
                "Du lundi au vendredi, de 8 h à 15 h"));
    }

    /** Published by the agent today (the clock's): every family, the newly created too, finds it in «Documents de la ville». */
    private static void townGuide(HouseholdsPorts households, AccountsPorts ports, Actor agent) {
        var year = fr.portailfamille.domain.bookings.SchoolYear.containing(LocalDate.now(ports.clock().withZone(TownZone.ZONE)));
        byte[] pdf = bytes("/demo/guide-accueils-periscolaires.pdf");
        var result = new fr.portailfamille.application.households.PublishTownDocument(households, ports.audit()).publish(agent,
                new fr.portailfamille.application.households.PublishTownDocument.Command("Guide des accueils périscolaires " + year.label(), null,
                        "guide-accueils-periscolaires.pdf", pdf, false));
        if (!(result instanceof fr.portailfamille.application.households.PublishTownDocument.Result.Published)) {
            throw new IllegalStateException("the demo's town guide was refused: " + result);
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Actor actorOf(AccountsPorts ports, DemoAccount demo) {
        return Actor.of(ports.accounts().findByEmail(EmailAddress.parse(demo.email()).orElseThrow()).orElseThrow());
    }

    private static void activeAccount(AccountsPorts ports, DemoAccount demo) {
        var now = ports.clock().instant();
        var created = ports.accounts().add(Account.create(ports.accounts().nextLoginId(), EmailAddress.parse(demo.email()).orElseThrow(),
                demo.lastName(), demo.firstNames(), demo.role(), now));
        if (created.activate(ports.hasher().hash(demo.password()), 1, now) instanceof ActivationOutcome.Activated activated) {
            ports.accounts().update(activated.account());
            ports.acceptances().record(new TermsAcceptances.Acceptance(created.id(), 1, now));
        }
    }

    static String resource(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8).strip();
    }
}
