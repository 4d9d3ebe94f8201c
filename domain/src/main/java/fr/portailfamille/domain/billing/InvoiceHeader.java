package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.town.Town;

import java.util.Objects;

/**
 * What an invoice prints around its lines, frozen when it is issued: to whom and where it was sent, and who sent it
 * (the town and its régie). A family that moves, a town that changes its phone number, a régie renamed — none of it
 * changes an invoice already issued: its PDF stays the same document.
 *
 * @param address the household's postal address at issue; empty when it had none
 */
public record InvoiceHeader(String addressee, String address, String townName, String townAddress, String townEmail, String townPhone,
                            String cashOfficeName) {

    public InvoiceHeader {
        Objects.requireNonNull(addressee, "addressee");
        address = Objects.requireNonNullElse(address, "");
        Objects.requireNonNull(townName, "townName");
        townAddress = Objects.requireNonNullElse(townAddress, "");
        townEmail = Objects.requireNonNullElse(townEmail, "");
        townPhone = Objects.requireNonNullElse(townPhone, "");
        Objects.requireNonNull(cashOfficeName, "cashOfficeName");
    }

    public static InvoiceHeader of(Town town, CashOffice cashOffice, String addressee, String address) {
        return new InvoiceHeader(addressee, address, town.name(), town.postalAddress(), town.servicesEmail(), town.phone(), cashOffice.name());
    }
}
