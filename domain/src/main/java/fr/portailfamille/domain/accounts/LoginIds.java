package fr.portailfamille.domain.accounts;

/**
 * Allocation of the short «identifiant de connexion» (like 3154): numbers are easy to read out on the phone, and
 * starting at 1001 gives every id at least four digits.
 */
public final class LoginIds {

    public static final int FIRST = 1001;

    private LoginIds() {
    }

    /** The id after the highest one given so far in this town (pass 0 when there is none). */
    public static int next(int highestSoFar) {
        if (highestSoFar == Integer.MAX_VALUE) throw new IllegalStateException("no login id left");
        return Math.max(FIRST, highestSoFar + 1);
    }
}
