package fr.portailfamille.domain.households;

/**
 * A kind of «justificatif» the town asks for. Town data.
 *
 * @param required without it (validated, not expired) a child is not bookable
 * @param perChild one per child (a vaccination record) rather than one per household (a proof of address)
 */
public record DocumentType(String code, String label, boolean required, boolean perChild) {

    public DocumentType {
        code = Texts.required(code, "code");
        if (!code.matches("[a-z0-9-]{1,40}")) throw new IllegalArgumentException("codes are lower-case words joined by dashes");
        label = Texts.required(label, "label");
    }
}
