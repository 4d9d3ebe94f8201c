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
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.portailfamille.bench.Results.atLeast;
import static fr.portailfamille.bench.Results.atMost;
import static fr.portailfamille.bench.Results.num;
import static fr.portailfamille.bench.Results.ratio;

// Long because: a one-off measurement tool, outside the product, whose scenarios share one seeded database and one report.
/**
 * The registration-opening bench: an embedded PostgreSQL seeded with its own families, the real portal in child
 * processes (DATABASE_URL), Gatling for the HTTP load, pgbench and plain JDBC for the ratios, {@code /proc} for the CPU
 * of each party. Sizes come from system properties (bench/run sets them): {@code bench.households} (P1, P2, P5),
 * {@code bench.invoicing.households} (P4), {@code bench.runs} (how many times P1 at 100 and pgbench are measured),
 * {@code bench.open.seconds} (each open-model rate's duration), {@code bench.only} (comma-separated scenarios, empty = all).
 */
public final class Bench {

    /** The bench's one clock, the machine's (the demo it seeds is relative to today; its rush days are in 2026-2027). */
    static final java.time.Clock CLOCK = java.time.Clock.systemUTC();
    /** Days a «Soumettre» asks for, in P1, pgbench and the open model alike. */
    static final int DAYS_PER_REQUEST = 5;
    /** The open model's arrival rates, as fractions of the booking rate pgbench measured. */
    static final double[] OPEN_RATES = {0.4, 0.6, 0.8};

    private final int households = Integer.getInteger("bench.households", 5000);
    private final int invoicingHouseholds = Integer.getInteger("bench.invoicing.households", 10_000);
    private final int runs = Integer.getInteger("bench.runs", 3);
    private final int openSeconds = Integer.getInteger("bench.open.seconds", 30);
    private final Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(String::toUpperCase).collect(Collectors.toSet());
    private final Results results = new Results();

    private Db db;
    private Seed seed;
    private int dbPort;
    private String jdbcUrl;
    private Path work;
    private long postmaster;
    private List<Seed.Household> families;
    private List<Shared.Visitor> signedIn;
    /** Fresh days for each phase that books: no phase books on another's days. */
    private Deque<Seed.DaySet> daySets;
    /** P1's two halves of the parents (the last three families are P3's). */
    private List<Shared.Visitor> firstHalf;
    private List<Shared.Visitor> secondHalf;
    /** Filled by P1: what the rest compares with. */
    private final List<Results.Phase> onePortalAt100 = new ArrayList<>();
    private final List<Pgbench.Result> pgbenchRuns = new ArrayList<>();

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
            postmaster = Cpu.postmasterOf(work.resolve("db").resolve("postgres"));
            var pool = ConnectionPool.open(new DatabaseUrl(jdbcUrl, null, null), 16);
            Migrations.migrate(pool);
            db = new Db(pool);
            DemoData.seedIfEmpty(db, new PortalConfig(Optional.of(jdbcUrl), work, 8080, "http://localhost:8080", true), CLOCK);
            seed = new Seed(db);
            long t0 = System.nanoTime();
            families = seed.households(0, households);
            results.note("Données : " + households + " foyers complets créés en " + (System.nanoTime() - t0) / 1_000_000 + " ms (SQL ensembliste).");
            daySets = seed.daySets(firstBookableDay(), DAYS_PER_REQUEST);
            db.dsl().execute("CREATE TABLE bench_child AS SELECT row_number() OVER (ORDER BY id) AS n, id AS child_id FROM child WHERE last_name = 'BENCH'");
            db.dsl().execute("CREATE SEQUENCE bench_child_seq");

