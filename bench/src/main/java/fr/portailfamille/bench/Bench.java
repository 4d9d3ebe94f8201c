package fr.portailfamille.bench;

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

/**
 * The registration-opening bench: an embedded PostgreSQL seeded with its own families, the real portal in child
 * processes (DATABASE_URL), Gatling for the HTTP load, pgbench and plain JDBC for the ratios. Sizes come from system
 * properties (bench/run sets them): {@code bench.households} (P1, P2, P5), {@code bench.invoicing.households} (P4),
 * {@code bench.only} (comma-separated scenarios, empty = all).
 */
public final class Bench {

    /** The winter holidays of the demo's school year: the rush's days, then the overload's, then pgbench's (spring). */
    static final List<LocalDate> RUSH_DAYS = days("2027-02-22", 5);
    static final List<LocalDate> OVERLOAD_DAYS = days("2027-03-01", 5);
    static final List<LocalDate> PGBENCH_DAYS = days("2027-04-19", 5);

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
            DemoData.seedIfEmpty(db, new PortalConfig(Optional.of(jdbcUrl), work, 8080, "http://localhost:8080", true));
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
            }
        } finally {
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
        for (int[] part : new int[][]{{0, half, 100}, {half, visitors.size(), 500}}) {
            Shared.visitors = visitors.subList(part[0], part[1]);
            Shared.concurrency = Math.min(part[2], Shared.visitors.size());
            var stats = GatlingRun.run(Rush.class, "ruée à " + Shared.concurrency + " simultanés");
            double bookingsPerSecond = stats.perSecond() * RUSH_DAYS.size();
            bestPerSecond = Math.max(bestPerSecond, bookingsPerSecond);
            results.add("P1", "réservations/s à " + Shared.concurrency + " simultanés (" + stats.total() + " envois × " + RUSH_DAYS.size() + " jours)",
                    num(bookingsPerSecond) + "/s", "≥ 1 500/s", "–", atLeast(bookingsPerSecond, 1500));
            results.add("P1", "latence «Soumettre» à " + Shared.concurrency + " simultanés", "p50 " + num(stats.p50()) + " ms, p99 " + num(stats.p99())
                    + " ms", part[2] == 500 ? "p99 < 150 ms" : "–", "–", part[2] == 500 ? atMost(stats.p99(), 150) : Results.Verdict.INFO);
            results.add("P1", "erreurs à " + Shared.concurrency + " simultanés", Long.toString(stats.ko()), "0", "–", stats.ko() == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        }
        long over = count("SELECT count(*) FROM slot WHERE booked > capacity");
        long drift = count("SELECT count(*) FROM slot s WHERE s.booked <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'BOOKED')");
        long answered = count("SELECT count(*) FROM booking WHERE activity_id = " + vacances + " AND day BETWEEN DATE '" + RUSH_DAYS.getFirst()
                + "' AND DATE '" + RUSH_DAYS.getLast() + "' AND status <> 'CANCELLED'");
        results.add("P1", "créneaux au-delà de leur capacité / compteur faux", over + " / " + drift, "0 / 0", "–",
                over == 0 && drift == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        results.add("P1", "demandes enregistrées (réservées ou en liste d'attente)", answered + " sur " + (long) visitors.size() * RUSH_DAYS.size(),
                "toutes", "–", answered == (long) visitors.size() * RUSH_DAYS.size() ? Results.Verdict.OK : Results.Verdict.KO);

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

    /** P5: 100 signed-in parents reloading the «Tableau de bord». */
    private void dashboard() {
        Shared.visitors = signedIn.subList(0, Math.min(100, signedIn.size()));
        Shared.repeat = 30;
        var stats = GatlingRun.run(Dashboard.class, "tableau de bord à " + Shared.visitors.size() + " sessions");
        results.add("P5", "tableau de bord à " + Shared.visitors.size() + " sessions (" + stats.total() + " pages)",
                "p50 " + num(stats.p50()) + " ms, p99 " + num(stats.p99()) + " ms, " + num(stats.perSecond()) + " pages/s, " + stats.ko() + " erreurs",
                "p99 < 30 ms", "–", stats.ko() == 0 ? atMost(stats.p99(), 30) : Results.Verdict.KO);
    }

    private long count(String sql) {
        return db.dsl().fetchOne(sql).get(0, Long.class);
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
