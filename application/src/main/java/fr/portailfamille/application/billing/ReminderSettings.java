package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.ReminderDelay;

/** Admins: «Relance des factures impayées» — after how many days an unpaid invoice is reminded, and again. */
public final class ReminderSettings {

    public sealed interface Result {
        record Saved(int days) implements Result {
        }

        /** Nothing changed. */
        record Invalid(String message) implements Result {
        }
    }

    private final InvoiceReminders reminders;

    public ReminderSettings(InvoiceReminders reminders) {
        this.reminders = reminders;
    }

    public int current(Actor actor) {
        actor.requireAdmin();
        return reminders.daysAfterDue();
    }

    public Result change(Actor actor, String days) {
        actor.requireAdmin();
        return switch (ReminderDelay.parse(days)) {
            case ReminderDelay.Parsed.Valid valid -> {
                reminders.setDaysAfterDue(valid.delay());
                yield new Result.Saved(valid.delay().days());
            }
            case ReminderDelay.Parsed.Invalid invalid -> new Result.Invalid(invalid.message());
        };
    }
}
