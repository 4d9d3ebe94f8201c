package fr.portailfamille.domain.households;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            "pdf,            255044462d312e370a, PDF",
            "png,            89504e470d0a1a0a0000, PNG",
            "jpeg,           ffd8ffe000104a464946, JPEG",
            "text,           48656c6c6f, null",
            "html,           3c68746d6c3e, null",
            "pdf without -,  25504446, null",
            "truncated png,  89504e47, null",
            "two jpeg bytes, ffd8, null",
            "empty,          '', null",
            "zip,            504b0304, null"})
    void the_type_comes_from_the_first_bytes(String name, String hex, FileType expected) {
        assertEquals(Optional.ofNullable(expected), FileType.detect(HexFormat.of().parseHex(hex)));
    }
}
