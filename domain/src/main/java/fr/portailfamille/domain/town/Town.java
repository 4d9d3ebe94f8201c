package fr.portailfamille.domain.town;

import java.util.Objects;

/**
 * The town running the portal, as parents see it: banner, footer contact block, sender and signature of mails.
 *
 * @param openingHours when the Espace Services receives the public, as the town writes it («» until it says)
 */
public record Town(
        String name,
        String logoPath,
        String servicesEmail,
        String phone,
        String postalAddress,
        String publicBaseUrl,
        int activationValidityHours,
        String openingHours) {

    /** A town that has not written its opening hours yet. */
    public Town(String name, String logoPath, String servicesEmail, String phone, String postalAddress, String publicBaseUrl,
                int activationValidityHours) {
        this(name, logoPath, servicesEmail, phone, postalAddress, publicBaseUrl, activationValidityHours, "");
    }

    public Town {
        openingHours = openingHours == null ? "" : openingHours.strip();
        requireText(name, "name");
        requireText(servicesEmail, "servicesEmail");
        requireText(phone, "phone");
        requireText(postalAddress, "postalAddress");
        requireText(publicBaseUrl, "publicBaseUrl");
        if (activationValidityHours <= 0) throw new IllegalArgumentException("activationValidityHours must be positive");
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** The same town with its contact details as an admin changed them (the address of the portal and the links stay). */
    public Town withContact(String newName, String newServicesEmail, String newPhone, String newPostalAddress, String newOpeningHours) {
        return new Town(newName, logoPath, newServicesEmail, newPhone, newPostalAddress, publicBaseUrl, activationValidityHours, newOpeningHours);
    }

    /** The same town with another logo (an address the banner's image is loaded from). */
    public Town withLogo(String newLogoPath) {
        return new Town(name, newLogoPath, servicesEmail, phone, postalAddress, publicBaseUrl, activationValidityHours, openingHours);
    }

    /** «Mairie de Villepreux»: how mails are signed. */
    public String townHall() {
        return "Mairie de " + name;
    }

    private static void requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
    }
}
