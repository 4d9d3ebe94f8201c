package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.bootstrap.web.WebClient;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The «Tableau de bord» is the page every parent reloads (bench P5): the SQL statements one reload sends are counted at
 * the JDBC layer and held to a fixed budget, and that count must not grow with the family (no query per child).
 */
class DashboardQueryBudgetTest {

    /** The portal's clock, running from the machine's «now» (CI shifts it with faketime). */
    static final fr.portailfamille.application.common.MutableClock CLOCK = TestPortal.runningClock();

    @TempDir
    static Path dataDir;
    static CountingDataSource counting;
    static Db db;
    static Portal portal;

    @BeforeAll
    static void start() {
        counting = new CountingDataSource(TestDatabase.fresh().dataSource());
        db = new Db(counting.dataSource());
        var config = new PortalConfig(Optional.empty(), dataDir, 0, "http://localhost", true);
        DemoData.seedIfEmpty(db, config, CLOCK);
        portal = Portal.start(config, db, new DevelopmentMailbox(), 0, CLOCK);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static List<String> statementsOfOneReload(WebClient parent) {
        parent.get("/"); // the first page may warm caches; the budget is the steady reload's
        counting.reset();
        var page = parent.get("/");
        var statements = counting.statements();
        assertEquals(200, page.status());
        assertTrue(page.contains("Tableau de bord"), page.body());
        return statements;
    }

    /**
     * Today's count for the demo Dupont family is 17 (town data from memory, the session with its account in one
     * statement, the household, its children and enrolments read once per page, the children's health sheets, vaccinations,
     * contacts and consents in one): no room for a query per child or per block.
     */
    static final int BUDGET = 17;

    @Test
    void a_dashboard_reload_stays_within_its_statement_budget_whatever_the_number_of_children() {
        var dupont = WebClient.signedIn(portal.port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var twoChildren = statementsOfOneReload(dupont);
        assertTrue(twoChildren.size() <= BUDGET, twoChildren.size() + " statements for one reload (budget " + BUDGET + "):\n"
                + String.join("\n", twoChildren));

        // three more children, each with a health sheet and a contact: the same statements must read them
        var ports = Portal.accountsPorts(db, CLOCK);
        var households = Portal.householdsPorts(db, ports, ports.clock());
        var parent = fr.portailfamille.application.common.Actor.of(ports.accounts()
                .findByEmail(fr.portailfamille.domain.accounts.EmailAddress.parse("marie.dupont@exemple.fr").orElseThrow()).orElseThrow());
        long household = households.households().householdOf(parent.accountId()).orElseThrow();
        var edit = new fr.portailfamille.application.households.EditChild(households);
        for (String name : List.of("Emma", "Noé", "Jade")) {
            var saved = (fr.portailfamille.application.households.EditChild.Result.Saved) edit.save(parent, household, null,
                    new fr.portailfamille.application.households.EditChild.Command("Dupont", name, "2019-04-0" + (name.length()),
                            "Élémentaire Jules Ferry", "CP"));
            households.households().addContact(new fr.portailfamille.domain.households.AuthorisedContact(0, saved.child().id(), 1,
                    "Josette Dupont", "Grand-mère", "0612345679", true, true));
        }
        var fiveChildren = statementsOfOneReload(dupont);
        assertEquals(twoChildren.size(), fiveChildren.size(), "statements grew with the children:\n" + String.join("\n", fiveChildren));
    }

    /** The agents' home: session and town reads, then the week's slots and every count in two statements. */
    static final int STAFF_BUDGET = 12;

    @Test
    void the_agents_home_stays_within_its_statement_budget() {
        var agent = WebClient.signedIn(portal.port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        agent.get("/");
        counting.reset();
        var page = agent.get("/");
        var statements = counting.statements();
        assertTrue(page.contains("À traiter") && page.contains("Semaine du "), page.body());
        assertTrue(statements.size() <= STAFF_BUDGET, statements.size() + " statements for the agents' home (budget " + STAFF_BUDGET + "):\n"
                + String.join("\n", statements));
    }

    /**
     * Today's count for five days booked at once is 10 (the CGU, calendar and activity come from memory; the session with its
     * account in one statement; no unread count for a redirect, which shows no header; the children's dossier in two; the
     * slots written in one statement), and 2 more for the answer's page after the redirect (session with account, unread
     * notifications).
     */
    static final int SUBMIT_BUDGET = 10 + 2;

    @Test
    void soumettre_stays_within_its_statement_budget_whatever_the_number_of_days() {
        var dupont = WebClient.signedIn(portal.port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        // the days of one activity (each activity's rules and slots are read once per «Soumettre»): the first month ahead
        // with enough of them, whatever today's date, holidays included
        var days = new java.util.ArrayList<java.util.Map.Entry<String, String>>();
        var today = java.time.LocalDate.now(CLOCK.withZone(TownZone.ZONE));
        for (int ahead = 1; ahead <= 4 && days.size() < 16; ahead++) {
            var page = dupont.get("/planning?date=" + today.plusMonths(ahead).withDayOfMonth(1));
            var m = java.util.regex.Pattern.compile("name=\"reserver\" value=\"\\d+-(\\d+)-[^\"]+\"").matcher(page.body());
            var byActivity = new java.util.TreeMap<String, java.util.List<java.util.Map.Entry<String, String>>>();
            while (m.find()) byActivity.computeIfAbsent(m.group(1), a -> new java.util.ArrayList<>())
                    .add(java.util.Map.entry("reserver", m.group().replaceAll(".*value=\"([^\"]+)\"", "$1")));
            byActivity.values().stream().filter(most -> most.size() > days.size()).max(java.util.Comparator.comparingInt(java.util.List::size))
                    .ifPresent(most -> {
                        days.clear();
                        days.addAll(most);
                    });
        }
        assertTrue(days.size() >= 11, "days of one activity: " + days);
        assertEquals(200, dupont.postAll("/planning", days.subList(0, 1)).status()); // the first may warm caches

        counting.reset();
        var five = dupont.postAll("/planning", days.subList(1, 6));
        var statements = counting.statements();
        assertTrue(five.contains("5 demandes faites"), five.body());
        assertTrue(statements.size() <= SUBMIT_BUDGET, statements.size() + " statements for one «Soumettre» (budget " + SUBMIT_BUDGET + "):\n"
                + String.join("\n", statements));
        // POST and answer page each read the session with its account in one statement; the unread count only for the page
        assertEquals(0, statements.stream().filter(sql -> sql.startsWith("select \"account\".")).count(), String.join("\n", statements));
        assertEquals(2, statements.stream().filter(sql -> sql.contains("from \"web_session\" left outer join \"account\"")).count(),
                String.join("\n", statements));
        assertEquals(1, statements.stream().filter(sql -> sql.contains("from \"notification\"")).count(), String.join("\n", statements));

        counting.reset();
        var ten = dupont.postAll("/planning", days.subList(6, Math.min(days.size(), 16)));
        assertTrue(ten.contains("demandes faites"), ten.body());
        assertEquals(statements.size(), counting.statements().size(), "statements grew with the days:\n" + String.join("\n", counting.statements()));
    }
}
