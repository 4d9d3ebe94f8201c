package fr.portailfamille.application.accounts;

import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.PasswordPolicy;

/** The «mot de passe» + «confirmation» pair of a form, checked against the policy. */
final class NewPassword {

    private NewPassword() {
    }

    static FieldErrors check(String password, String confirmation) {
        var errors = new FieldErrors();
        for (String violation : PasswordPolicy.violations(password, confirmation)) {
            errors.add(violation.equals(PasswordPolicy.MISMATCH) ? "confirmation" : "password", violation);
        }
        return errors;
    }
}
