package fr.portailfamille.domain.households;

/**
 * A consent the town asks for each child («Droit à l'image»…). Rewording a question gives it a new version: the
 * answers to older versions no longer count, parents are asked again.
 *
 * @param code     stable key, e.g. «droit-image»
 * @param required a child is not bookable until it is answered (yes or no)
 */
public record ConsentQuestion(String code, int version, String label, boolean required) {

    public ConsentQuestion {
        code = Texts.required(code, "code");
        if (!code.matches("[a-z0-9-]{1,40}")) throw new IllegalArgumentException("codes are lower-case words joined by dashes");
        if (version <= 0) throw new IllegalArgumentException("versions start at 1");
        label = Texts.required(label, "label");
    }
}
