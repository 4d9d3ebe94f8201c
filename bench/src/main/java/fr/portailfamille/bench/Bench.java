package fr.portailfamille.bench;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.bootstrap.DemoData;
import fr.portailfamille.bootstrap.EmbeddedDatabase;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.persistence.ConnectionPool;
import fr.portailfamille.persistence.DatabaseUrl;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.Migrations;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.portailfamille.bench.Results.atLeast;
import static fr.portailfamille.bench.Results.atMost;
import static fr.portailfamille.bench.Results.num;

// Long because: a one-off measurement tool, outside the product, whose scenarios share one seeded database and one report.
/**
 * The registration-opening bench: an embedded PostgreSQL seeded with its own families, the real portal in child
 * processes (DATABASE_URL), Gatling for the HTTP load, pgbench and plain JDBC for the ratios. Sizes come from system
 * properties (bench/run sets them): {@code bench.households} (P1, P2, P5), {@code bench.invoicing.households} (P4),
 * {@code bench.only} (comma-separated scenarios, empty = all).
 */
public final class Bench {

    /** The winter holidays of the demo's school year: the rush's days, then the overload's, then pgbench's (spring). */
    /** The bench's one clock, the machine's (the demo it seeds is relative to today; its rush days are in 2026-2027). */
    static final java.time.Clock CLOCK = java.time.Clock.systemUTC();
    static final List<LocalDate> RUSH_DAYS = days("2027-02-22", 5);
    static final List<LocalDate> OVERLOAD_DAYS = days("2027-03-01", 5);
    static final List<LocalDate> PGBENCH_DAYS = days("2027-04-19", 5);
    static final List<LocalDate> SCALE_OUT_DAYS = days("2027-04-26", 5);

    private final int households = Integer.getInteger("bench.households", 5000);
    private final int invoicingHouseholds = Integer.getInteger("bench.invoicing.households", 10_000);
    private final Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(String::toUpperCase).collect(Collectors.toSet());
    private final Results results = new Results();

    private Db db;
    private Seed seed;
    private int dbPort;
    private String jdbcUrl;
    private Path work;
    private long vacances;
    private List<Seed.Household> families;
    private List<Shared.Visitor> signedIn;

    public static void main(String[] args) throws Exception {
        if (relaunchedWithoutTheRunnableJar(args)) return;
        new Bench().run();
        // Gatling's and the JDBC pool's threads must not keep the build waiting
        System.exit(0);
    }

    /**
     * Once packaged, bootstrap's jar names its libraries in its manifest (for {@code java -jar}): on a classpath that
     * already has them, every library would be there twice (zonky refuses duplicate PostgreSQL binaries, service
     * loaders would register twice). The bench then runs itself again on bootstrap's classes instead of its jar.
     */
    private static boolean relaunchedWithoutTheRunnableJar(String[] args) throws Exception {
        String separator = java.io.File.pathSeparator;
        var entries = List.of(System.getProperty("java.class.path").split(separator));
        if (entries.stream().noneMatch(e -> e.endsWith("portail-famille.jar"))) return false;
        String classpath = entries.stream().map(e -> e.endsWith("portail-famille.jar") ? Path.of(e).resolveSibling("classes").toString() : e)
                .collect(Collectors.joining(separator));
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", classpath, Bench.class.getName()));
        command.addAll(List.of(args));
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (status != 0) System.exit(status);
        return true;
    }

