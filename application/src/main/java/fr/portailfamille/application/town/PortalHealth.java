package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.mail.port.MailOutbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * «État du portail»: what an administrator checks when families say something is wrong — the database, the schema's
 * version, the mails not yet delivered or given up on, the last round of each scheduled job. The public {@code /health}
 * says UP or DOWN only; this page is for admins, in the back-office.
 */
public final class PortalHealth {

    /** @param schemaVersion «» when it cannot be read (the database is down) */
    public record Report(Instant at, boolean databaseUp, String schemaVersion, MailOutbox.Backlog mails, List<JobRuns.Run> jobs) {

        /** Mails given up on need an admin (a wrong address, a refused sender). */
        public boolean mailsNeedAttention() {
            return mails != null && mails.failed() > 0;
        }
    }

    private final BooleanSupplier databaseUp;
    private final SchemaVersion schema;
    private final MailOutbox outbox;
    private final JobRuns jobs;
    private final Clock clock;

    public PortalHealth(BooleanSupplier databaseUp, SchemaVersion schema, MailOutbox outbox, JobRuns jobs, Clock clock) {
        this.databaseUp = databaseUp;
        this.schema = schema;
        this.outbox = outbox;
        this.jobs = jobs;
        this.clock = clock;
    }

    public Report report(Actor actor) {
        actor.requireAdmin();
        boolean up = databaseUp.getAsBoolean();
        // with the database down the page still answers: it is when an admin needs it most
        return new Report(clock.instant(), up, up ? schema.current().orElse("") : "", up ? outbox.backlog() : null, jobs.last());
    }
}
