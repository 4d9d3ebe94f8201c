package fr.portailfamille.domain.accounts;

/** What happened to an account, as staff read it in the journal. */
public enum AuditEventType {
    ACCOUNT_CREATED("Compte créé"),
    ACTIVATION_RESENT("Lien d'activation renvoyé"),
    ACCOUNT_ACTIVATED("Compte activé"),
    TERMS_ACCEPTED("Conditions générales d'utilisation acceptées"),
    TERMS_PUBLISHED("Conditions générales d'utilisation publiées"),
    LOGIN_SUCCEEDED("Connexion réussie"),
    LOGIN_FAILED("Connexion échouée"),
    LOGOUT("Déconnexion"),
    PASSWORD_CHANGED("Mot de passe modifié"),
    PASSWORD_RESET_REQUESTED("Réinitialisation du mot de passe demandée"),
    PASSWORD_RESET("Mot de passe réinitialisé"),
    EMAIL_CHANGE_REQUESTED("Changement d'adresse e-mail demandé"),
    EMAIL_CHANGED("Adresse e-mail modifiée"),
    ACCOUNT_PURGED("Compte supprimé"),
    TOWN_SETTINGS_CHANGED("Réglages de la commune modifiés"),
    TOWN_DOCUMENT_PUBLISHED("Document de la ville publié"),
    TOWN_DOCUMENT_WITHDRAWN("Document de la ville retiré"),
    FRANCECONNECT_LINKED("Identité FranceConnect liée au compte"),
    FRANCECONNECT_UNLINKED("Identité FranceConnect déliée du compte");

    private final String label;

    AuditEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