    private boolean wanted(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    private void run() throws Exception {
        work = Files.createTempDirectory("portail-bench");
        long started = System.nanoTime();
        System.out.printf("[bench] %d foyers (P1, P2, P5), %d foyers pour la facturation (P4); travail dans %s%n", households, invoicingHouseholds, work);
        try (var postgres = EmbeddedDatabase.start(work.resolve("db"))) {
            jdbcUrl = postgres.jdbcUrl();
            dbPort = URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
            var pool = ConnectionPool.open(new DatabaseUrl(jdbcUrl, null, null), 16);
            Migrations.migrate(pool);
            db = new Db(pool);
            DemoData.seedIfEmpty(db, new PortalConfig(Optional.of(jdbcUrl), work, 8080, "http://localhost:8080", true), CLOCK);
            seed = new Seed(db);
            vacances = seed.activity("VACANCES");
            long t0 = System.nanoTime();
            families = seed.households(0, households);
            results.note("Données : " + households + " foyers complets créés en " + (System.nanoTime() - t0) / 1_000_000 + " ms (SQL ensembliste).");

            int portalPort = freePort();
            try (var portal = PortalProcess.start(jdbcUrl, portalPort, Map.of(), Path.of("target", "portal-1.log"))) {
                results.add("P6", "démarrage → première page (base externe)", portal.startMillis + " ms", "< 3 000 ms", "–",
                        atMost(portal.startMillis, 3000));
                Shared.baseUrl = "http://localhost:" + portalPort;
                signIn();
                if (wanted("P1")) rush();
                if (wanted("P2")) overload();
                if (wanted("P5")) dashboard();
                if (wanted("P3")) typicalWeek();
                if (wanted("SCALE")) scaleOut(portalPort);
            }
            // last: its 400,000 bookings are written straight, without moving the slots' counts the checks above read
            if (wanted("P4")) invoicing();
        } finally {
            deleteQuietly(work);
            results.note("Durée totale du banc : " + (System.nanoTime() - started) / 1_000_000_000 + " s.");
            results.write(Path.of("results", "latest.md"), households + " foyers, " + Runtime.getRuntime().availableProcessors() + " cœurs");
        }
    }

    /** Every parent signs in before the opening, through the real form (Argon2id, not weakened). */
    private void signIn() {
        Shared.logins = families.stream().map(Seed.Household::loginId).distinct().toList();
        Shared.concurrency = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        var stats = GatlingRun.run(Logins.class, "connexions avant l'ouverture");
        results.add("P1", "connexions (Argon2id) avant l'ouverture", num(stats.perSecond()) + " connexions/s, p99 " + num(stats.p99()) + " ms, "
                + stats.ko() + " échecs", "–", "–", stats.ko() == 0 ? Results.Verdict.INFO : Results.Verdict.KO);
        signedIn = new ArrayList<>();
        for (var family : families) {
            String[] cookies = Shared.signedIn.get(family.loginId());
            if (cookies == null || cookies[0] == null) throw new IllegalStateException("parent " + family.loginId() + " could not sign in");
            signedIn.add(new Shared.Visitor(family.index(), cookies[0], cookies[1], List.of()));
        }
    }

    private List<Shared.Visitor> booking(List<Shared.Visitor> who, List<LocalDate> days) {
        Map<Integer, Long> child = families.stream().collect(Collectors.toMap(Seed.Household::index, Seed.Household::childId, (a, b) -> a));
        return who.stream().map(v -> new Shared.Visitor(v.index(), v.session(), v.csrf(),
                days.stream().map(d -> child.get(v.index()) + "-" + vacances + "-" + d).toList())).toList();
    }

    /** P1: half the parents at 100 concurrent, the other half at 500, all on the same five days; then pgbench. */
    private void rush() throws Exception {
        seed.capacity(vacances, RUSH_DAYS, Math.max(1, households / 2));
        var visitors = booking(signedIn, RUSH_DAYS);
        int half = visitors.size() / 2;
        double bestPerSecond = 0;
        onePortalAt500 = 0;
        long accepted = 0;
        for (int[] part : new int[][]{{0, half, 100}, {half, visitors.size(), 500}}) {
            Shared.visitors = visitors.subList(part[0], part[1]);
            Shared.concurrency = Math.min(part[2], Shared.visitors.size());
            var stats = GatlingRun.run(Rush.class, "ruée à " + Shared.concurrency + " simultanés");
            // served requests only: a shed one («Forte affluence») books nothing
            double bookingsPerSecond = stats.perSecond() * stats.ok() / Math.max(1, stats.total()) * RUSH_DAYS.size();
            bestPerSecond = Math.max(bestPerSecond, bookingsPerSecond);
            if (part[2] == 500) {
                onePortalAt500 = bookingsPerSecond;
                onePortalConcurrency = Shared.concurrency;
            }
            accepted += stats.ok();
            results.add("P1", "réservations/s à " + Shared.concurrency + " simultanés (" + stats.total() + " envois × " + RUSH_DAYS.size() + " jours)",
                    num(bookingsPerSecond) + "/s", "≥ 1 500/s", "–", atLeast(bookingsPerSecond, 1500));
            results.add("P1", "latence «Soumettre» à " + Shared.concurrency + " simultanés", "p50 " + num(stats.p50()) + " ms, p99 " + num(stats.p99())
                    + " ms", part[2] == 500 ? "p99 < 150 ms" : "–", "–", part[2] == 500 ? atMost(stats.p99(), 150) : Results.Verdict.INFO);
            results.add("P1", "erreurs à " + Shared.concurrency + " simultanés", Long.toString(stats.ko()), "0", "–", stats.ko() == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        }
        long over = count("SELECT count(*) FROM slot WHERE booked > capacity");
        long drift = count("SELECT count(*) FROM slot s WHERE s.booked <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'BOOKED') "
                + "OR s.waiting <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'WAITING')");
        long answered = count("SELECT count(*) FROM booking WHERE activity_id = " + vacances + " AND day BETWEEN DATE '" + RUSH_DAYS.getFirst()
                + "' AND DATE '" + RUSH_DAYS.getLast() + "' AND status <> 'CANCELLED'");
        results.add("P1", "créneaux au-delà de leur capacité / compteur faux", over + " / " + drift, "0 / 0", "–",
                over == 0 && drift == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        results.add("P1", "demandes enregistrées (réservées ou en liste d'attente) / jours demandés dans les envois servis",
                answered + " / " + accepted * RUSH_DAYS.size(), "égaux", "–", answered == accepted * RUSH_DAYS.size() ? Results.Verdict.OK : Results.Verdict.KO);

        // the same transaction, without the portal: pgbench on other days, each child once
        seed.capacity(vacances, PGBENCH_DAYS, households + 10);
        db.dsl().execute("CREATE TABLE bench_child AS SELECT row_number() OVER (ORDER BY id) AS n, id AS child_id FROM child WHERE last_name = 'BENCH'");
        db.dsl().execute("CREATE SEQUENCE bench_child_seq");
        int clients = 16;
        var pg = Pgbench.run(dbPort, vacances, PGBENCH_DAYS, clients, Math.max(1, households / clients), work);
        double sqlPerSecond = pg.tps() * PGBENCH_DAYS.size();
        double ratio = bestPerSecond / sqlPerSecond;
        results.add("P1", "même transaction SQL avec pgbench (" + clients + " clients, " + pg.transactions() + " transactions)",
                num(sqlPerSecond) + " réservations/s", "–", "portail/SQL = " + String.format("%.2f", ratio), atLeast(ratio, 0.5));
    }

    /** P2: ten times P1's 500, all at once, on five other days: shed with 503 + Retry-After, lose nothing. */
    private void overload() throws Exception {
        seed.capacity(vacances, OVERLOAD_DAYS, Math.max(1, households / 2));
        var visitors = booking(signedIn, OVERLOAD_DAYS);
        Shared.visitors = visitors.subList(0, Math.min(visitors.size(), 5000));
        Shared.answers.clear();
        Shared.retryAfter.clear();
        var stats = GatlingRun.run(Overload.class, "surcharge à " + Shared.visitors.size() + " simultanés");
        long ok = 0, shed = 0, shedWithRetry = 0, other = 0, lost = 0, phantom = 0;
        var stored = db.dsl().fetch("SELECT c.household_id, count(*) FROM booking b JOIN child c ON c.id = b.child_id WHERE b.activity_id = ? AND b.day BETWEEN ? AND ? "
                        + "AND b.status <> 'CANCELLED' GROUP BY c.household_id", vacances, OVERLOAD_DAYS.getFirst(), OVERLOAD_DAYS.getLast())
                .intoMap(r -> r.get(0, Long.class), r -> r.get(1, Long.class));
        Map<Integer, Long> householdOf = families.stream().collect(Collectors.toMap(Seed.Household::index, Seed.Household::householdId, (a, b) -> a));
        for (var v : Shared.visitors) {
            Integer status = Shared.answers.get(v.index());
            long rows = stored.getOrDefault(householdOf.get(v.index()), 0L);
            if (status != null && status == 200) {
                ok++;
                if (rows != OVERLOAD_DAYS.size()) lost++;
            } else if (status != null && status == 503) {
                shed++;
                if (Boolean.TRUE.equals(Shared.retryAfter.get(v.index()))) shedWithRetry++;
                if (rows != 0) phantom++;
            } else {
                other++;
                if (rows != 0) phantom++;
            }
        }
        results.add("P2", "surcharge à " + Shared.visitors.size() + " simultanés : servis / «Forte affluence» (503 + Retry-After)",
                ok + " / " + shed + " (" + shedWithRetry + " avec Retry-After)", "503 toutes avec Retry-After", "–",
                shed == shedWithRetry ? Results.Verdict.OK : Results.Verdict.KO);
        results.add("P2", "autres réponses (5xx, délais, connexions refusées)", Long.toString(other), "0", "–", other == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        results.add("P2", "perdues (2xx absentes de la base) / fantômes (non-2xx présentes)", lost + " / " + phantom, "0 / 0", "–",
                lost == 0 && phantom == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        results.add("P2", "latence des servis", "p50 " + num(stats.p50()) + " ms, p99 " + num(stats.p99()) + " ms", "–", "–", Results.Verdict.INFO);
    }

    /**
     * P5: 100 signed-in parents on their «Tableau de bord». First without any pause, which measures how many pages/s
     * the portal serves at most (by Little's law, p99 < 30 ms there would need more than 100 / 0.030 = 3,333 pages/s)
     * and warms the page up as a portal that has been running is. Then as parents do, each reloading once a second
     * (100 pages/s): the latency target.
     */
    private void dashboard() {
        Shared.visitors = signedIn.subList(0, Math.min(100, signedIn.size()));
        Shared.repeat = 30;
        Shared.pace = null;
        var flat = GatlingRun.run(Dashboard.class, "tableau de bord à " + Shared.visitors.size() + " sessions sans pause");
        Shared.pace = java.time.Duration.ofSeconds(1);
        var paced = GatlingRun.run(Dashboard.class, "tableau de bord à " + Shared.visitors.size() + " sessions, une page/s chacune");
        Shared.pace = null;
        results.add("P5", "tableau de bord à " + Shared.visitors.size() + " sessions, chacune recharge toutes les secondes (" + paced.total() + " pages)",
                "p50 " + num(paced.p50()) + " ms, p99 " + num(paced.p99()) + " ms, " + num(paced.perSecond()) + " pages/s, " + paced.ko() + " erreurs",
                "p99 < 30 ms", "–", paced.ko() == 0 ? atMost(paced.p99(), 30) : Results.Verdict.KO);
        results.add("P5", "les mêmes 100 sessions sans aucune pause (débit maximal, " + flat.total() + " pages)",
                "p50 " + num(flat.p50()) + " ms, p99 " + num(flat.p99()) + " ms, " + num(flat.perSecond()) + " pages/s, " + flat.ko() + " erreurs",
                "– (p99 < 30 ms exigerait > 3 333 pages/s)", "–", flat.ko() == 0 ? Results.Verdict.INFO : Results.Verdict.KO);
    }

    private double onePortalAt500;
    private int onePortalConcurrency = 500;

    static final java.time.YearMonth INVOICED_MONTH = java.time.YearMonth.of(2027, 1);

    /**
     * P4: the monthly invoicing run of the périscolaire régie (draft computation, then finalisation) for
     * {@code bench.invoicing.households} households with 40 bookings each, through the application's use case; then one
     * SQL aggregate over the same rows.
     */
    private void invoicing() {
        int extra = Math.max(0, invoicingHouseholds - households);
        if (extra > 0) seed.households(households, extra);
        long t0 = System.nanoTime();
        int bookings = db.dsl().execute("""
                INSERT INTO booking (slot_id, child_id, activity_id, day, status, requested_at, booked_at, booked_late)
                SELECT slot_id, child_id, activity_id, day, 'BOOKED', now(), now(), false FROM (
                    SELECT s.id AS slot_id, c.id AS child_id, s.activity_id, s.day,
                           row_number() OVER (PARTITION BY c.id ORDER BY s.day, s.activity_id) AS n
                    FROM child c CROSS JOIN slot s JOIN activity a ON a.id = s.activity_id
                    WHERE c.last_name = 'BENCH' AND a.kind IN ('ACCUEIL_MATIN', 'RESTAURATION_SCOLAIRE', 'ACCUEIL_SOIR')
                      AND NOT s.closed AND s.day BETWEEN ? AND ?
                      AND NOT EXISTS (SELECT 1 FROM booking x WHERE x.slot_id = s.id AND x.child_id = c.id AND x.status <> 'CANCELLED')) p
                WHERE n <= 40""", INVOICED_MONTH.atDay(1), INVOICED_MONTH.atEndOfMonth());
        db.dsl().execute("ANALYZE");
        results.note("P4 : " + bookings + " réservations de " + INVOICED_MONTH + " écrites en " + (System.nanoTime() - t0) / 1_000_000 + " ms (SQL ensembliste).");

        var clock = CLOCK;
        var accounts = fr.portailfamille.bootstrap.Portal.accountsPorts(db, clock);
        var billing = fr.portailfamille.bootstrap.Portal.billingPorts(db, accounts, fr.portailfamille.bootstrap.Portal.notificationCenter(db, accounts),
                null, new fr.portailfamille.persistence.billing.JooqBillableUsage(db), () -> "http://localhost");
        var agent = new fr.portailfamille.application.common.Actor(count("SELECT min(id) FROM account WHERE role = 'AGENT'"),
                fr.portailfamille.domain.accounts.Role.AGENT);
        long cashOffice = count("SELECT id FROM cash_office WHERE invoice_prefix = 'PERI'");
        var run = new fr.portailfamille.application.billing.OpenInvoicingRun(billing).start(agent, cashOffice, INVOICED_MONTH);
        long c0 = System.nanoTime();
        var computed = new fr.portailfamille.application.billing.ComputeInvoicingRun(billing).compute(agent, run.id());
        long computeMillis = (System.nanoTime() - c0) / 1_000_000;
        if (!(computed instanceof fr.portailfamille.application.billing.ComputeInvoicingRun.Computed.Done)) {
            results.add("P4", "facturation mensuelle", "refusée : " + computed, "< 10 s", "–", Results.Verdict.KO);
            return;
        }
        long f0 = System.nanoTime();
        var finalised = new fr.portailfamille.application.billing.FinaliseInvoicingRun(billing).finalise(agent, run.id(), INVOICED_MONTH.plusMonths(1).atDay(1));
        long finaliseMillis = (System.nanoTime() - f0) / 1_000_000;
        int invoices = finalised instanceof fr.portailfamille.application.billing.FinaliseInvoicingRun.Finalisation.Finalised f ? f.invoices().size() : -1;

        long a0 = System.nanoTime();
        db.dsl().fetch("""
                SELECT c.household_id, b.activity_id, count(*), sum(CASE WHEN b.booked_late THEN 1 ELSE 0 END)
                FROM booking b JOIN activity a ON a.id = b.activity_id JOIN child c ON c.id = b.child_id
                WHERE a.cash_office_id IN ('PERI', ?) AND b.day BETWEEN ? AND ? AND b.status <> 'WAITING'
                GROUP BY c.household_id, b.activity_id""", Long.toString(cashOffice), INVOICED_MONTH.atDay(1), INVOICED_MONTH.atEndOfMonth());
        long aggregateMillis = Math.max(1, (System.nanoTime() - a0) / 1_000_000);
        long total = computeMillis + finaliseMillis;
        results.add("P4", "facturation de " + INVOICED_MONTH + " : " + invoices + " factures, " + bookings + " réservations (calcul + finalisation)",
                num(total / 1000.0) + " s (calcul " + num(computeMillis / 1000.0) + " s, finalisation " + num(finaliseMillis / 1000.0) + " s)", "< 10 s",
                "portail/agrégat SQL (" + aggregateMillis + " ms) = " + String.format("%.0f", (double) total / aggregateMillis), atMost(total, 10_000));
    }

    /**
     * P3: a family with two children enters its typical week for the rest of the school year — morning, lunch, evening
     * and holiday centre, Monday to Friday — in one «ENREGISTRER»; then the same rows in one batched JDBC INSERT. The
     * median of three families.
     */
    private void typicalWeek() throws Exception {
        long canteen = seed.activity("RESTAURATION_SCOLAIRE");
        List<Long> activities = List.of(seed.activity("ACCUEIL_MATIN"), canteen, seed.activity("ACCUEIL_SOIR"), seed.activity("VACANCES"));
        String ticked = activities.stream().map(a -> "&activity=" + a).collect(java.util.stream.Collectors.joining());
        LocalDate from = LocalDate.now(CLOCK.withZone(TownZone.ZONE)).plusDays(7);
        List<Long> serverMillis = new ArrayList<>();
        List<Long> children = new ArrayList<>();
        int rows = 0;
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            for (int i = 0; i < 3; i++) {
                var family = families.get(families.size() - 1 - i);
                var visitor = signedIn.get(signedIn.size() - 1 - i);
                long second = seed.secondChild(family.householdId());
                var form = new StringBuilder("_csrf=" + visitor.csrf() + ticked + "&person=" + family.childId() + "&person=" + second
                        + "&from=" + from + "&to=2027-07-02&periodicity=EVERY_WEEK&weekday=1&weekday=2&weekday=3&weekday=4&weekday=5");
                var request = java.net.http.HttpRequest.newBuilder(URI.create(Shared.baseUrl + "/planning/semaine-type"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "pf_session=" + visitor.session() + "; pf_csrf=" + visitor.csrf())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form.toString())).build();
                long t0 = System.nanoTime();
                var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                serverMillis.add((System.nanoTime() - t0) / 1_000_000);
                if (response.statusCode() != 200) throw new IllegalStateException("«ENREGISTRER» answered " + response.statusCode());
                children.add(family.childId());
                children.add(second);
                rows = (int) count("SELECT count(*) FROM booking WHERE child_id IN (" + family.childId() + ", " + second + ") AND status <> 'CANCELLED'");
            }
        }
        long median = serverMillis.stream().sorted().toList().get(1);
        // the same rows, straight into a copy of the table (same indexes), in one JDBC batch
        db.dsl().execute("CREATE TABLE booking_copy (LIKE booking INCLUDING ALL)");
        long batchMillis;
        try (var connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            var rowsToCopy = db.dsl().fetch("SELECT slot_id, child_id, activity_id, day, status::text, requested_at, booked_at FROM booking WHERE child_id IN ("
                    + children.get(0) + ", " + children.get(1) + ") AND status <> 'CANCELLED'");
            long t0 = System.nanoTime();
            try (var insert = connection.prepareStatement("INSERT INTO booking_copy (slot_id, child_id, activity_id, day, status, requested_at, booked_at) "
                    + "VALUES (?, ?, ?, ?, ?::booking_status, ?, ?)")) {
                for (var r : rowsToCopy) {
                    insert.setLong(1, r.get(0, Long.class));
                    insert.setLong(2, r.get(1, Long.class));
                    insert.setLong(3, r.get(2, Long.class));
                    insert.setObject(4, r.get(3, LocalDate.class));
                    insert.setString(5, r.get(4, String.class));
                    insert.setObject(6, r.get(5, java.time.OffsetDateTime.class));
                    insert.setObject(7, r.get(6, java.time.OffsetDateTime.class));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            batchMillis = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
        }
        results.add("P3", "semaine type, 2 enfants, " + rows + " réservations en un «ENREGISTRER» (médiane de 3)", median + " ms",
                "< 150 ms", "portail/INSERT groupé (" + batchMillis + " ms) = " + String.format("%.1f", (double) median / batchMillis), atMost(median, 150));
        results.note("P3 : un seul «ENREGISTRER» pour les quatre activités (matin, midi, soir, vacances), du lundi au vendredi, de la semaine "
                + "prochaine à la fin de l'année scolaire 2026-2027 : " + rows + " réservations pour deux enfants.");
    }

    /** Two portal processes on the one database, the load spread over both: P1's invariants, and the throughput beside one. */
    private void scaleOut(int firstPort) throws Exception {
        int secondPort = freePort();
        try (var second = PortalProcess.start(jdbcUrl, secondPort, Map.of(), Path.of("target", "portal-2.log"))) {
            seed.capacity(vacances, SCALE_OUT_DAYS, Math.max(1, households / 2));
            Shared.visitors = booking(signedIn, SCALE_OUT_DAYS);
            // the same concurrency as P1's one-process figure it is compared with
            Shared.concurrency = Math.min(onePortalConcurrency, Shared.visitors.size());
            Shared.baseUrls = List.of("http://localhost:" + firstPort, "http://localhost:" + secondPort);
            GatlingRun.Stats stats;
            try {
                stats = GatlingRun.run(Rush.class, "ruée sur deux portails");
            } finally {
                Shared.baseUrls = List.of();
            }
            double perSecond = stats.perSecond() * stats.ok() / Math.max(1, stats.total()) * SCALE_OUT_DAYS.size();
            results.add("Scale-out", "deux processus, " + Shared.concurrency + " simultanés (" + stats.total() + " envois)",
                    num(perSecond) + " réservations/s, p99 " + num(stats.p99()) + " ms, " + stats.ko() + " erreurs", "> un processus",
                    onePortalAt500 > 0 ? "deux/un = " + String.format("%.2f", perSecond / onePortalAt500) : "–",
                    onePortalAt500 > 0 ? atLeast(perSecond / onePortalAt500, 1.0) : Results.Verdict.INFO);
            long over = count("SELECT count(*) FROM slot WHERE booked > capacity");
            long drift = count("SELECT count(*) FROM slot s WHERE s.booked <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'BOOKED') "
                + "OR s.waiting <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'WAITING')");
            long twice = count("SELECT count(*) FROM (SELECT slot_id, child_id FROM booking WHERE status <> 'CANCELLED' GROUP BY 1, 2 HAVING count(*) > 1) d");
            results.add("Scale-out", "créneaux au-delà de leur capacité / compteur faux / enfant inscrit deux fois", over + " / " + drift + " / " + twice,
                    "0 / 0 / 0", "–", over == 0 && drift == 0 && twice == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        }
        results.note("Scale-out : les deux processus, PostgreSQL et Gatling se partagent les mêmes cœurs ; le gain de deux processus se mesure "
                + "sur des machines distinctes.");
        results.note("Scale-out : les traitements planifiés (purge, sessions expirées, relances PayFiP) prennent un verrou consultatif "
                + "PostgreSQL par tour (AdvisoryJobLocks, prouvé par AdvisoryJobLocksTest) ; l'envoi des courriels réclame ses lignes en SKIP LOCKED.");
    }

    private long count(String sql) {
        return db.dsl().fetchOne(sql).get(0, Long.class);
    }

    /** The bench's database files are worth nothing once the figures are out. */
    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("[bench] " + dir + " n'a pas pu être effacé : " + e.getMessage());
        }
    }

    static int freePort() throws java.io.IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<LocalDate> days(String first, int count) {
        LocalDate start = LocalDate.parse(first);
        return java.util.stream.IntStream.range(0, count).mapToObj(start::plusDays).toList();
    }
}
