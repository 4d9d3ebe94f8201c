package fr.portailfamille.web.info;

import fr.portailfamille.application.demarches.Demarches;
import fr.portailfamille.application.households.OpenDossier;
import fr.portailfamille.application.messaging.Messaging;
import fr.portailfamille.application.messaging.NotificationCenter;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Visitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/** The «Tableau de bord» of a parent (seed 003): Mon foyer, démarches, messages et notifications. */
public final class ParentDashboard implements Dashboard {

    private final OpenDossier dossier;
    private final Demarches demarches;
    private final Messaging messaging;
    private final NotificationCenter notifications;

    public ParentDashboard(OpenDossier dossier, Demarches demarches, Messaging messaging, NotificationCenter notifications) {
        this.dossier = dossier;
        this.demarches = demarches;
        this.messaging = messaging;
        this.notifications = notifications;
    }

    @Override
    public Map<String, Object> blocks(Visitor parent) {
        var actor = actor(parent);
        var model = new HashMap<String, Object>();
        model.put("household", dossier.view(actor, dossier.householdOf(actor)));

        var all = demarches.familyDemarches(actor);
        var titles = demarches.formTitles();
        var blocks = new ArrayList<Block>();
        blocks.add(new Block("Démarches en cours", lines(all.stream().filter(d -> d.status().editable()).toList(), titles),
                "Aucune démarche à compléter.", new Breadcrumb("Faire une démarche", "/demarches")));
        blocks.add(new Block("Mes démarches", lines(all.stream().filter(d -> !d.status().editable()).limit(5).toList(), titles),
                "Aucune démarche envoyée.", new Breadcrumb("Toutes mes démarches", "/demarches")));
        long unreadThreads = messaging.unreadForFamily(actor);
        int unreadNotifications = notifications.unreadCount(actor.accountId());
        blocks.add(new Block("Messages et notifications", List.of(
                new Breadcrumb(unreadThreads == 0 ? "Aucun nouveau message" : unreadThreads + " échange(s) avec un nouveau message", "/messagerie"),
                new Breadcrumb(unreadNotifications == 0 ? "Aucune notification non lue" : unreadNotifications + " notification(s) non lue(s)", "/notifications")),
                "", new Breadcrumb("Écrire à la mairie", "/messagerie/nouveau")));
        model.put("blocks", blocks);
        return model;
    }

    private static List<Breadcrumb> lines(List<Demarche> demarches, Map<Long, String> titles) {
        return demarches.stream().map(d -> new Breadcrumb(titles.getOrDefault(d.formId(), "Démarche") + " – " + d.status().label(),
                "/demarches/" + d.id())).toList();
    }
}
