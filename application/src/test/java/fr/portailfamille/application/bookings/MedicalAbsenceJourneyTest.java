package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Attendance;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.messaging.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A child falls ill on booked days after the cancellation deadline: the family declares it with a certificate, the town decides. */
class MedicalAbsenceJourneyTest {

    static final LocalDate TUESDAY_8 = LocalDate.parse("2026-12-08");
    static final LocalDate THURSDAY_10 = LocalDate.parse("2026-12-10");
    static final byte[] PDF = "%PDF-1.7 certificat du Dr Martin".getBytes();

    final InMemoryBookingsPorts memory = new InMemoryBookingsPorts();
    final BookingsPorts ports = memory.ports;
    final InMemoryAbsenceRepository absences = new InMemoryAbsenceRepository();
    final Actor dupont = memory.account("DUPONT", "marie@exemple.fr", Role.PARENT);
    final Actor martin = memory.account("MARTIN", "paul@exemple.fr", Role.PARENT);
    final Actor agent = memory.account("ROUSSEL", "agent@mairie.fr", Role.AGENT);
    final DeclareAbsence declare = new DeclareAbsence(ports, absences);
    final DecideAbsence decide = new DecideAbsence(ports, absences);

    long lea;
    long hugo;
    Activity morning;

    MedicalAbsenceJourneyTest() {
        morning = assertInstanceOf(ManageActivities.Result.Saved.class, new ManageActivities(ports).save(agent, null, new ManageActivities.Command(
                "2026-2027", "Accueil du matin", "ACCUEIL_MATIN", "SESSION", List.of("1", "2", "4", "5"), "30", true,
                BookingFixtures.J2_WORKING, BookingFixtures.J2_WORKING, "REGIE", "MATIN"))).activity();
        lea = memory.child(dupont, "Léa", true);
        new DecideEnrolment(ports).enrol(agent, lea, morning.id());
        hugo = memory.child(dupont, "Hugo", true);
        new DecideEnrolment(ports).enrol(agent, hugo, morning.id());
        var done = new SubmitBookings(ports).submit(dupont, List.of(new SubmitBookings.Item(lea, morning.id(), TUESDAY_8, false),
                new SubmitBookings.Item(lea, morning.id(), THURSDAY_10, false), new SubmitBookings.Item(hugo, morning.id(), TUESDAY_8, false)));
        assertTrue(done.outcomes().stream().allMatch(o -> o.message().equals("Réservé.")), done.toString());
        // Tuesday 8 December, 7 h: too late to cancel, Léa has a fever
        memory.accounts.clock.advance(Duration.ofDays(14).plusHours(21));
    }

    DeclareAbsence.Result declare(Actor parent, String child, String first, String last, byte[] file) {
        return declare.declare(parent, new DeclareAbsence.Command(child, first, last, "certificat.pdf", file, false));
    }

    @Test
    void declared_after_the_cancellation_deadline_then_validated_and_the_family_is_told() {
        var declared = assertInstanceOf(DeclareAbsence.Result.Declared.class, declare(dupont, Long.toString(lea), "2026-12-08", "2026-12-10", PDF));
        assertTrue(declared.message().contains("du mardi 8 décembre 2026 au jeudi 10 décembre 2026"), declared.message());
        assertEquals(MedicalAbsence.Status.PENDING, declared.absence().status());
        assertEquals(64, declared.absence().certificate().sha256().length());
        assertEquals(FileType.PDF.mediaType(), declared.absence().certificate().mediaType());
        assertEquals(List.of(declared.absence().id()), decide.pending(agent).stream().map(p -> p.absence().id()).toList());
        assertArrayEquals(PDF, declare.certificate(dupont, declared.absence().id()).content());
        assertArrayEquals(PDF, decide.certificate(agent, declared.absence().id()).content());

        decide.validate(agent, declared.absence().id());
        decide.validate(agent, declared.absence().id()); // a double click changes nothing
        assertEquals(List.of(), decide.pending(agent));
        assertEquals(MedicalAbsence.Status.VALIDATED, declare.view(dupont).absences().getFirst().absence().status());
        assertEquals(1, absences.validated(List.of(lea), TUESDAY_8, TUESDAY_8).size());
        var month = new ShowCalendar(ports, absences).show(dupont, new ShowCalendar.Query(ShowCalendar.Period.MONTH, TUESDAY_8, lea, null));
        var cells = month.grids().getFirst().weeks().stream().flatMap(List::stream).filter(c -> c.inPeriod() && c.state() == fr.portailfamille.domain.bookings.CellState.BOOKED).toList();
        assertEquals(List.of(ShowCalendar.JUSTIFIED, ShowCalendar.JUSTIFIED), cells.stream().map(ShowCalendar.Cell::detail).toList(),
                "Tuesday 8 and Thursday 10: the planning says the absence is justified");
        var told = memory.notifications.latest(dupont).stream().filter(n -> n.kind() == NotificationKind.ABSENCE_DECISION).toList();
        assertEquals(1, told.size());
        assertTrue(told.getFirst().title().contains("est validée : ces jours ne seront pas facturés"), told.getFirst().title());
    }

