package fr.portailfamille.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What Gatling measured for each «Soumettre» of a phase (its own response times, read in the simulation through
 * {@code responseTimeInMillis()}, never from its HTML pages), and the figures drawn from them: served, shed («Forte
 * affluence», 503), errors, percentiles of the served ones, served per second over the phase.
 */
final class Samples {

    /** One parent's «Soumettre»: when its answer came (epoch ms), how long it took (ms, POST + answer page), its outcome. */
    record Sample(long endMillis, long millis, Outcome outcome) {
    }

    enum Outcome { SERVED, SHED, ERROR }

    /** The figures of a phase. {@code perSecond}: served «Soumettre» per second, first start to last answer. */
    record Stats(long served, long shed, long errors, double p50, double p99, double perSecond, long wallMillis) {
        long total() {
            return served + shed + errors;
        }
    }

    private final List<Sample> samples = new ArrayList<>();

    synchronized void add(Sample sample) {
        samples.add(sample);
    }

    synchronized Stats stats() {
        return stats(List.copyOf(samples));
    }

    static Stats stats(List<Sample> samples) {
        long served = samples.stream().filter(s -> s.outcome() == Outcome.SERVED).count();
        long shed = samples.stream().filter(s -> s.outcome() == Outcome.SHED).count();
        long errors = samples.size() - served - shed;
        long[] times = samples.stream().filter(s -> s.outcome() == Outcome.SERVED).mapToLong(Sample::millis).sorted().toArray();
        long first = samples.stream().mapToLong(s -> s.endMillis() - s.millis()).min().orElse(0);
        long last = samples.stream().mapToLong(Sample::endMillis).max().orElse(0);
        long wall = Math.max(1, last - first);
        return new Stats(served, shed, errors, percentile(times, 50), percentile(times, 99), served * 1000.0 / wall, wall);
    }

    /** Nearest rank: the smallest value with at least {@code p} % of the values at or below it (0 when there is none). */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
