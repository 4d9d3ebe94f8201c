package fr.portailfamille.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The request log never holds a token. */
class AccessLogTest {

    @Test
    void oneLineWithStatusAndDuration() {
        assertEquals("GET /planning 200 12 ms", AccessLog.line("GET", "/planning", 200, 12));
    }

    @Test
    void tokensInThePathAreMasked() {
        assertEquals("GET /activation/… 200 3 ms", AccessLog.line("GET", "/activation/Zx8_Qk3pV9aLm2Rt7YwB4nHc", 200, 3));
        assertEquals("GET /calendrier/….ics 200 3 ms", AccessLog.line("GET", "/calendrier/Zx8_Qk3pV9aLm2Rt7YwB4nHc.ics", 200, 3));
        assertEquals("POST /mot-de-passe/…/nouveau 303 90 ms", AccessLog.line("POST", "/mot-de-passe/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/nouveau", 303, 90));
    }

    @Test
    void idsAndPagesAreKept() {
        assertEquals("/agent/foyers/1042/enfants/7", AccessLog.masked("/agent/foyers/1042/enfants/7"));
        assertEquals("/static/portail.css", AccessLog.masked("/static/portail.css"));
    }
}
