package fr.portailfamille.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SamplesTest {

    @Test
    void percentiles_are_nearest_rank_over_the_served_ones_only() {
        var samples = new ArrayList<Samples.Sample>();
        for (int i = 1; i <= 100; i++) samples.add(new Samples.Sample(10_000 + i * 10L, i, Samples.Outcome.SERVED));
        // a shed and an error: counted apart, their times not in the percentiles
        samples.add(new Samples.Sample(12_000, 5_000, Samples.Outcome.SHED));
        samples.add(new Samples.Sample(12_000, 9_000, Samples.Outcome.ERROR));

        var stats = Samples.stats(samples);

        assertEquals(100, stats.served());
        assertEquals(1, stats.shed());
        assertEquals(1, stats.errors());
        assertEquals(102, stats.total());
        assertEquals(50, stats.p50());
        assertEquals(99, stats.p99());
    }

    @Test
    void served_per_second_runs_from_the_first_start_to_the_last_answer() {
        // four answers, the first started at 1,000 ms (ended 1,100 after 100 ms), the last ended at 3,000: 2 s
        var stats = Samples.stats(List.of(new Samples.Sample(1_100, 100, Samples.Outcome.SERVED), new Samples.Sample(2_000, 50, Samples.Outcome.SERVED),
                new Samples.Sample(2_500, 50, Samples.Outcome.SERVED), new Samples.Sample(3_000, 50, Samples.Outcome.SHED)));

        assertEquals(2_000, stats.wallMillis());
        assertEquals(1.5, stats.perSecond(), 1e-9);
    }

    @Test
    void no_sample_gives_zeros_not_an_exception() {
        var stats = Samples.stats(List.of());
        assertEquals(0, stats.total());
        assertEquals(0, stats.p99());
    }
}
