package fr.portailfamille.bootstrap;

import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.domain.town.Town;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.accounts.JooqTermsRepository;
import fr.portailfamille.persistence.town.JooqTownRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fictional town for the demo: settings, a first version of the CGU, one agent and two households. Seeded once;
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

    public static Logins seedIfEmpty(Db db, PortalConfig config) {
        var towns = new JooqTownRepository(db);
        var terms = new JooqTermsRepository(db);
        db.run(() -> {
            if (towns.find().isPresent()) return;
            towns.save(new Town("Beaulieu-sur-Orge", "/static/logo-ville.svg", "espace.services@beaulieu-sur-orge.example",
                    "01 64 00 00 00", "Hôtel de ville, 1 place de la République, 91999 Beaulieu-sur-Orge",
                    config.publicBaseUrl(), 168));
            terms.publish(new TermsOfUse(1, "Conditions générales d'utilisation du Portail Famille", resource("/demo/cgu-v1.txt"),
                    Instant.parse("2026-09-01T06:00:00Z")));
        });
        return new Logins(new ArrayList<>());
    }

    static String resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
