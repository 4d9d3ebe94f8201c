package fr.portailfamille.web.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SimpleTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bonjour|<p>Bonjour</p>",
            "La **cantine** ferme|<p>La <strong>cantine</strong> ferme</p>",
            "Un\\nDeux|<p>Un<br>Deux</p>",
            "Un\\n\\nDeux|<p>Un</p><p>Deux</p>",
            "- lundi\\n- mardi|<ul><li>lundi</li><li>mardi</li></ul>",
            "<script>alert(1)</script>|<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
            "**<img src=x onerror=alert(1)>**|<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>",
            "L'été & \"vous\"|<p>L&#39;été &amp; &quot;vous&quot;</p>",
    })
    void formats_safely(String text, String html) {
        assertEquals(html, SimpleText.toHtml(text.replace("\\n", "\n")));
    }

    @Test
    void no_tag_from_the_input_survives() {
        String html = SimpleText.toHtml("<a href=\"javascript:x\">clic</a>\n\n- <b>gras</b>");
        assertFalse(html.contains("<a") || html.contains("<b>"), html);
    }

    @Test
    void summary_cuts_between_words_and_drops_formatting() {
        assertEquals("Inscriptions aux…", SimpleText.summary("Inscriptions aux centres de loisirs", 16));
        assertEquals("La cantine ferme", SimpleText.summary("La **cantine** ferme", 100));
    }
}
