package fr.portailfamille.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real portal in its own JVM ({@code fr.portailfamille.bootstrap.Main}, the bench's classpath), on a PostgreSQL given
 * as DATABASE_URL, as a town would run it. The time from launch to the first page answered is P6.
 */
final class PortalProcess implements AutoCloseable {

    private final Process process;
    final int port;
    final long startMillis;

    private PortalProcess(Process process, int port, long startMillis) {
        this.process = process;
        this.port = port;
        this.startMillis = startMillis;
    }

    static PortalProcess start(String jdbcUrl, int port, Map<String, String> env, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(List.of(java, "-Xmx768m"));
        // e.g. BENCH_PORTAL_JVM="-XX:StartFlightRecording=filename=/tmp/portal.jfr,settings=profile" to see where a scenario's time goes
        String extra = System.getenv().getOrDefault("BENCH_PORTAL_JVM", "").strip();
        if (!extra.isEmpty()) command.addAll(List.of(extra.split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "fr.portailfamille.bootstrap.Main"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DATABASE_URL", jdbcUrl);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("DEMO", "false");
        builder.environment().put("PUBLIC_BASE_URL", "http://localhost:" + port);
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            var first = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).timeout(Duration.ofSeconds(5)).GET().build();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) throw new IllegalStateException("the portal stopped at start: see " + log);
                try {
                    if (http.send(first, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return new PortalProcess(process, port, (System.nanoTime() - started) / 1_000_000);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the portal did not answer within 120 s: see " + log);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
