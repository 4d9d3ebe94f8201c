package fr.portailfamille.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The booking's SQL transaction, as «Soumettre» runs it for one child and the rush's days (lock the slots with their
 * counts, read that child's entries, move each slot's count conditionally, insert the bookings), played by PostgreSQL's own
 * pgbench: the ceiling the portal is measured against.
 */
final class Pgbench {

    static final String BINARY = "/usr/bin/pgbench";

    /** Transactions a second (without connection time) and how many: each one «Soumettre» of one child for every day. */
    record Result(double tps, long transactions) {
        long wallMillis() {
            return Math.round(transactions * 1000.0 / Math.max(tps, 0.001));
        }
    }

    private Pgbench() {
    }

    static Result run(int dbPort, long activityId, List<LocalDate> days, int clients, int transactionsPerClient, Path work)
            throws IOException, InterruptedException {
        String in = days.stream().map(d -> "DATE '" + d + "'").collect(Collectors.joining(", "));
        var script = new StringBuilder("SELECT nextval('bench_child_seq') AS n \\gset\n")
                .append("BEGIN;\n")
                .append("SELECT id, day, capacity, closed, booked, waiting FROM slot WHERE activity_id = ").append(activityId).append(" AND day IN (").append(in)
                .append(") ORDER BY day FOR UPDATE;\n")
                // the request's own entries only (JooqSlotRepository.lockFor), with the position of a waiting one
                .append("SELECT b.slot_id, b.child_id, b.status, CASE WHEN b.status = 'WAITING' THEN (SELECT count(*) FROM booking w ")
                .append("WHERE w.slot_id = b.slot_id AND w.status = 'WAITING' AND w.id <= b.id) ELSE 0 END AS position FROM booking b ")
                .append("WHERE b.slot_id IN (SELECT id FROM slot WHERE activity_id = ").append(activityId).append(" AND day IN (").append(in)
                .append(")) AND b.child_id IN (SELECT child_id FROM bench_child WHERE n = :n) AND b.status <> 'CANCELLED';\n");
        // every slot's count and the new entries in one statement, as JooqSlotRepository.save does
        script.append("WITH counted AS (UPDATE slot SET booked = booked + 1 WHERE activity_id = ").append(activityId).append(" AND day IN (").append(in)
                .append(") AND booked + 1 <= capacity RETURNING id) ");
        script.append("INSERT INTO booking (slot_id, child_id, activity_id, day, status, requested_at, booked_at, booked_late) ")
                .append("SELECT s.id, c.child_id, s.activity_id, s.day, 'BOOKED', now(), now(), false FROM slot s, bench_child c ")
                .append("WHERE c.n = :n AND s.activity_id = ").append(activityId).append(" AND s.day IN (").append(in).append(");\n")
                .append("COMMIT;\n");
        Path file = work.resolve("reservation-" + activityId + "-" + days.getFirst() + ".sql");
        Files.writeString(file, script);
        var process = new ProcessBuilder(BINARY, "-n", "-h", "localhost", "-p", Integer.toString(dbPort), "-U", "postgres",
                "-c", Integer.toString(clients), "-j", "2", "-t", Integer.toString(transactionsPerClient), "-f", file.toString(), "postgres")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) throw new IllegalStateException("pgbench failed:\n" + output);
        var tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        var done = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(output);
        if (!tps.find() || !done.find()) throw new IllegalStateException("unreadable pgbench output:\n" + output);
        return new Result(Double.parseDouble(tps.group(1)), Long.parseLong(done.group(1)));
    }
}
