package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import fr.portailfamille.domain.households.Child;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * «Déclarer une absence»: a parent says a child was (or will be) ill on booked days and joins the medical certificate
 * (the portal's upload rules), even after the cancellation deadline. The declaration waits for the town; the family
 * follows it and downloads its own certificates.
 */
public final class DeclareAbsence {

    public static final String CHOOSE_CHILD = "Choisissez l'enfant absent.";
    public static final String DATE = "Saisissez une date complète (jour, mois, année).";
    public static final String NOTHING_BOOKED = "%s n'a aucune réservation sur ces jours : il n'y a rien à justifier.";
    public static final String ALREADY = "Une absence de %s est déjà déclarée sur ces jours.";

    /** @param fileName as the browser gave it, only shown; {@code tooLarge} when the web adapter stopped reading */
    public record Command(String childId, String firstDay, String lastDay, String fileName, byte[] content, boolean tooLarge) {
    }

    public record Line(MedicalAbsence absence, Child child) {
    }

    public record View(List<Child> children, List<Line> absences) {
    }

    public sealed interface Result {
        record Declared(MedicalAbsence absence, String message) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    public record Certificate(String name, String mediaType, byte[] content) {
    }

    private final BookingsPorts ports;
    private final AbsenceRepository absences;

    public DeclareAbsence(BookingsPorts ports, AbsenceRepository absences) {
        this.ports = ports;
        this.absences = absences;
    }

    public View view(Actor actor) {
        var family = Family.of(ports, actor);
        Map<Long, Child> children = family.children.stream().collect(Collectors.toMap(Child::id, Function.identity()));
        return new View(family.children, absences.ofHousehold(family.householdId).stream()
                .filter(a -> children.containsKey(a.childId())).map(a -> new Line(a, children.get(a.childId()))).toList());
    }

    public Result declare(Actor actor, Command command) {
        var family = Family.of(ports, actor);
        var errors = new FieldErrors();
        long childId = id(command.childId());
        if (childId == 0) errors.add("child", CHOOSE_CHILD);
        else family.child(childId); // another household's child: 404
        LocalDate first = date(command.firstDay());
        LocalDate last = command.lastDay() == null || command.lastDay().isBlank() ? first : date(command.lastDay());
        if (first == null) errors.add("firstDay", DATE);
        if (last == null) errors.add("lastDay", DATE);
        if (first != null && last != null) MedicalAbsence.problems(first, last, ports.today()).forEach(errors::add);
        var upload = UploadedFile.check(command.fileName(), command.content(), command.tooLarge());
        if (upload instanceof UploadedFile.Check.Refused refused) errors.add("file", refused.message());
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        var child = family.child(childId);
        boolean booked = ports.slots().bookingsOf(List.of(childId), first, last).stream().anyMatch(PersonBooking::booked);
        if (!booked) return new Result.Invalid(errors.add("firstDay", NOTHING_BOOKED.formatted(child.firstNames())));
        boolean overlaps = absences.ofHousehold(family.householdId).stream().anyMatch(a -> a.childId() == childId
                && a.status() != MedicalAbsence.Status.REFUSED && !a.lastDay().isBefore(first) && !a.firstDay().isAfter(last));
        if (overlaps) return new Result.Invalid(errors.add("firstDay", ALREADY.formatted(child.firstNames())));
        var file = ((UploadedFile.Check.Accepted) upload).file();
        var absence = MedicalAbsence.declare(family.householdId, childId, first, last,
                new MedicalAbsence.Certificate(file.displayName(), file.type().mediaType(), file.sha256()), ports.clock().instant());
        var stored = ports.transactions().inTransaction(() -> absences.add(absence, file.content()));
        return new Result.Declared(stored, "L'absence de " + child.firstNames() + " " + stored.daysInWords()
                + " est transmise à la mairie avec le certificat : elle est en attente de validation.");
    }

    /** The household's own certificate; another household's is as unknown as a missing one. */
    public Certificate certificate(Actor actor, long absenceId) {
        var family = Family.of(ports, actor);
        var absence = absences.find(absenceId).filter(a -> a.householdId() == family.householdId).orElseThrow(Actor.NotAllowed::new);
        return certificateOf(absences, absence);
    }

    static Certificate certificateOf(AbsenceRepository absences, MedicalAbsence absence) {
        return new Certificate(absence.certificate().name(), absence.certificate().mediaType(),
                absences.certificate(absence.id()).orElseThrow(Actor.NotAllowed::new));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long id(String text) {
        try {
            return text == null ? 0 : Math.max(0, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
