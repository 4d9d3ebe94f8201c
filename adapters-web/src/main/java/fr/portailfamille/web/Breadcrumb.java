package fr.portailfamille.web;

/** One step of the «fil d'Ariane»; the last step has no link. */
public record Breadcrumb(String label, String href) {

    public static Breadcrumb here(String label) {
        return new Breadcrumb(label, null);
    }
}
