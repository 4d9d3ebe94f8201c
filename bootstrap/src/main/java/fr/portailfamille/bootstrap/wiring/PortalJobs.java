package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.accounts.PurgeExpiredAccounts;
import fr.portailfamille.application.accounts.port.SessionRepository;
import fr.portailfamille.application.billing.PayOnline;
import fr.portailfamille.application.billing.PaymentLedgerCheck;
import fr.portailfamille.application.billing.RemindUnpaidInvoices;
import fr.portailfamille.application.mail.DeliverMails;
import fr.portailfamille.application.privacy.DataRetention;
import fr.portailfamille.application.town.JobRuns;
import fr.portailfamille.persistence.common.AdvisoryJobLocks;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The portal's scheduled jobs, each round recorded for the health page; started once the database is migrated. */
public final class PortalJobs {

    private static final Logger LOG = Logger.getLogger(PortalJobs.class.getName());

    private final PortalBase base;
    private final JobRuns runs;
    private final DeliverMails deliverMails;
    private final PurgeExpiredAccounts purge;
    private final SessionRepository sessions;
    private final DataRetention retention;
    private final PayOnline pay;
    private final PaymentLedgerCheck ledger;
    private final RemindUnpaidInvoices reminders;

    PortalJobs(PortalBase base, JobRuns runs, DeliverMails deliverMails, PurgeExpiredAccounts purge, SessionRepository sessions,
               DataRetention retention, PayOnline pay, PaymentLedgerCheck ledger, RemindUnpaidInvoices reminders) {
        this.base = base;
        this.runs = runs;
        this.deliverMails = deliverMails;
        this.purge = purge;
        this.sessions = sessions;
        this.retention = retention;
        this.pay = pay;
        this.ledger = ledger;
        this.reminders = reminders;
    }

    /** Schedules every job on one daemon thread; shut the returned executor down to stop them. */
    public ScheduledExecutorService start() {
        var clock = base.clock();
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("jobs").daemon().factory());
        // the first round waits a few seconds: mails left from before a restart (invoice PDFs to render, a second of CPU
        // each batch) would otherwise compete with the first pages of a portal that has just started
        jobs.scheduleWithFixedDelay(guarded("envoi des courriels", () -> deliverMails.deliverDue(50)), 5, 2, TimeUnit.SECONDS);
        // several portal processes may share the database: each job round runs in one of them at a time (the mail
        // worker needs no lock, its claims SKIP LOCKED rows)
        var locks = new AdvisoryJobLocks(base.db().dataSource());
        jobs.scheduleWithFixedDelay(guarded("purge des comptes jamais activés", () -> locks.runAlone("purge", purge::run)), 10, 600, TimeUnit.SECONDS);
        jobs.scheduleWithFixedDelay(guarded("sessions expirées",
                () -> locks.runAlone("expired-sessions", () -> sessions.deleteExpired(clock.instant()))), 60, 600, TimeUnit.SECONDS);
        // once a day, what the retention durations say is due is anonymised or deleted (counts only in the log)
        jobs.scheduleAtFixedRate(guarded("conservation des données", () -> locks.runAlone("data-retention", () -> logRetention(retention.purgeDue()))),
                15, 24 * 60, TimeUnit.MINUTES);
        // PayFiP's notifications get lost: attempts pending for 2 minutes are asked again (and expire after 20)
        jobs.scheduleWithFixedDelay(guarded("rapprochement des paiements en ligne",
                () -> locks.runAlone("payment-reconciliation", () -> pay.reconcile(Duration.ofMinutes(2)))), 30, 60, TimeUnit.SECONDS);
        // each day, yesterday's online payments compared with PayFiP's view; staff read the details on their page
        jobs.scheduleAtFixedRate(guarded("contrôle quotidien PayFiP", () -> locks.runAlone("payfip-ledger", this::logLedger)), 5, 24 * 60,
                TimeUnit.MINUTES);
        // the daily reminders of unpaid invoices: asked every hour so that a portal restarted in the day still sends them,
        // the stored reminders keep an invoice from being reminded twice the same day
        jobs.scheduleAtFixedRate(guarded("relances des factures impayées", () -> locks.runAlone("invoice-reminders", reminders::run)), 15, 60,
                TimeUnit.MINUTES);
        return jobs;
    }

    /** Yesterday's discrepancies with PayFiP, logged for the operators; the staff page lists them. */
    private void logLedger() {
        var report = ledger.compare(ledger.today().minusDays(1));
        if (!report.discrepancies().isEmpty()) {
            LOG.warning(() -> "Rapprochement PayFiP du " + report.day() + " : " + report.discrepancies().size() + " écart(s) sur " + report.checked()
                    + " paiement(s), voir /agent/paiements/rapprochement?jour=" + report.day());
        }
    }

    /** What the retention job did, in numbers: names and contents stay out of the logs. */
    private static void logRetention(DataRetention.Plan done) {
        if (done.empty()) return;
        LOG.info(() -> "Conservation des données : " + done.households().size() + " foyer(s) anonymisé(s), " + done.sheets().size()
                + " fiche(s) sanitaire(s), " + done.documents().size() + " justificatif(s), " + done.threads().size() + " échange(s), "
                + done.demarches().size() + " démarche(s), " + done.invoices().size() + " facture(s) et " + done.auditLines()
                + " ligne(s) de journal supprimés");
    }

    /** A failing round of a job is logged and the next round still runs. */
    private Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                runs.round(name, job);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job «" + name + "» failed; it will run again", e);
            }
        };
    }
}
