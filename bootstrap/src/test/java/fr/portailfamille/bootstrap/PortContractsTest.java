package fr.portailfamille.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every out-port has its contract, run on each of its adapters: for each interface of application's production code
 * that a class of an adapter module, of an example, or a top-level class of application's test-jar (the in-memory
 * adapters) implements, there is an abstract {@code <Port>Contract} in application's tests, and for each implementing
 * class a test class that extends the contract and names the class. A new port or adapter without one fails here.
 * Read from the sources, as {@link ClassLengthTest} does: the test classes of the other modules are not on this class path.
 */
class PortContractsTest {

    private static final Pattern INTERFACE = Pattern.compile("public\\s+(?:sealed\\s+)?interface\\s+(\\w+)");
    private static final Pattern IMPLEMENTS = Pattern.compile("class\\s+(\\w+)[^{;]*?\\bimplements\\s+([^{]+)\\{");
    private static final Pattern EXTENDS_CONTRACT = Pattern.compile("class\\s+\\w+\\s+extends\\s+(\\w+Contract)\\b");

    @Test
    void every_adapter_of_an_out_port_runs_the_ports_contract() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        var sources = sources(root);
        var missing = missing(sources);
        assertTrue(sources.size() > 300, "the walk found the sources: " + sources.size());
        assertEquals(List.of(), missing);
        assertTrue(implementations(sources).size() > 40, "the check sees the ports' adapters: " + implementations(sources).keySet());
    }

    @Test
    void the_check_finds_a_port_without_contract_and_an_adapter_the_contract_does_not_run_on() {
        var sources = Map.of(
                "application/src/main/java/a/Outbox.java", "public interface Outbox { }",
                "application/src/main/java/a/Clocks.java", "public interface Clocks { }",
                "application/src/test/java/a/OutboxContract.java", "public abstract class OutboxContract { }",
                "application/src/test/java/a/InMemoryOutbox.java", "public final class InMemoryOutbox implements Outbox {",
                "application/src/test/java/a/InMemoryOutboxTest.java", "class InMemoryOutboxTest extends OutboxContract { new InMemoryOutbox(); }",
                "adapters-x/src/main/java/a/SqlOutbox.java", "public final class SqlOutbox implements Outbox, AutoCloseable {",
                "adapters-x/src/main/java/a/SystemClocks.java", "final class SystemClocks implements Clocks {");
        assertEquals(List.of("Clocks: no ClocksContract (implemented by SystemClocks)", "Outbox: SqlOutbox runs no OutboxContract"),
                missing(sources));
    }

    /** What is missing, one line each: a port without contract, an adapter without a run of its port's contract. */
    static List<String> missing(Map<String, String> sources) {
        var contracts = new TreeSet<String>();
        var runs = new TreeMap<String, List<String>>();
        sources.forEach((path, text) -> {
            if (!path.contains("/src/test/")) return;
            String name = Path.of(path).getFileName().toString().replace(".java", "");
            if (path.startsWith("application/") && name.endsWith("Contract")) contracts.add(name);
            var m = EXTENDS_CONTRACT.matcher(text);
            if (m.find()) runs.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(text);
        });
        var found = new ArrayList<String>();
        implementations(sources).forEach((port, classes) -> {
            String contract = port + "Contract";
            if (!contracts.contains(contract)) {
                found.add(port + ": no " + contract + " (implemented by " + String.join(", ", classes) + ")");
                return;
            }
            for (String adapter : classes) {
                var word = Pattern.compile("\\b" + adapter + "\\b");
                if (runs.getOrDefault(contract, List.of()).stream().noneMatch(test -> word.matcher(test).find())) {
                    found.add(port + ": " + adapter + " runs no " + contract);
                }
            }
        });
        return found;
    }

    /** Each out-port with the classes that implement it: adapters, examples, the in-memory adapters of application's tests. */
    static Map<String, Set<String>> implementations(Map<String, String> sources) {
        var ports = new TreeSet<String>();
        sources.forEach((path, text) -> {
            if (path.startsWith("application/src/main/")) INTERFACE.matcher(text).results().forEach(m -> ports.add(m.group(1)));
        });
        var found = new TreeMap<String, Set<String>>();
        sources.forEach((path, text) -> {
            boolean adapter = path.matches("(adapters-[^/]+|examples/[^/]+)/src/main/.*");
            boolean inMemory = path.startsWith("application/src/test/");
            if (!adapter && !inMemory) return;
            String file = Path.of(path).getFileName().toString().replace(".java", "");
            IMPLEMENTS.matcher(text).results().forEach(m -> {
                if (inMemory && !m.group(1).equals(file)) return;
                for (String type : m.group(2).split("[,\\s]+")) {
                    String port = type.replaceAll("<.*", "").replaceAll(".*\\.", "");
                    if (ports.contains(port)) found.computeIfAbsent(port, k -> new TreeSet<>()).add(m.group(1));
                }
            });
        });
        return found;
    }

    private static Map<String, String> sources(Path root) {
        var texts = new TreeMap<String, String>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (!relative.matches("(examples/)?[^/]+/src/(main|test)/java/.*")) return;
                try {
                    texts.put(relative, Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
