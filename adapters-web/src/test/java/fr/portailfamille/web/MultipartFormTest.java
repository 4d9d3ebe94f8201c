package fr.portailfamille.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartFormTest {

    static final String TYPE = "multipart/form-data; boundary=XyZ";

    static byte[] body(byte[] file) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\njeton\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nlivret-famille\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"livret é.pdf\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static MultipartForm read(String type, byte[] body, int max) throws IOException {
        return MultipartForm.read(type, new ByteArrayInputStream(body), max).orElseThrow();
    }

    @Test
    void fields_and_the_file_come_back_byte_for_byte_even_with_crlf_and_dashes_inside() throws IOException {
        byte[] file = "%PDF-1.7\r\n--XyZ-not-a-boundary\r\n\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        var form = read(TYPE, body(file), 10_000);
        assertEquals(Optional.of("jeton"), form.fields().first("_csrf").asOptional());
        assertEquals(Optional.of("livret-famille"), form.fields().first("type").asOptional());
        var part = form.file("file").orElseThrow();
        assertEquals("livret é.pdf", part.fileName());
        assertArrayEquals(file, part.content());
        assertFalse(part.truncated() || form.tooLarge());
    }

    @Test
    void past_the_limit_the_file_is_marked_truncated_and_the_fields_before_it_are_kept() throws IOException {
        byte[] body = body(new byte[5_000]);
        var form = read(TYPE, body, 1_000);
        assertTrue(form.tooLarge());
        assertTrue(form.file("file").orElseThrow().truncated());
        assertEquals(Optional.of("jeton"), form.fields().first("_csrf").asOptional());
    }

    @Test
    void a_quoted_boundary_works_and_other_content_types_are_not_multipart() throws IOException {
        assertEquals(Optional.of("jeton"), read("multipart/form-data; boundary=\"XyZ\"", body(new byte[] {1}), 10_000).fields().first("_csrf").asOptional());
        assertTrue(MultipartForm.read("application/x-www-form-urlencoded", new ByteArrayInputStream(new byte[0]), 10).isEmpty());
        assertTrue(MultipartForm.read("multipart/form-data", new ByteArrayInputStream(new byte[0]), 10).isEmpty());
        assertTrue(MultipartForm.read(null, new ByteArrayInputStream(new byte[0]), 10).isEmpty());
    }
}
