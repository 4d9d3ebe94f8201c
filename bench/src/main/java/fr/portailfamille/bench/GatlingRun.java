package fr.portailfamille.bench;

import io.gatling.app.Gatling$;

import java.nio.file.Path;

/**
 * Runs one Gatling simulation in this JVM. Its figures are Gatling's own response times, which the simulation keeps in
 * {@link Shared#samples} as each answer comes (never read back from the HTML report, whose layout may change).
 */
final class GatlingRun {

    static final Path RESULTS = Path.of("target", "gatling");

    private GatlingRun() {
    }

    static Samples.Stats run(Class<?> simulation, String description) {
        Shared.samples = new Samples();
        int status = Gatling$.MODULE$.fromArgs(new String[]{"-s", simulation.getName(), "-rf", RESULTS.toAbsolutePath().toString(),
                "-rd", description, "-l", "bench"});
        if (status != 0 && status != 2) throw new IllegalStateException("Gatling ended with status " + status + " for " + simulation.getSimpleName());
        return Shared.samples.stats();
    }
}
