package fr.portailfamille.web;

import fr.portailfamille.domain.accounts.Role;

/**
 * Who is making the request, as the layout and the route gate need it. Anonymous visitors have no account;
 * {@code mustAcceptTerms} sends a signed-in parent to the new CGU before anything else.
 */
public record Visitor(Long accountId, String displayName, Role role, boolean mobileLayout, java.util.function.IntSupplier unread,
                      boolean mustAcceptTerms, String clientAddress) {

    public static final Visitor ANONYMOUS = new Visitor(null, null, null, false, 0, false);

    /**
     * @param unread the header's count of unread notifications, asked for the first time a page shows it and then kept:
     *               an answer without a page (a redirect after a form) does not count them
     * @param clientAddress where the request came from, for the audit trail
     */
    public Visitor {
        unread = new CountedOnce(unread);
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    public Visitor(Long accountId, String displayName, Role role, boolean mobileLayout, int unreadNotifications, boolean mustAcceptTerms,
                   String clientAddress) {
        this(accountId, displayName, role, mobileLayout, () -> unreadNotifications, mustAcceptTerms, clientAddress);
    }

    public Visitor(Long accountId, String displayName, Role role, boolean mobileLayout, int unreadNotifications, boolean mustAcceptTerms) {
        this(accountId, displayName, role, mobileLayout, unreadNotifications, mustAcceptTerms, "");
    }

    public int unreadNotifications() {
        return unread.getAsInt();
    }

    /** The count asked once per request (a request is served by one thread at a time). */
    private static final class CountedOnce implements java.util.function.IntSupplier {
        private final java.util.function.IntSupplier count;
        private Integer known;

        CountedOnce(java.util.function.IntSupplier count) {
            this.count = count instanceof CountedOnce once ? once.count : count;
        }

        @Override
        public int getAsInt() {
            if (known == null) known = count.getAsInt();
            return known;
        }
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean may(Access access) {
        return switch (access) {
            case PUBLIC -> true;
            case SIGNED_IN -> signedIn();
            case PARENT -> signedIn() && role == Role.PARENT;
            case STAFF -> signedIn() && role.isStaff();
            case ADMIN, DEMO -> signedIn() && role == Role.ADMIN;
        };
    }
}
