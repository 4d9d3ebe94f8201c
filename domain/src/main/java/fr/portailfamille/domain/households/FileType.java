package fr.portailfamille.domain.households;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only files the portal accepts, recognised from their first bytes («magic numbers»), never from their name:
 * a script renamed «facture.pdf» is still refused.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    public static final String REFUSED = "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : envoyez votre justificatif dans l'un de ces formats.";

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    FileType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public static Optional<FileType> detect(byte[] content) {
        for (FileType type : values()) {
            if (content.length >= type.signature.length
                    && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