            int portalPort = freePort();
            try (var portal = PortalProcess.start(jdbcUrl, portalPort, Map.of(), Path.of("target", "portal-1.log"))) {
                results.add("P6", "démarrage → première page (base externe)", portal.startMillis + " ms", "< 3 000 ms", "–",
                        atMost(portal.startMillis, 3000));
                Shared.baseUrl = "http://localhost:" + portalPort;
                var cpu = new Cpu(postmaster, List.of(portal.pid()));
                signIn();
                if (wanted("P1")) rush(cpu);
                if (wanted("P1") && wanted("OPEN")) openModel(cpu);
                if (wanted("P2")) overload();
                if (wanted("P5")) dashboard(cpu);
                if (wanted("P3")) typicalWeek();
                if (wanted("SCALE")) scaleOut(portal);
            }
            // last: its 400,000 bookings are written straight, without moving the slots' counts the checks above read
            if (wanted("P4")) invoicing();
        } finally {
            deleteQuietly(work);
            results.note("Durée totale du banc : " + (System.nanoTime() - started) / 1_000_000_000 + " s.");
            String header = households + " foyers, " + Runtime.getRuntime().availableProcessors() + " cœurs";
            results.write(Path.of("results"), header);
            Path readme = Path.of("..", "README.md");
            if (Files.exists(readme)) {
                Files.writeString(readme, Results.syncReadme(Files.readString(readme), Files.readString(Path.of("results", "latest.md"))));
            }
        }
    }

    /** The holiday centre books «avant le 20 du mois précédent»: from the month after next, every day can still be booked. */
    private static LocalDate firstBookableDay() {
        LocalDate today = LocalDate.now(CLOCK.withZone(TownZone.ZONE));
        LocalDate firstDay = today.plusMonths(today.getDayOfMonth() < 19 ? 1 : 2).withDayOfMonth(1);
        // not in the month P4 invoices: its 40 bookings a child must stay what they are
        LocalDate afterInvoicing = INVOICED_MONTH.plusMonths(1).atDay(1);
        return firstDay.isAfter(afterInvoicing) ? firstDay : afterInvoicing;
    }

    /** Every parent signs in before the opening, through the real form (Argon2id, not weakened). */
    private void signIn() {
        Shared.logins = families.stream().map(Seed.Household::loginId).distinct().toList();
        Shared.concurrency = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        var stats = GatlingRun.run(Logins.class, "connexions avant l'ouverture");
        results.add("P1", "connexions (Argon2id) avant l'ouverture", num(stats.perSecond()) + " connexions/s, p99 " + num(stats.p99()) + " ms, "
                + stats.errors() + " échecs", "–", "–", stats.errors() == 0 ? Results.Verdict.INFO : Results.Verdict.KO);
        signedIn = new ArrayList<>();
        for (var family : families) {
            String[] cookies = Shared.signedIn.get(family.loginId());
            if (cookies == null || cookies[0] == null) throw new IllegalStateException("parent " + family.loginId() + " could not sign in");
            signedIn.add(new Shared.Visitor(family.index(), cookies[0], cookies[1], List.of()));
        }
        // the last three families enter their typical week (P3): they stay out of the rush
        var rushing = signedIn.subList(0, Math.max(2, signedIn.size() - 3));
        firstHalf = rushing.subList(0, rushing.size() / 2);
        secondHalf = rushing.subList(rushing.size() / 2, rushing.size());
    }

    /** The next fresh days, with a place for each of {@code parents} (or exactly that many places). */
    private Seed.DaySet freshDays(int places) {
        var set = daySets.poll();
        if (set == null) throw new IllegalStateException("no fresh days left: fewer households or a shorter open model (bench.open.seconds)");
        seed.capacity(set.activity(), set.days(), places);
        return set;
    }

    /** The days the visitors of the next phase ask for: its bookings are counted there, in the database. */
    private final List<Seed.DaySet> phaseDays = new ArrayList<>();

    private List<Shared.Visitor> booking(List<Shared.Visitor> who, Seed.DaySet set) {
        phaseDays.add(set);
        Map<Integer, Long> child = families.stream().collect(Collectors.toMap(Seed.Household::index, Seed.Household::childId, (a, b) -> a));
        return who.stream().map(v -> new Shared.Visitor(v.index(), v.session(), v.csrf(),
                set.days().stream().map(d -> child.get(v.index()) + "-" + set.activity() + "-" + d).toList())).toList();
    }

    /** One Gatling phase of «Soumettre» and the CPU it cost; {@code booking}: whether each served day is a booking (not a waiting entry). */
    private Results.Phase soumettre(String name, int run, Class<?> simulation, Cpu cpu, boolean booking) {
        var before = cpu.now();
        var stats = GatlingRun.run(simulation, name + (run > 0 ? " #" + run : ""));
        var spent = cpu.now().minus(before);
        // what the database holds, not what the answers said: a refused day books nothing
        long bookings = booking ? phaseDays.stream().mapToLong(this::booked).sum() : 0;
        phaseDays.clear();
        return results.phase(new Results.Phase(name, run, stats.total(), stats.served(), stats.shed(), stats.errors(), stats.p50(), stats.p99(),
                stats.wallMillis(), bookings, spent));
    }

    private long booked(Seed.DaySet set) {
        return count("SELECT count(*) FROM booking WHERE activity_id = " + set.activity() + " AND status = 'BOOKED' AND day IN ("
                + set.days().stream().map(d -> "DATE '" + d + "'").collect(Collectors.joining(", ")) + ")");
    }

    private Pgbench.Result pgbench(int run, Cpu cpu) throws Exception {
        var set = freshDays(households + 10);
        db.dsl().execute("ALTER SEQUENCE bench_child_seq RESTART");
        int clients = 16;
        var before = cpu.now();
        var pg = Pgbench.run(dbPort, set.activity(), set.days(), clients, Math.max(1, (households - 3) / clients), work);
        var spent = cpu.now().minus(before);
        long stored = booked(set);
        if (stored != pg.transactions() * DAYS_PER_REQUEST) throw new IllegalStateException("pgbench booked " + stored + " for " + pg.transactions());
        results.phase(new Results.Phase("pgbench", run, pg.transactions(), pg.transactions(), 0, 0, 0, 0, pg.wallMillis(),
                pg.transactions() * DAYS_PER_REQUEST, spent));
        return pg;
    }

    /**
     * P1, like for like: each phase books its own fresh days with a place for everyone, so every served «Soumettre» books
     * its five days. pgbench plays the same statements for one child and five days, {@code bench.runs} times,
     * alternating with the portal at 100 concurrent on the first half of the parents; then the second half at 500; then
     * the second half again on days the first half filled: the waiting list, apart.
     */
    private void rush(Cpu cpu) throws Exception {
        // a portal that has been running: its booking path compiled by the JIT before anything is measured (kept in latest-runs.csv)
        Shared.visitors = booking(secondHalf, freshDays(secondHalf.size()));
        Shared.concurrency = Math.min(100, Shared.visitors.size());
        soumettre("échauffement", 0, Rush.class, cpu, true);
        Seed.DaySet filled = null;
        for (int run = 1; run <= runs; run++) {
            pgbenchRuns.add(pgbench(run, cpu));
            filled = freshDays(firstHalf.size());
            Shared.visitors = booking(firstHalf, filled);
            Shared.concurrency = Math.min(100, Shared.visitors.size());
            onePortalAt100.add(soumettre("P1 à 100", run, Rush.class, cpu, true));
        }
        var at100 = onePortalAt100;
        var perSecond = Results.Spread.of(at100.stream().mapToDouble(Results.Phase::bookingsPerSecond).toArray());
        results.add("P1", "réservations/s à 100 simultanés (" + at100.getFirst().requests() + " envois × " + DAYS_PER_REQUEST + " jours, places pour tous)",
                num(perSecond.median()) + "/s", perSecond.runs(), "≥ 1 500/s", "–", atLeast(perSecond.median(), 1500));
        latencyAndErrors(at100, "100");

        Shared.visitors = booking(secondHalf, freshDays(secondHalf.size()));
        Shared.concurrency = Math.min(500, Shared.visitors.size());
        var at500 = soumettre("P1 à " + Shared.concurrency, 1, Rush.class, cpu, true);
        results.add("P1", "réservations/s à " + Shared.concurrency + " simultanés (" + at500.requests() + " envois × " + DAYS_PER_REQUEST
                + " jours, places pour tous)", num(at500.bookingsPerSecond()) + "/s", "1", "≥ 1 500/s", "–", atLeast(at500.bookingsPerSecond(), 1500));
        latencyAndErrors(List.of(at500), Integer.toString(Shared.concurrency));

        Shared.visitors = booking(secondHalf, filled);
        Shared.concurrency = Math.min(100, Shared.visitors.size());
        var waiting = soumettre("P1 liste d'attente à 100", 1, Rush.class, cpu, false);
        long waitingRows = count("SELECT count(*) FROM booking WHERE activity_id = " + filled.activity() + " AND status = 'WAITING' AND day BETWEEN DATE '"
                + filled.days().getFirst() + "' AND DATE '" + filled.days().getLast() + "'");
        results.add("P1", "liste d'attente à 100 simultanés : envois/s sur des jours complets (" + waiting.requests() + " envois, " + waitingRows
                + " inscriptions en liste d'attente)", num(waiting.served() * 1000.0 / waiting.wallMillis()) + " envois/s ("
                + num(waitingRows * 1000.0 / waiting.wallMillis()) + " jours/s), p50 " + num(waiting.p50()) + " ms, p99 " + num(waiting.p99()) + " ms",
                "1", "–", "–", waitingRows == waiting.served() * DAYS_PER_REQUEST && waiting.errors() == 0 ? Results.Verdict.INFO : Results.Verdict.KO);

        long over = count("SELECT count(*) FROM slot WHERE booked > capacity");
        long drift = count("SELECT count(*) FROM slot s WHERE s.booked <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'BOOKED') "
                + "OR s.waiting <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'WAITING')");
        results.add("P1", "créneaux au-delà de leur capacité / compteur faux", over + " / " + drift, "0 / 0", "–",
                over == 0 && drift == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        long served = at100.stream().mapToLong(Results.Phase::served).sum() + at500.served();
        long booked = at100.stream().mapToLong(Results.Phase::bookings).sum() + at500.bookings();
        results.add("P1", "jours réservés par les envois servis (places pour tous) / jours demandés", booked + " / " + served * DAYS_PER_REQUEST,
                "égaux", "–", booked == served * DAYS_PER_REQUEST ? Results.Verdict.OK : Results.Verdict.KO);

        var sql = Results.Spread.of(pgbenchRuns.stream().mapToDouble(pg -> pg.tps() * DAYS_PER_REQUEST).toArray());
        double[] ratios = new double[runs];
        for (int i = 0; i < runs; i++) ratios[i] = at100.get(i).bookingsPerSecond() / (pgbenchRuns.get(i).tps() * DAYS_PER_REQUEST);
        var ratio = Results.Spread.of(ratios);
        results.add("P1", "mêmes instructions SQL avec pgbench (16 clients, " + pgbenchRuns.getFirst().transactions() + " transactions d'un enfant × "
                + DAYS_PER_REQUEST + " jours, places pour tous)", num(sql.median()) + " réservations/s", sql.runs(), "portail/SQL ≥ 0.7 à 100",
                "portail/SQL = " + ratio(ratio.median()) + " (" + ratio.ratios() + ")", atLeast(ratio.median(), 0.7));
        cpuPerBooking(ratio.median());
    }

    private void latencyAndErrors(List<Results.Phase> phases, String concurrency) {
        var p50 = Results.Spread.of(phases.stream().mapToDouble(Results.Phase::p50).toArray());
        var p99 = Results.Spread.of(phases.stream().mapToDouble(Results.Phase::p99).toArray());
        long errors = phases.stream().mapToLong(p -> p.errors() + p.shed()).sum();
        results.add("P1", "latence «Soumettre» (envoi + page de réponse) à " + concurrency + " simultanés", "p50 " + num(p50.median()) + " ms, p99 "
                + num(p99.median()) + " ms", "p99 : " + p99.runs(), "–", "–", Results.Verdict.INFO);
        results.add("P1", "erreurs ou refus à " + concurrency + " simultanés", Long.toString(errors), Integer.toString(phases.size()), "0", "–",
                errors == 0 ? Results.Verdict.OK : Results.Verdict.KO);
    }

    /** The fairness of the ratio: what one booking costs the portal beside what it costs PostgreSQL, with and without the portal. */
    private void cpuPerBooking(double measuredRatio) {
        var portal = Results.Spread.of(onePortalAt100.stream().mapToDouble(p -> p.perBooking(p.cpu().portal())).toArray());
        var postgres = Results.Spread.of(onePortalAt100.stream().mapToDouble(p -> p.perBooking(p.cpu().postgres())).toArray());
        var gatling = Results.Spread.of(onePortalAt100.stream().mapToDouble(p -> p.perBooking(p.cpu().load())).toArray());
        var alone = results.phases("pgbench");
        var postgresAlone = Results.Spread.of(alone.stream().mapToDouble(p -> p.perBooking(p.cpu().postgres())).toArray());
        var pgbenchItself = Results.Spread.of(alone.stream().mapToDouble(p -> p.perBooking(p.cpu().load())).toArray());
        results.add("P1", "CPU par réservation à 100 simultanés : portail / PostgreSQL / Gatling (ms)", Results.millis(portal.median()) + " / "
                + Results.millis(postgres.median()) + " / " + Results.millis(gatling.median()), portal.runs() + " / " + postgres.runs() + " / " + gatling.runs(), "–",
                "portail/PostgreSQL = " + ratio(portal.median() / postgres.median()), Results.Verdict.INFO);
        results.add("P1", "CPU par réservation avec pgbench : PostgreSQL / pgbench (ms)", Results.millis(postgresAlone.median()) + " / "
                        + Results.millis(pgbenchItself.median()),
                postgresAlone.runs() + " / " + pgbenchItself.runs(), "–", "–", Results.Verdict.INFO);
        double perSecond = Results.Spread.of(onePortalAt100.stream().mapToDouble(Results.Phase::bookingsPerSecond).toArray()).median();
        if (perSecond < 1500) {
            double cores = 1500 * (portal.median() + postgres.median() + gatling.median()) / 1000;
            double ceiling = Results.Spread.of(pgbenchRuns.stream().mapToDouble(pg -> pg.tps() * DAYS_PER_REQUEST).toArray()).median();
            results.note("1 500 réservations/s : au CPU mesuré par réservation à 100 simultanés (portail + PostgreSQL + Gatling), il faudrait "
                    + String.format(java.util.Locale.FRANCE, "%.1f", cores) + " cœurs sur " + Runtime.getRuntime().availableProcessors()
                    + (ceiling < 1500 ? " ; et les cinq créneaux verrouillés jusqu'au COMMIT n'en laissent passer que " + num(ceiling)
                    + " par seconde à PostgreSQL seul (pgbench)." : "."));
        }
        if (measuredRatio < 0.7) {
            // the portal's phases keep the cores busy: its rate is the busy cores over the CPU a booking costs there
            double busy = Results.Spread.of(onePortalAt100.stream().mapToDouble(p -> p.cpu().total() / (p.wallMillis() / 1000.0)).toArray()).median();
            double sqlRate = Results.Spread.of(pgbenchRuns.stream().mapToDouble(pg -> pg.tps() * DAYS_PER_REQUEST).toArray()).median();
            double allowed = busy / (0.7 * sqlRate) * 1000;
            double left = allowed - postgres.median() - gatling.median();
            results.note("Ratio portail/SQL : pendant P1 à 100, portail, PostgreSQL et Gatling occupent " + Results.millis(busy) + " cœurs sur "
                    + Runtime.getRuntime().availableProcessors() + ". 0,7 × pgbench = " + num(0.7 * sqlRate) + " réservations/s y demanderait au plus "
                    + Results.millis(allowed) + " ms de CPU par réservation en tout ; PostgreSQL en prend " + Results.millis(postgres.median())
                    + " ms derrière le portail (" + Results.millis(postgresAlone.median()) + " ms sous pgbench : session, dossier et inscriptions lus en plus)"
                    + " et Gatling " + Results.millis(gatling.median()) + " ms : il resterait au portail " + (left > 0 ? Results.millis(left) + " ms" : "moins que rien")
                    + " au lieu des " + Results.millis(portal.median()) + " ms mesurées.");
        }
    }

    /**
     * P1, open model: parents arrive at 40, 60 and 80 % of the booking rate pgbench measured, {@code bench.open.seconds}
     * each, whether the portal keeps up or not; each books five fresh days with a place for everyone.
     */
    private void openModel(Cpu cpu) {
        double tps = Results.Spread.of(pgbenchRuns.stream().mapToDouble(Pgbench.Result::tps).toArray()).median();
        var parents = new ArrayList<>(firstHalf);
        parents.addAll(secondHalf);
        for (double fraction : OPEN_RATES) {
            double rate = fraction * tps;
            int needed = (int) Math.ceil(rate * openSeconds * 1.05) + 10;
            var visitors = new ArrayList<Shared.Visitor>();
            while (visitors.size() < needed) visitors.addAll(booking(parents, freshDays(parents.size() + 10)));
            Shared.visitors = visitors;
            Shared.rate = rate;
            Shared.duration = java.time.Duration.ofSeconds(openSeconds);
            int percent = (int) Math.round(fraction * 100);
            var phase = soumettre("ouvert " + percent + " %", 1, OpenRush.class, cpu, true);
            boolean target = percent == 60;
            results.add("P1 ouvert", percent + " % du débit pgbench : " + num(rate * DAYS_PER_REQUEST) + " réservations/s demandées (" + num(rate)
                            + " envois/s pendant " + openSeconds + " s, " + phase.requests() + " envois)",
                    num(phase.bookingsPerSecond()) + " réservations/s servies, p50 " + num(phase.p50()) + " ms, p99 " + num(phase.p99()) + " ms, "
                            + phase.errors() + " erreurs, " + phase.shed() + " «Forte affluence»", "1", target ? "p99 < 150 ms, 0 erreur" : "–", "–",
                    target ? (phase.errors() == 0 && phase.shed() == 0 ? atMost(phase.p99(), 150) : Results.Verdict.KO)
                            : phase.errors() == 0 ? Results.Verdict.INFO : Results.Verdict.KO);
            if (target && phase.p99() > 150) {
                int cores = Runtime.getRuntime().availableProcessors();
                double busy = phase.cpu().total() / (phase.wallMillis() / 1000.0) / cores;
                results.note("Ouvert à 60 % : pendant cette phase, portail, PostgreSQL et Gatling ont occupé " + Math.round(busy * 100) + " % des "
                        + cores + " cœurs (" + Results.millis(phase.cpu().total() * 1000 / Math.max(1, phase.bookings())) + " ms de CPU par réservation, dont "
                        + Results.millis(phase.perBooking(phase.cpu().portal())) + " ms pour le portail) et servi " + num(phase.bookingsPerSecond())
                        + " réservations/s pour " + num(rate * DAYS_PER_REQUEST) + " demandées : au-delà de ce qu'il sert, les envois s'accumulent "
                        + "(64 en cours au plus, puis jusqu'à 5 s d'attente, puis «Forte affluence») ; le p99 est cette attente.");
            }
        }
        Shared.rate = 0;
    }

    /** P2: ten times P1's 500, all at once, on five other days: shed with 503 + Retry-After, lose nothing. */
    private void overload() {
        // a place for everyone: a served «Soumettre» must then have its five days in the database, a refused one none
        var set = freshDays(signedIn.size() + 10);
        var visitors = booking(signedIn, set);
        phaseDays.clear();
        Shared.visitors = visitors.subList(0, Math.min(visitors.size(), 5000));
        Shared.answers.clear();
        Shared.retryAfter.clear();
        var stats = GatlingRun.run(Overload.class, "surcharge à " + Shared.visitors.size() + " simultanés");
        long ok = 0, shed = 0, shedWithRetry = 0, other = 0, lost = 0, phantom = 0;
        var stored = db.dsl().fetch("SELECT c.household_id, count(*) FROM booking b JOIN child c ON c.id = b.child_id WHERE b.activity_id = ? AND b.day BETWEEN ? AND ? "
                        + "AND b.status <> 'CANCELLED' GROUP BY c.household_id", set.activity(), set.days().getFirst(), set.days().getLast())
                .intoMap(r -> r.get(0, Long.class), r -> r.get(1, Long.class));
        Map<Integer, Long> householdOf = families.stream().collect(Collectors.toMap(Seed.Household::index, Seed.Household::householdId, (a, b) -> a));
        for (var v : Shared.visitors) {
            Integer status = Shared.answers.get(v.index());
            long rows = stored.getOrDefault(householdOf.get(v.index()), 0L);
            if (status != null && status == 303) {
                ok++;
                if (rows != DAYS_PER_REQUEST) lost++;
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
        results.add("P2", "autres réponses (5xx, délais, connexions refusées, page de réponse absente)", Long.toString(other + stats.errors()), "0", "–",
                other + stats.errors() == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        results.add("P2", "perdues (servies absentes de la base) / fantômes (refusées présentes)", lost + " / " + phantom, "0 / 0", "–",
                lost == 0 && phantom == 0 ? Results.Verdict.OK : Results.Verdict.KO);
        results.add("P2", "latence des servis (envoi + page de réponse)", "p50 " + num(stats.p50()) + " ms, p99 " + num(stats.p99()) + " ms", "–", "–",
                Results.Verdict.INFO);
    }

    /**
     * P5: 100 signed-in parents on their «Tableau de bord». First without any pause, which measures how many pages/s
     * the portal serves at most (by Little's law, p99 < 30 ms there would need more than 100 / 0.030 = 3,333 pages/s)
     * and warms the page up as a portal that has been running is. Then as parents do, each reloading once a second
     * (100 pages/s): the latency target.
     */
    private void dashboard(Cpu cpu) {
        Shared.visitors = signedIn.subList(0, Math.min(100, signedIn.size()));
        Shared.repeat = 30;
        Shared.pace = null;
        var before = cpu.now();
        var flat = GatlingRun.run(Dashboard.class, "tableau de bord à " + Shared.visitors.size() + " sessions sans pause");
        var spent = cpu.now().minus(before);
        results.phase(new Results.Phase("P5 sans pause", 1, flat.total(), flat.served(), flat.shed(), flat.errors(), flat.p50(), flat.p99(),
                flat.wallMillis(), 0, spent));
        if (flat.perSecond() < 1000 && flat.served() > 0) {
            double perPage = spent.total() / flat.served();
            results.note("P5 sans pause : une page coûte " + Results.millis(spent.portal() * 1000 / flat.served()) + " ms de CPU au portail, "
                    + Results.millis(spent.postgres() * 1000 / flat.served()) + " ms à PostgreSQL et " + Results.millis(spent.load() * 1000 / flat.served())
                    + " ms à Gatling ; 1 000 pages/s demanderaient " + String.format(java.util.Locale.FRANCE, "%.1f", perPage * 1000) + " cœurs sur "
                    + Runtime.getRuntime().availableProcessors() + ".");
        }
        Shared.pace = java.time.Duration.ofSeconds(1);
        var paced = GatlingRun.run(Dashboard.class, "tableau de bord à " + Shared.visitors.size() + " sessions, une page/s chacune");
        Shared.pace = null;
        results.add("P5", "tableau de bord à " + Shared.visitors.size() + " sessions, chacune recharge toutes les secondes (" + paced.total() + " pages)",
                "p50 " + num(paced.p50()) + " ms, p99 " + num(paced.p99()) + " ms, " + num(paced.perSecond()) + " pages/s, " + paced.errors() + " erreurs",
                "p99 < 30 ms", "–", paced.errors() == 0 ? atMost(paced.p99(), 30) : Results.Verdict.KO);
        results.add("P5", "les mêmes 100 sessions sans aucune pause (débit maximal, " + flat.total() + " pages)",
                "p50 " + num(flat.p50()) + " ms, p99 " + num(flat.p99()) + " ms, " + num(flat.perSecond()) + " pages/s, " + flat.errors() + " erreurs",
                "≥ 1 000 pages/s", "–", flat.errors() == 0 ? atLeast(flat.perSecond(), 1000) : Results.Verdict.KO);
    }

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

        // the town invoices January once it is over: on the first working morning of February (a month not begun is refused)
        var clock = java.time.Clock.fixed(INVOICED_MONTH.plusMonths(1).atDay(1).atTime(8, 0).atZone(TownZone.ZONE).toInstant(), TownZone.ZONE);
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
                var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 303) throw new IllegalStateException("«ENREGISTRER» answered " + response.statusCode());
                // then the answer page it is sent to, as a browser does (the answer waits there under the pf_result cookie)
                String result = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pf_result=")).findFirst()
                        .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow(() -> new IllegalStateException("no answer kept for «ENREGISTRER»"));
                var answer = http.send(java.net.http.HttpRequest.newBuilder(URI.create(Shared.baseUrl + response.headers().firstValue("Location").orElseThrow()))
                        .header("Cookie", "pf_session=" + visitor.session() + "; pf_csrf=" + visitor.csrf() + "; " + result).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                serverMillis.add((System.nanoTime() - t0) / 1_000_000);
                if (answer.statusCode() != 200 || !answer.body().contains("Semaine type")) {
                    throw new IllegalStateException("the typical week's answer page answered " + answer.statusCode());
                }
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
        results.add("P3", "semaine type, 2 enfants, " + rows + " réservations en un «ENREGISTRER» et sa page de réponse (médiane)", median + " ms",
                "3 (" + serverMillis.stream().sorted().toList().getFirst() + "–" + serverMillis.stream().sorted().toList().getLast() + ")", "< 150 ms", "portail/INSERT groupé (" + batchMillis + " ms) = " + String.format("%.1f", (double) median / batchMillis), atMost(median, 150));
        results.note("P3 : un seul «ENREGISTRER» pour les quatre activités (matin, midi, soir, vacances), du lundi au vendredi, de la semaine "
                + "prochaine à la fin de l'année scolaire 2026-2027 : " + rows + " réservations pour deux enfants.");
    }

    /**
     * Two portal processes on the one database, the load spread over both, at P1's 100 concurrent: P1's invariants, the
     * throughput beside one process, and both beside what the CPU model ({@link ScaleModel}) predicts from P1's CPU per
     * booking.
     */
    private void scaleOut(PortalProcess first) throws Exception {
        int secondPort = freePort();
        try (var second = PortalProcess.start(jdbcUrl, secondPort, Map.of(), Path.of("target", "portal-2.log"))) {
            Shared.visitors = booking(firstHalf, freshDays(firstHalf.size()));
            Shared.concurrency = Math.min(100, Shared.visitors.size());
            Shared.baseUrls = List.of("http://localhost:" + first.port, "http://localhost:" + secondPort);
            Results.Phase two;
            try {
                two = soumettre("deux portails à 100", 1, Rush.class, new Cpu(postmaster, List.of(first.pid(), second.pid())), true);
            } finally {
                Shared.baseUrls = List.of();
            }
            double one = Results.Spread.of(onePortalAt100.stream().mapToDouble(Results.Phase::bookingsPerSecond).toArray()).median();
            results.add("Scale-out", "deux processus, 100 simultanés (" + two.requests() + " envois × " + DAYS_PER_REQUEST + " jours)",
                    num(two.bookingsPerSecond()) + " réservations/s, p99 " + num(two.p99()) + " ms, " + (two.errors() + two.shed()) + " erreurs",
                    "1", "> un processus", one > 0 ? "deux/un = " + ratio(two.bookingsPerSecond() / one) : "–",
                    one > 0 ? atLeast(two.bookingsPerSecond() / one, 1.0) : Results.Verdict.INFO);
            long over = count("SELECT count(*) FROM slot WHERE booked > capacity");
            long drift = count("SELECT count(*) FROM slot s WHERE s.booked <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'BOOKED') "
                + "OR s.waiting <> (SELECT count(*) FROM booking b WHERE b.slot_id = s.id AND b.status = 'WAITING')");
            long twice = count("SELECT count(*) FROM (SELECT slot_id, child_id FROM booking WHERE status <> 'CANCELLED' GROUP BY 1, 2 HAVING count(*) > 1) d");
            results.add("Scale-out", "créneaux au-delà de leur capacité / compteur faux / enfant inscrit deux fois", over + " / " + drift + " / " + twice,
                    "0 / 0 / 0", "–", over == 0 && drift == 0 && twice == 0 ? Results.Verdict.OK : Results.Verdict.KO);
            if (!onePortalAt100.isEmpty()) predicted(one, two.bookingsPerSecond());
        }
        results.note("Scale-out : les traitements planifiés (purge, sessions expirées, relances PayFiP) prennent un verrou consultatif "
                + "PostgreSQL par tour (AdvisoryJobLocks, prouvé par AdvisoryJobLocksTest) ; l'envoi des courriels réclame ses lignes en SKIP LOCKED.");
    }

    /**
     * The model from P1 at 100 (medians of its runs: CPU per booking of each party) and pgbench (the locks' ceiling: its
     * rate, reached without using the cores up), checked against this machine's one- and two-process runs.
     */
    private void predicted(double one, double two) {
        double ceiling = Results.Spread.of(pgbenchRuns.stream().mapToDouble(pg -> pg.tps() * DAYS_PER_REQUEST).toArray()).median();
        var model = new ScaleModel(median(p -> p.cpu().portal() / p.bookings()), median(p -> p.cpu().postgres() / p.bookings()),
                median(p -> p.cpu().load() / p.bookings()), ceiling);
        int cores = Runtime.getRuntime().availableProcessors();
        double shared = model.sharedCores(cores);
        results.add("Scale-out", "modèle, tout sur " + cores + " cœurs : prédit / mesuré un processus / mesuré deux", num(shared) + " / " + num(one)
                        + " / " + num(two) + " réservations/s", "P1 à 100 : " + onePortalAt100.size() + ", deux : 1", "écart < 25 %",
                "mesuré/prédit = " + ratio(one / shared) + " et " + ratio(two / shared),
                Math.abs(one / shared - 1) < 0.25 && Math.abs(two / shared - 1) < 0.25 ? Results.Verdict.OK : Results.Verdict.KO);
        var table = new StringBuilder("Modèle de passage à l'échelle (ScaleModel) : une réservation coûte " + Results.millis(model.portal() * 1000)
                + " ms de CPU au portail, " + Results.millis(model.postgres() * 1000) + " ms à PostgreSQL et " + Results.millis(model.load() * 1000)
                + " ms à Gatling (médianes de P1 à 100) ; les cinq créneaux de la ruée, verrouillés de la première instruction au COMMIT, en laissent "
                + "passer au plus " + num(ceiling) + " par seconde (pgbench). Tout sur " + cores + " cœurs : min(" + cores + " ÷ somme des CPU, plafond) = "
                + num(shared) + "/s, un ou deux processus. N portails de 2 cœurs devant un PostgreSQL de K cœurs, Gatling ailleurs :");
        for (int k : new int[]{2, 4, 8}) {
            table.append(" K = ").append(k).append(" :");
            for (int n : new int[]{1, 2, 4, 8}) table.append(" N = ").append(n).append(" → ").append(num(model.dedicated(n, 2, k))).append(",");
            table.setLength(table.length() - 1);
            table.append(" (plafond atteint dès N = ").append(model.portalsToSaturate(2, k)).append(") ;");
        }
        table.setLength(table.length() - 2);
        results.note(table + ".");
    }

    private double median(java.util.function.ToDoubleFunction<Results.Phase> perBooking) {
        return Results.Spread.of(onePortalAt100.stream().mapToDouble(perBooking).toArray()).median();
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
}
