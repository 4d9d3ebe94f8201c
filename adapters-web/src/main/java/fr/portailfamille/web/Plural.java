package fr.portailfamille.web;

/**
 * «1 facture», «3 factures», «0 facture»: French takes the singular up to one. Pages write counts with it rather than
 * «facture(s)»; templates have the same rule as {@code layout.count}.
 */
public final class Plural {

    private Plural() {
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n > 1 ? plural : singular);
    }
}
