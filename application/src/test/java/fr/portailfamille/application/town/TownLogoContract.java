package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.households.FileType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link TownLogo}: every adapter runs it (in-memory and jOOQ). */
public abstract class TownLogoContract {

    /** A store without a logo yet. */
    protected abstract TownLogo logo();

    @Test
    void noLogoUntilOneIsSent() {
        assertTrue(logo().find().isEmpty());
    }

    @Test
    void theLastLogoSentIsTheOne() {
        var logo = logo();
        logo.store(new TownLogo.Image(FileType.PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}));
        logo.store(new TownLogo.Image(FileType.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 2}));
        var found = logo.find().orElseThrow();
        assertEquals(FileType.JPEG, found.type());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 2}, found.content());
    }
}
