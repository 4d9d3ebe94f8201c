package fr.portailfamille.application.common;

/** A file sent with a form (a message's attachment, a démarche's answer, a news image); {@code tooLarge} when the reader stopped at the size limit. */
public record Upload(String fileName, byte[] content, boolean tooLarge) {
    public static final Upload NONE = new Upload(null, null, false);

    public boolean present() {
        return tooLarge || content != null && content.length > 0 || fileName != null && !fileName.isBlank();
    }
}
