package fr.portailfamille.domain.town;

import java.util.Objects;

/**
 * The town running the portal, as parents see it: banner, footer contact block, sender and signature of mails.
 */
public record Town(
        String name,
        String logoPath,
        String servicesEmail,
        String phone,
        String postalAddress,
        String publicBaseUrl,
        int activationValidityHours) {

    public Town {
        requireText(name, "name");
        requireText(servicesEmail, "servicesEmail");
        requireText(phone, "phone");
        requireText(postalAddress, "postalAddress");
        requireText(publicBaseUrl, "publicBaseUrl");
        if (activationValidityHours <= 0) throw new IllegalArgumentException("activationValidityHours must be positive");
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** «Mairie de Villepreux»: how mails are signed. */
    public String townHall() {
        return "Mairie de " + name;
    }

    private static void requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
    }
}
