package fr.portailfamille.web.info;

import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.billing.Facturation;
import fr.portailfamille.application.bookings.RequestEnrolment;
import fr.portailfamille.application.bookings.ShowCalendar;
import fr.portailfamille.application.demarches.ReadDemarcheForms;
import fr.portailfamille.application.demarches.ReadDemarches;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.messaging.ReadFamilyThreads;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Visitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** The «Tableau de bord» of a parent (seed 003): foyer, factures, réservations, inscriptions, démarches, messages et notifications. */
public final class ParentDashboard implements Dashboard {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.FRENCH);

    private final OpenDossier dossier;
    private final ReadDemarches demarches;
    private final ReadDemarcheForms demarcheForms;
    private final ReadFamilyThreads messaging;
    private final Facturation facturation;
    private final ShowCalendar calendar;
    private final RequestEnrolment enrolments;
    private final java.time.Clock clock;

    public ParentDashboard(OpenDossier dossier, ReadDemarches demarches, ReadDemarcheForms demarcheForms, ReadFamilyThreads messaging,
                           Facturation facturation, ShowCalendar calendar, RequestEnrolment enrolments, java.time.Clock clock) {
        this.dossier = dossier;
        this.demarches = demarches;
        this.demarcheForms = demarcheForms;
        this.messaging = messaging;
        this.facturation = facturation;
        this.calendar = calendar;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> blocks(Visitor parent) {
        var actor = actor(parent);
        var model = new HashMap<String, Object>();
        var household = dossier.view(actor, dossier.householdOf(actor));
        model.put("household", household);
        // the week's grids depend on the same completeness: read once for the page
        var missing = new HashMap<Long, List<fr.portailfamille.application.households.ChildCompleteness.Item>>();
        household.children().forEach(c -> missing.put(c.child().id(), c.missing()));

        var today = java.time.LocalDate.now(clock.withZone(TownZone.ZONE));
        var blocks = new ArrayList<Block>();
        blocks.add(invoices(actor));
        blocks.add(thisWeek(actor, today, missing));
        blocks.add(enrolled(actor, today));

        var all = demarches.familyDemarches(actor);
        var titles = demarcheForms.formTitles();
        blocks.add(new Block("Démarches en cours", lines(all.stream().filter(d -> d.status().editable()).toList(), titles),
                "Aucune démarche à compléter.", new Breadcrumb("Faire une démarche", "/demarches")));
        blocks.add(new Block("Mes démarches", lines(all.stream().filter(d -> !d.status().editable()).limit(5).toList(), titles),
                "Aucune démarche envoyée.", new Breadcrumb("Toutes mes démarches", "/demarches")));
        // seed 003: «Démarches en ligne, retrouvez la liste des démarches que vous pouvez effectuer» (starting one is a form there)
        blocks.add(new Block("Démarches en ligne", demarcheForms.catalogue().stream().map(f -> new Breadcrumb(f.title(), "/demarches#catalogue")).toList(),
                "La mairie ne propose pas encore de démarche en ligne.", new Breadcrumb("Faire une démarche en ligne", "/demarches#catalogue")));
        long unreadThreads = messaging.unreadForFamily(actor);
        int unreadNotifications = parent.unreadNotifications(); // counted for the header already, in this request
        blocks.add(new Block("Messages et notifications", List.of(
                new Breadcrumb(unreadThreads == 0 ? "Aucun nouveau message" : fr.portailfamille.web.Plural.count(unreadThreads, "échange", "échanges") + " avec un nouveau message", "/messagerie"),
                new Breadcrumb(unreadNotifications == 0 ? "Aucune notification non lue" : fr.portailfamille.web.Plural.count(unreadNotifications, "notification non lue", "notifications non lues"), "/notifications")),
                "", new Breadcrumb("Écrire à la mairie", "/messagerie/nouveau")));
        // no query: the page behind it reads what it shows
        blocks.add(new Block("Mes données personnelles", List.of(
                new Breadcrumb("Ce que la mairie conserve, pourquoi et combien de temps", "/mes-donnees"),
                new Breadcrumb("Qui a consulté la fiche sanitaire de mes enfants", "/mes-donnees#consultations"),
                new Breadcrumb("Télécharger mes données (ZIP)", "/mes-donnees/archive")),
                "", new Breadcrumb("Mes données personnelles", "/mes-donnees")));
        model.put("blocks", blocks);
        return model;
    }

    /** «Factures»: per régie how many await payment, and the last invoice. */
    private Block invoices(fr.portailfamille.application.common.Actor actor) {
        var lines = new ArrayList<Breadcrumb>();
        for (var office : facturation.overview(actor, false)) {
            lines.add(new Breadcrumb(office.cashOffice().name() + " : " + (office.toPay() == 0 ? "aucune facture à payer"
                    : fr.portailfamille.web.Plural.count(office.toPay(), "facture", "factures") + " à payer, " + office.due().format()), "/facturation"));
            if (office.last() != null) {
                var last = office.last();
                lines.add(new Breadcrumb("Dernière facture " + last.number().value() + " – " + last.status().label() + " – " + last.total().format(),
                        "/facturation/factures/" + last.number().value()));
            }
        }
        return new Block("Factures", lines, "Aucune facture pour l'instant.", new Breadcrumb("Consulter et payer mes factures", "/facturation"));
    }

    /** «Réservations»: this week's bookings (on a Saturday or a Sunday, the coming week's), with the way to book or cancel. */
    private Block thisWeek(fr.portailfamille.application.common.Actor actor, java.time.LocalDate today,
                           Map<Long, List<fr.portailfamille.application.households.ChildCompleteness.Item>> missing) {
        boolean weekend = today.getDayOfWeek().getValue() >= java.time.DayOfWeek.SATURDAY.getValue();
        var monday = weekend ? today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)) : today;
        var view = calendar.show(actor, new ShowCalendar.Query(ShowCalendar.Period.WEEK, monday, null, null), missing);
        var lines = new ArrayList<Breadcrumb>();
        for (var grid : view.grids()) {
            grid.weeks().stream().flatMap(List::stream)
                    .filter(cell -> cell.inPeriod() && cell.state() == fr.portailfamille.domain.bookings.CellState.BOOKED)
                    .forEach(cell -> lines.add(new Breadcrumb(DAY.format(cell.day()) + " – " + grid.child().firstNames() + " – " + grid.activity().name(), null)));
        }
        return new Block(weekend ? "Réservations de la semaine prochaine" : "Réservations de la semaine", lines,
                weekend ? "Aucune réservation la semaine prochaine." : "Aucune réservation cette semaine.",
                new Breadcrumb("Réserver ou annuler", "/planning?vue=semaine&date=" + monday));
    }

    /** «Inscriptions périscolaires»: each child's enrolments and their status. */
    private Block enrolled(fr.portailfamille.application.common.Actor actor, java.time.LocalDate today) {
        var lines = new ArrayList<Breadcrumb>();
        for (var child : enrolments.enrolments(actor, fr.portailfamille.domain.bookings.SchoolYear.containing(today))) {
            for (var line : child.enrolments()) {
                lines.add(new Breadcrumb(child.child().firstNames() + " – " + line.activity().name() + " – " + line.enrolment().statusInWords(), null));
            }
        }
        return new Block("Inscriptions périscolaires", lines, "Aucune inscription pour cette année scolaire.",
                new Breadcrumb("Demander une inscription", "/inscriptions"));
    }

    private static List<Breadcrumb> lines(List<Demarche> demarches, Map<Long, String> titles) {
        // a rejected démarche says why at once: the family need not open it to learn what to do
        return demarches.stream().map(d -> new Breadcrumb(titles.getOrDefault(d.formId(), "Démarche") + " – " + d.status().label()
                + (d.rejectionReason() != null && !d.rejectionReason().isBlank() ? " – motif : " + d.rejectionReason() : ""),
                "/demarches/" + d.id())).toList();
    }
}