    @Test
    void a_refusal_needs_a_reason_which_the_notification_does_not_repeat() {
        var declared = assertInstanceOf(DeclareAbsence.Result.Declared.class, declare(dupont, Long.toString(lea), "2026-12-08", "", PDF));
        assertEquals(declared.absence().firstDay(), declared.absence().lastDay(), "no end date: one day");
        assertEquals(MedicalAbsence.REASON_REQUIRED, decide.refuse(agent, declared.absence().id(), " ").asMap().get("reason"));
        assertTrue(decide.refuse(agent, declared.absence().id(), "Le certificat ne porte pas le nom de l'enfant").isEmpty());
        var line = declare.view(dupont).absences().getFirst().absence();
        assertEquals("Le certificat ne porte pas le nom de l'enfant", line.refusalReason());
        var title = memory.notifications.latest(dupont).getFirst().title();
        assertTrue(title.contains("n'est pas validée") && !title.contains("nom de l'enfant"), title);
        // refused: the family may declare those days again with another certificate
        assertInstanceOf(DeclareAbsence.Result.Declared.class, declare(dupont, Long.toString(lea), "2026-12-08", "", PDF));
    }

    @Test
    void bad_input_is_refused_in_french_and_stores_nothing() {
        var errors = assertInstanceOf(DeclareAbsence.Result.Invalid.class, declare(dupont, "", "08/12/2026", "", "MZ".getBytes())).errors().asMap();
        assertEquals(DeclareAbsence.CHOOSE_CHILD, errors.get("child"));
        assertEquals(DeclareAbsence.DATE, errors.get("firstDay"));
        assertEquals(FileType.REFUSED, errors.get("file"));
        assertEquals(UploadedFile.TOO_LARGE, assertInstanceOf(DeclareAbsence.Result.Invalid.class,
                declare.declare(dupont, new DeclareAbsence.Command(Long.toString(lea), "2026-12-08", "", "c.pdf", PDF, true))).errors().asMap().get("file"));
        assertEquals(DeclareAbsence.NOTHING_BOOKED.formatted("Léa"), assertInstanceOf(DeclareAbsence.Result.Invalid.class,
                declare(dupont, Long.toString(lea), "2026-12-09", "2026-12-09", PDF)).errors().asMap().get("firstDay"), "Wednesday: nothing booked");
        assertInstanceOf(DeclareAbsence.Result.Declared.class, declare(dupont, Long.toString(lea), "2026-12-08", "", PDF));
        assertEquals(DeclareAbsence.ALREADY.formatted("Léa"), assertInstanceOf(DeclareAbsence.Result.Invalid.class,
                declare(dupont, Long.toString(lea), "2026-12-07", "2026-12-10", PDF)).errors().asMap().get("firstDay"));
        assertEquals(1, absences.pending().size());
    }

    @Test
    void another_household_neither_declares_for_the_child_nor_reads_the_certificate() {
        var declared = assertInstanceOf(DeclareAbsence.Result.Declared.class, declare(dupont, Long.toString(lea), "2026-12-08", "", PDF));
        memory.child(martin, "Tom", true);
        assertThrows(Actor.NotAllowed.class, () -> declare(martin, Long.toString(lea), "2026-12-08", "", PDF));
        assertThrows(Actor.NotAllowed.class, () -> declare.certificate(martin, declared.absence().id()));
        assertThrows(Actor.NotAllowed.class, () -> decide.pending(dupont));
        assertThrows(Actor.NotAllowed.class, () -> decide.validate(dupont, declared.absence().id()));
        assertEquals(List.of(), declare.view(martin).absences());
    }

