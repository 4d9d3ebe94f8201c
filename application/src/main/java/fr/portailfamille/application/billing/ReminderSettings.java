package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.ReminderDelay;

/** Admins: «Relance des factures impayées» — after how many days an unpaid invoice is reminded, and again. */
public final class ReminderSettings {

    private final InvoiceReminders reminders;

    public ReminderSettings(InvoiceReminders reminders) {
        this.reminders = reminders;
    }

    public int current(Actor actor) {
        actor.requireAdmin();
        return reminders.daysAfterDue();
    }

    /** The delay arrives parsed: the page reads what the admin typed ({@link ReminderDelay#parse}) and refuses it there. */
    public void change(Actor actor, ReminderDelay delay) {
        actor.requireAdmin();
        reminders.setDaysAfterDue(delay);
    }
}
