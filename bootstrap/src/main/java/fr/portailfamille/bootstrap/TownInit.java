package fr.portailfamille.bootstrap;

import fr.portailfamille.application.town.SetUpTown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code portail init}: the answers that set a town up, from flags (for scripts) or asked in French one by one.
 * Flags: {@code --town}, {@code --admin-email}, {@code --admin-name} ("Prénom NOM": the last word is the name),
 * and optionally {@code --town-email} (default: the admin's), {@code --phone}, {@code --address}.
 */
final class TownInit {

    /** A flag, its question, and whether a script may leave it out. */
    private record Question(String flag, String prompt, boolean required) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("--town", "Nom de la commune (par exemple Villepreux)", true),
            new Question("--admin-name", "Prénom et NOM du premier administrateur (par exemple Anne DURAND)", true),
            new Question("--admin-email", "Adresse e-mail de l'administrateur (le lien d'activation y part)", true),
            new Question("--town-email", "Adresse e-mail de l'Espace Services (Entrée : celle de l'administrateur)", false),
            new Question("--phone", "Téléphone de la mairie", false),
            new Question("--address", "Adresse postale de la mairie", false));

    static final String NOT_GIVEN_PHONE = "Non renseigné";
    static final String NOT_GIVEN_ADDRESS = "Adresse à renseigner";

    private TownInit() {
    }

    /** Wrong flags: the message says which, in French. */
    static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The set-up command from {@code args} (after "init"); missing answers are asked on {@code in} when it is a
     * terminal-like input ({@code in} null: a script, nothing is asked).
     */
    static SetUpTown.Command command(List<String> args, BufferedReader in, PrintStream out, String publicBaseUrl) throws IOException {
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (QUESTIONS.stream().noneMatch(q -> q.flag().equals(flag))) {
                throw new Refused("Option inconnue : " + arg + ". Options : --town, --admin-name, --admin-email, --town-email, --phone, --address.");
            }
            if (arg.contains("=")) {
                answers.put(flag, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size()) {
                answers.put(flag, args.get(++i));
            } else {
                throw new Refused("L'option " + flag + " attend une valeur.");
            }
        }
        for (var question : QUESTIONS) {
            if (answers.containsKey(question.flag()) || in == null) continue;
            // interactive: everything the flags did not say is asked
            out.print(question.prompt() + " : ");
            out.flush();
            String line = in.readLine();
            if (line != null && !line.isBlank()) answers.put(question.flag(), line.strip());
        }
        var missing = new ArrayList<String>();
        QUESTIONS.stream().filter(q -> q.required() && answers.getOrDefault(q.flag(), "").isBlank()).forEach(q -> missing.add(q.flag()));
        if (!missing.isEmpty()) throw new Refused("Il manque : " + String.join(", ", missing) + ".");
        String adminName = answers.get("--admin-name").strip();
        int space = adminName.lastIndexOf(' ');
        if (space < 0) throw new Refused("--admin-name attend le prénom puis le NOM, par exemple « Anne DURAND ».");
        return new SetUpTown.Command(answers.get("--town"), answers.getOrDefault("--town-email", answers.get("--admin-email")),
                answers.getOrDefault("--phone", NOT_GIVEN_PHONE), answers.getOrDefault("--address", NOT_GIVEN_ADDRESS), publicBaseUrl,
                adminName.substring(space + 1), adminName.substring(0, space), answers.get("--admin-email"));
    }
}
