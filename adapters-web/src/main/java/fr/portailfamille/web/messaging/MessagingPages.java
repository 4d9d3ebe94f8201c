package fr.portailfamille.web.messaging;

import fr.portailfamille.web.PathIds;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.application.messaging.HandleThread;
import fr.portailfamille.application.messaging.MessageOutcome;
import fr.portailfamille.application.messaging.OpenConversation;
import fr.portailfamille.application.messaging.ReadFamilyThreads;
import fr.portailfamille.application.messaging.ReadInbox;
import fr.portailfamille.application.messaging.ReplyInThread;
import fr.portailfamille.application.messaging.SendGroupMessage;
import fr.portailfamille.application.messaging.WriteToHousehold;
import fr.portailfamille.application.messaging.WriteToTown;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.messaging.TownService;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.Breadcrumb;
import fr.portailfamille.web.Downloads;
import fr.portailfamille.web.Exchange;
import fr.portailfamille.web.MultipartForm;
import fr.portailfamille.web.Pages;
import fr.portailfamille.web.PortalWeb;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static fr.portailfamille.web.accounts.SessionCookie.actor;

/**
 * MESSAGERIE: the family's threads, a new message to a service (with an attachment), the conversation and its
 * reply form; for agents, one inbox per service, reply, take, close, write to a household. («Nous contacter» is the town's page: {@code TownSetupPages}.)
 */
public final class MessagingPages implements PortalWeb.Area {

    private static final Breadcrumb HOME = new Breadcrumb("Accueil", "/");
    private static final Breadcrumb MESSAGES = new Breadcrumb("Messagerie", "/messagerie");
    private static final int MAX_UPLOAD = UploadedFile.MAX_BYTES + 64 * 1024;

    /** The messaging use cases these pages call: the family's, the agents', and the conversation both sides share. */
    public record UseCases(ReadFamilyThreads familyThreads, WriteToTown writeToTown, OpenConversation conversations, ReplyInThread reply,
                           ReadInbox inbox, HandleThread handle, WriteToHousehold writeToHousehold, SendGroupMessage sendGroupMessage) {
    }

    private final UseCases messaging;
    private final Supplier<List<String>> schools;
    private final Supplier<Map<Long, String>> activities;

    /**
     * @param schools    the town's schools, for group messages
     * @param activities this school year's activities by id, for group messages
     */
    public MessagingPages(UseCases messaging, Supplier<List<String>> schools, Supplier<Map<Long, String>> activities) {
        this.messaging = messaging;
        this.schools = schools;
        this.activities = activities;
    }

