package fr.portailfamille.web;

import io.helidon.common.parameters.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (a form with a file), read with a hard limit: reading stops past
 * {@code maxBytes}, and the part cut short is marked {@link FilePart#truncated()} so that the use case refuses it
 * without storing anything. Text fields before the file (the CSRF token first) are still read. The file name is
 * kept only to be shown: nothing decides on it.
 */
public final class MultipartForm {

    /** A file field; {@code truncated} when the body went past the limit inside it. */
    public record FilePart(String name, String fileName, byte[] content, boolean truncated) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    private final Parameters fields;
    private final List<FilePart> files;
    private final boolean tooLarge;

    private MultipartForm(Parameters fields, List<FilePart> files, boolean tooLarge) {
        this.fields = fields;
        this.files = List.copyOf(files);
        this.tooLarge = tooLarge;
    }

    /**
     * @return empty when the content type is not multipart with a boundary
     * @throws IllegalArgumentException when the body stops inside a part before the size limit (a truncated upload)
     */
    public static Optional<MultipartForm> read(String contentType, InputStream body, int maxBytes) throws IOException {
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) return Optional.empty();
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) return Optional.empty();
        String boundary = m.group(1) != null ? m.group(1) : m.group(2);
        byte[] bytes = body.readNBytes(maxBytes + 1);
        boolean tooLarge = bytes.length > maxBytes;
        if (tooLarge) bytes = Arrays.copyOf(bytes, maxBytes);
        return Optional.of(parse(bytes, ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1), tooLarge));
    }

    private static MultipartForm parse(byte[] body, byte[] delimiter, boolean cut) {
        var fields = Parameters.builder("form");
        var files = new ArrayList<FilePart>();
        byte[] separator = new byte[delimiter.length + 2];
        separator[0] = '\r';
        separator[1] = '\n';
        System.arraycopy(delimiter, 0, separator, 2, delimiter.length);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int afterDelimiter = at + delimiter.length;
            if (afterDelimiter + 2 > body.length || (body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-')) break;
            int headersStart = afterDelimiter + 2;
            int headersEnd = indexOf(body, CRLF_CRLF, headersStart);
            if (headersEnd < 0) break;
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int next = nextDelimiter(body, separator, contentStart);
            boolean truncated = next < 0;
            // a body that stops inside a part without reaching the size limit was cut on the way: its file is not whole
            if (truncated && !cut) throw new IllegalArgumentException("truncated multipart body");
            int contentEnd = truncated ? body.length : next;
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                Matcher fileName = FILE_NAME.matcher(headers);
                byte[] content = Arrays.copyOfRange(body, contentStart, Math.max(contentStart, contentEnd));
                if (fileName.find()) files.add(new FilePart(name.group(1), fileName.group(1), content, truncated && cut));
                else if (!truncated) fields.add(name.group(1), new String(content, StandardCharsets.UTF_8));
            }
            at = truncated ? -1 : next + 2;
        }
        return new MultipartForm(fields.build(), files, cut);
    }

    /**
     * The next CRLF--boundary that really ends a part: followed by CRLF, or by «--» for the last one (RFC 2046). The same
     * bytes followed by anything else are content.
     */
    private static int nextDelimiter(byte[] body, byte[] separator, int from) {
        int at = indexOf(body, separator, from);
        while (at >= 0) {
            int after = at + separator.length;
            if (after + 1 < body.length && ((body[after] == '\r' && body[after + 1] == '\n') || (body[after] == '-' && body[after + 1] == '-'))) {
                return at;
            }
            at = indexOf(body, separator, at + 1);
        }
        return -1;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    public Parameters fields() {
        return fields;
    }

    public Optional<FilePart> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The body went past the limit: what follows the cut was not read. */
    public boolean tooLarge() {
        return tooLarge;
    }
}
