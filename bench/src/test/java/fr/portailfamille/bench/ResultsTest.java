package fr.portailfamille.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsTest {

    @Test
    void a_spread_gives_the_median_and_says_how_many_runs_and_how_far_apart() {
        var odd = Results.Spread.of(760, 700, 735);
        assertEquals(735, odd.median());
        assertEquals("3 (700–760)", odd.runs());
        assertEquals(717.5, Results.Spread.of(700, 735).median());
        assertEquals("1", Results.Spread.of(42).runs());
        assertEquals("2 (0.39–0.71)", Results.Spread.of(0.39, 0.71).ratios());
    }

    @Test
    void the_table_and_the_raw_lines_say_the_same_phase() {
        var results = new Results();
        results.phase(new Results.Phase("P1 à 100", 1, 2_500, 2_500, 0, 0, 40, 120, 10_000, 12_500, new Cpu.Times(12.5, 6.25, 2.5)));
        results.add("P1", "réservations/s", "1 250/s", "1", "≥ 1 500/s", "–", Results.Verdict.KO);

        // French grouping: a narrow no-break space between thousands
        String markdown = results.markdown("test").replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(markdown.contains("| P1 | réservations/s | 1 250/s | 1 | ≥ 1 500/s | – | KO |"), markdown);
        // 12.5 s of portal CPU for 12,500 bookings: 1 ms each
        assertTrue(markdown.contains("| P1 à 100 | 1 | 10,0 s | 12500 | 1 250 | 12,5 s | 6,3 s | 2,5 s | 2,13 / " + Runtime.getRuntime().availableProcessors()
                + " | 1,00 | 0,50 | 0,20 |"), markdown);
        assertTrue(results.csv().contains("P1 à 100,1,2500,2500,0,0,40,120,10000,12500,1250.0,12.50,6.25,2.50"), results.csv());
    }

    @Test
    void the_readme_shows_latest_md_without_its_title_between_the_markers_only() {
        String readme = "# Portail\n\n## Performance\n\nintro\n\n" + Results.README_START + "\nold figures\n" + Results.README_END + "\n\nwhy\n";
        String latest = "# Portail Famille — bench results\n\ndate · 5000 foyers\n\n| a | b |\n";

        String synced = Results.syncReadme(readme, latest);

        assertEquals("# Portail\n\n## Performance\n\nintro\n\n" + Results.README_START + "\n\ndate · 5000 foyers\n\n| a | b |\n\n" + Results.README_END
                + "\n\nwhy\n", synced);
        assertEquals(synced, Results.syncReadme(synced, latest));
        assertThrows(IllegalStateException.class, () -> Results.syncReadme("no markers", latest));
    }
}