    @Override
    public void routes(RouteTable table, Pages pages) {
        table.get("/messagerie", Access.PARENT, ex -> pages.render(ex, "messaging/threads.ftlh", "Messagerie",
                List.of(HOME, Breadcrumb.here("Messagerie")), Map.of("threads", messaging.familyThreads().familyThreads(actor(ex.visitor())))));
        table.get("/messagerie/nouveau", Access.PARENT, ex -> newMessage(pages, ex, Status.OK_200, Map.of(), Map.of()));
        table.postMultipart("/messagerie/nouveau", Access.PARENT, MAX_UPLOAD, (ex, upload) -> {
            var service = service(ex.field("service"));
            switch (messaging.writeToTown().write(actor(ex.visitor()), service.orElse(null), ex.field("subject"), ex.form().first("text").orElse(""), upload(upload))) {
                case MessageOutcome.Sent sent -> Pages.redirect(ex.response(), "/messagerie/" + sent.thread().id() + "?envoye=oui");
                case MessageOutcome.Invalid invalid -> newMessage(pages, ex, status(invalid), invalid.errors().asMap(),
                        Map.of("service", ex.field("service"), "subject", ex.field("subject"), "text", ex.form().first("text").orElse("")));
            }
        });
        table.get("/messagerie/pieces/{message}", Access.PARENT, ex -> download(ex));
        table.get("/messagerie/{thread}", Access.PARENT, ex -> conversation(pages, ex, Status.OK_200, Map.of(), "", false));
        table.postMultipart("/messagerie/{thread}", Access.PARENT, MAX_UPLOAD, (ex, upload) -> reply(pages, ex, upload(upload), false));

        table.get("/agent/messagerie", Access.STAFF, ex -> {
            var service = service(ex.query("service")).orElse(TownService.ESPACE_SERVICES);
            boolean all = "oui".equals(ex.query("tous"));
            pages.render(ex, "messaging/inbox.ftlh", "Messagerie – " + service.label(), List.of(HOME, Breadcrumb.here("Messagerie")),
                    Map.of("threads", messaging.inbox().inbox(actor(ex.visitor()), service, !all), "service", service, "services", List.of(TownService.values()),
                            "all", all));
        });
        table.get("/agent/messagerie/pieces/{message}", Access.STAFF, ex -> download(ex));
        // before «/agent/messagerie/{thread}»: «groupe» is not a thread id
        table.get("/agent/messagerie/groupe", Access.STAFF, ex -> toGroup(pages, ex, Status.OK_200, Map.of(), Map.of(), null));
        table.postMultipart("/agent/messagerie/groupe", Access.STAFF, MAX_UPLOAD, (ex, upload) -> {
            SendGroupMessage.Group group = switch (ex.field("cible")) {
                case "ecole" -> ex.field("ecole").isEmpty() ? null : new SendGroupMessage.Group.School(ex.field("ecole"));
                case "activite" -> ex.field("activite").matches("\\d{1,18}") ? new SendGroupMessage.Group.Activity(Long.parseLong(ex.field("activite"))) : null;
                default -> null;
            };
            var form = Map.of("cible", ex.field("cible"), "ecole", ex.field("ecole"), "activite", ex.field("activite"), "service", ex.field("service"),
                    "subject", ex.field("subject"), "text", ex.form().first("text").orElse(""));
            switch (messaging.sendGroupMessage().send(actor(ex.visitor()), group, service(ex.field("service")).orElse(null), ex.field("subject"),
                    ex.form().first("text").orElse(""), upload(upload))) {
                case SendGroupMessage.Result.Sent sent -> toGroup(pages, ex, Status.OK_200, Map.of(), Map.of(),
                        "Message envoyé à " + fr.portailfamille.web.Plural.count(sent.households(), "foyer", "foyers") + " : chacun peut répondre dans son propre échange.");
                case SendGroupMessage.Result.Invalid invalid -> toGroup(pages, ex,
                        UploadedFile.TOO_LARGE.equals(invalid.errors().asMap().get("file")) ? Status.REQUEST_ENTITY_TOO_LARGE_413 : Pages.INVALID_FORM,
                        invalid.errors().asMap(), form, null);
            }
        });
        table.get("/agent/messagerie/{thread}", Access.STAFF, ex -> conversation(pages, ex, Status.OK_200, Map.of(), "", true));
        // agents attach files to their answers too (a form, a certificate), checked as the families' ones
        table.postMultipart("/agent/messagerie/{thread}", Access.STAFF, MAX_UPLOAD, (ex, upload) -> reply(pages, ex, upload(upload), true));
        table.post("/agent/messagerie/{thread}/prendre", Access.STAFF, ex -> {
            messaging.handle().take(actor(ex.visitor()), id(ex, "thread"));
            Pages.redirect(ex.response(), "/agent/messagerie/" + id(ex, "thread"));
        });
        table.post("/agent/messagerie/{thread}/clore", Access.STAFF, ex -> {
            messaging.handle().close(actor(ex.visitor()), id(ex, "thread"));
            Pages.redirect(ex.response(), "/agent/messagerie");
        });
        table.get("/agent/foyers/{household}/message", Access.STAFF, ex -> toHousehold(pages, ex, Status.OK_200, Map.of(), Map.of()));
        table.postMultipart("/agent/foyers/{household}/message", Access.STAFF, MAX_UPLOAD, (ex, upload) -> {
            switch (messaging.writeToHousehold().write(actor(ex.visitor()), id(ex, "household"), service(ex.field("service")).orElse(null),
                    ex.field("subject"), ex.form().first("text").orElse(""), upload(upload))) {
                case MessageOutcome.Sent sent -> Pages.redirect(ex.response(), "/agent/messagerie/" + sent.thread().id());
                case MessageOutcome.Invalid invalid -> toHousehold(pages, ex, status(invalid), invalid.errors().asMap(),
                        Map.of("service", ex.field("service"), "subject", ex.field("subject"), "text", ex.form().first("text").orElse("")));
            }
        });
    }

