package fr.portailfamille.web.mail;

import fr.portailfamille.application.mail.QueuedMail;
import fr.portailfamille.application.mail.ReadOutbox;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Demo mode only: the mails the portal wrote, readable in the browser when no SMTP server is configured. */
public final class DevMailboxPages implements PortalWeb.Area {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final ReadOutbox outbox;

    public DevMailboxPages(ReadOutbox outbox) {
        this.outbox = outbox;
    }

    /** A mail with the links of its text, so the demo can follow an activation link with one click. */
    public record Shown(QueuedMail queued, List<String> links) {
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/dev/courriels", Access.DEMO, ex -> {
            var mails = outbox.latest().stream()
                    .map(m -> new Shown(m, LINK.matcher(m.mail().textBody()).results().map(r -> r.group()).distinct().toList()))
                    .toList();
            pages.render(ex, "dev/mailbox.ftlh", "Boîte aux lettres de démonstration",
                    List.of(new Breadcrumb("Accueil", "/"), Breadcrumb.here("Courriels de démonstration")), Map.of("mails", mails,
                    "statusLabels", Map.of("PENDING", "en attente", "SENDING", "en cours d'envoi", "SENT", "remis", "FAILED", "échec")));
        });
    }
}