    @Test
    void the_register_shows_a_validated_absence_as_justified_and_keeps_the_agents_marks() {
        var attendance = new InMemoryAttendanceRepository();
        var registers = new KeepRegister(ports, absences, attendance);
        var declared = assertInstanceOf(DeclareAbsence.Result.Declared.class, declare(dupont, Long.toString(lea), "2026-12-08", "", PDF));
        decide.validate(agent, declared.absence().id());

        var register = registers.register(agent, morning.id(), TUESDAY_8);
        assertEquals(List.of("Hugo", "Léa"), register.lines().stream().map(l -> l.child().firstNames()).toList());
        assertEquals(List.of(Attendance.UNMARKED, Attendance.JUSTIFIED), register.lines().stream().map(KeepRegister.Line::attendance).toList());

        var refused = registers.save(agent, morning.id(), TUESDAY_8, java.util.Map.of(hugo, "PEUT-ETRE"));
        assertEquals(KeepRegister.UNKNOWN_MARK, refused.asMap().get("presence-" + hugo));
        assertEquals(java.util.Map.of(), attendance.marks(morning.id(), TUESDAY_8), "nothing stored");
        assertTrue(registers.save(agent, morning.id(), TUESDAY_8, java.util.Map.of(hugo, "ABSENT", lea, "PRESENT")).isEmpty());
        assertEquals(java.util.Map.of(hugo, Attendance.ABSENT), attendance.marks(morning.id(), TUESDAY_8), "Léa's justified absence is not overwritten");
        assertEquals(List.of(Attendance.ABSENT, Attendance.JUSTIFIED),
                registers.register(agent, morning.id(), TUESDAY_8).lines().stream().map(KeepRegister.Line::attendance).toList());
        assertThrows(Actor.NotAllowed.class, () -> registers.register(dupont, morning.id(), TUESDAY_8));
    }

    @Test
    void an_enrolled_child_who_came_without_a_booking_is_added_to_the_register_and_can_be_taken_off() {
        var attendance = new InMemoryAttendanceRepository();
        var registers = new KeepRegister(ports, absences, attendance);
        long tom = memory.child(dupont, "Tom", true);
        new DecideEnrolment(ports).enrol(agent, tom, morning.id());
        long paul = memory.child(martin, "Paul", true); // not enrolled in the morning
        assertEquals(List.of("Tom"), registers.register(agent, morning.id(), TUESDAY_8).addable().stream().map(c -> c.firstNames()).toList());

        for (String bad : List.of("", "abc", Long.toString(hugo), Long.toString(paul), "-1")) {
            assertEquals(KeepRegister.CHOOSE_ENROLLED, registers.addWithoutBooking(agent, morning.id(), TUESDAY_8, bad).asMap().get("child"), bad);
        }
        assertEquals(KeepRegister.NOT_YET, registers.addWithoutBooking(agent, morning.id(), THURSDAY_10, Long.toString(tom)).asMap().get("child"));
        LocalDate monday = TUESDAY_8.minusDays(1);
        new ManageSlots(ports).close(agent, morning.id(), monday);
        assertEquals(KeepRegister.NOT_TAKING_PLACE, registers.addWithoutBooking(agent, morning.id(), monday, Long.toString(tom)).asMap().get("child"));
        assertEquals(java.util.Map.of(), attendance.marks(morning.id(), TUESDAY_8), "nothing stored");
        assertEquals(java.util.Map.of(), attendance.marks(morning.id(), monday), "nothing stored");
        assertThrows(Actor.NotAllowed.class, () -> registers.addWithoutBooking(dupont, morning.id(), TUESDAY_8, Long.toString(tom)));

        assertTrue(registers.addWithoutBooking(agent, morning.id(), TUESDAY_8, Long.toString(tom)).isEmpty());
        var register = registers.register(agent, morning.id(), TUESDAY_8);
        assertEquals(List.of("Hugo:UNMARKED", "Léa:UNMARKED", "Tom:PRESENT_WITHOUT_BOOKING"),
                register.lines().stream().map(l -> l.child().firstNames() + ":" + l.attendance()).toList());
        assertEquals(2, register.booked());
        assertEquals(List.of(), register.addable());
        assertEquals(KeepRegister.CHOOSE_ENROLLED, registers.addWithoutBooking(agent, morning.id(), TUESDAY_8, Long.toString(tom)).asMap().get("child"),
                "already on the register");
        assertEquals(java.util.Map.of(tom, Attendance.PRESENT_WITHOUT_BOOKING), attendance.marks(morning.id(), TUESDAY_8));

        // marking the booked children keeps him; «retirer» takes him off
        assertTrue(registers.save(agent, morning.id(), TUESDAY_8, java.util.Map.of(hugo, "PRESENT", tom, "PRESENT_WITHOUT_BOOKING")).isEmpty());
        assertEquals(java.util.Map.of(hugo, Attendance.PRESENT, tom, Attendance.PRESENT_WITHOUT_BOOKING), attendance.marks(morning.id(), TUESDAY_8));
        assertEquals(KeepRegister.UNKNOWN_MARK, registers.save(agent, morning.id(), TUESDAY_8, java.util.Map.of(tom, "ABSENT")).asMap().get("presence-" + tom));
        assertTrue(registers.save(agent, morning.id(), TUESDAY_8, java.util.Map.of(tom, "REMOVE")).isEmpty());
        assertEquals(java.util.Map.of(hugo, Attendance.PRESENT), attendance.marks(morning.id(), TUESDAY_8));
        assertEquals(List.of("Tom"), registers.register(agent, morning.id(), TUESDAY_8).addable().stream().map(c -> c.firstNames()).toList());
    }
}