    private void reply(Pages pages, Exchange ex, Upload upload, boolean staff) {
        long threadId = id(ex, "thread");
        String text = ex.form().first("text").orElse("");
        switch (messaging.reply().reply(actor(ex.visitor()), threadId, text, upload)) {
            case MessageOutcome.Sent sent -> Pages.redirect(ex.response(), (staff ? "/agent" : "") + "/messagerie/" + threadId + "?envoye=oui");
            case MessageOutcome.Invalid invalid -> conversation(pages, ex, status(invalid), invalid.errors().asMap(), text, staff);
        }
    }

    private void conversation(Pages pages, Exchange ex, Status status, Map<String, String> errors, String text, boolean staff) {
        var conversation = messaging.conversations().open(actor(ex.visitor()), id(ex, "thread"));
        var model = new HashMap<String, Object>(Map.of("conversation", conversation, "errors", errors, "text", text, "staff", staff,
                "sent", "oui".equals(ex.query("envoye")), "base", staff ? "/agent/messagerie" : "/messagerie"));
        var crumbs = staff ? List.of(HOME, new Breadcrumb("Messagerie", "/agent/messagerie"), Breadcrumb.here(conversation.thread().subject()))
                : List.of(HOME, MESSAGES, Breadcrumb.here(conversation.thread().subject()));
        pages.render(ex, status, "messaging/conversation.ftlh", conversation.thread().subject(), crumbs, model);
    }

    private void newMessage(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form) {
        pages.render(ex, status, "messaging/new-message.ftlh", "Écrire à la mairie", List.of(HOME, MESSAGES, Breadcrumb.here("Nouveau message")),
                Map.of("errors", errors, "form", form, "services", List.of(TownService.values()), "action", "/messagerie/nouveau", "withFile", true));
    }

    private void toHousehold(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form) {
        pages.render(ex, status, "messaging/new-message.ftlh", "Écrire à la famille", List.of(HOME, Breadcrumb.here("Nouveau message")),
                Map.of("errors", errors, "form", form, "services", List.of(TownService.values()),
                        "action", "/agent/foyers/" + id(ex, "household") + "/message", "withFile", true));
    }

    private void toGroup(Pages pages, Exchange ex, Status status, Map<String, String> errors, Map<String, String> form, String notice) {
        var model = new HashMap<String, Object>(Map.of("errors", errors, "form", form, "services", List.of(TownService.values()),
                "schools", schools.get(), "activities", activities.get().entrySet().stream()
                        .map(e -> new Breadcrumb(e.getValue(), Long.toString(e.getKey()))).toList()));
        if (notice != null) model.put("notice", notice);
        pages.render(ex, status, "messaging/group-message.ftlh", "Écrire à un groupe de familles",
                List.of(HOME, new Breadcrumb("Messagerie", "/agent/messagerie"), Breadcrumb.here("Message à un groupe")), model);
    }

    private void download(Exchange ex) {
        var attachment = messaging.conversations().attachment(actor(ex.visitor()), id(ex, "message"));
        var a = attachment.message().attachment();
        String extension = FileType.detect(attachment.content()).map(FileType::extension).orElse("bin");
        Downloads.attachment(ex.response(), a.name(), a.mediaType(), extension, attachment.content());
    }

    private static Status status(MessageOutcome.Invalid invalid) {
        return UploadedFile.TOO_LARGE.equals(invalid.errors().asMap().get("file")) ? Status.REQUEST_ENTITY_TOO_LARGE_413 : Pages.INVALID_FORM;
    }

    private static Upload upload(MultipartForm form) {
        var file = form.file("file");
        return new Upload(file.map(MultipartForm.FilePart::fileName).orElse(null), file.map(MultipartForm.FilePart::content).orElse(null),
                form.tooLarge() || file.map(MultipartForm.FilePart::truncated).orElse(false));
    }

    private static Optional<TownService> service(String name) {
        try {
            return Optional.of(TownService.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** An id from the path; a malformed one is as unknown as a missing one (404). */
    private static long id(Exchange ex, String name) {
        return PathIds.of(ex, name);
    }
}
