package org.example.saintaubin;

import fr.portailfamille.application.accounts.ActivateAccount;
import fr.portailfamille.application.accounts.CreateAccount;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.SaveCashOffice;
import fr.portailfamille.application.billing.SetTariff;
import fr.portailfamille.application.billing.PayOnline;
import fr.portailfamille.application.bookings.ManageActivities;
import fr.portailfamille.application.bookings.RequestEnrolment;
import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.EditChild;
import fr.portailfamille.application.households.ManageContacts;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.bookings.HolidayPeriod;
import fr.portailfamille.domain.bookings.PublicHolidays;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.households.Vaccine;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saint-Aubin-sur-Loire runs the core with no web server, no database and no framework: an agent opens an account for
 * a parent, who activates it from the mail of the town's post room, fills in the dossier, enrols a child, books three
 * evenings; the October run invoices September and the parent pays on the town's cash desk.
 */
class SaintAubinJourneyTest {

    /** Tuesday 25 August 2026, 10 h in Saint-Aubin. */
    static final Instant SUMMER = Instant.parse("2026-08-25T08:00:00Z");
    static final String EVENINGS = "J-2 avant 12h hors week-ends et jours fériés";
    static final String PASSWORD = "Une-Phrase-De-Passe-2026";

    final SaintAubin town = new SaintAubin(SUMMER);
    final Actor agent = town.firstAgent("LEROY", "enfance@saint-aubin.example", PASSWORD);

    @Test
    void account_dossier_enrolment_booking_invoice_payment() {
        // the town's year, régie, tariff and evening activity
        town.bookings.calendars().save(new SchoolCalendar(SchoolYear.startingIn(2026), "B", LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-07-03"), List.of(new HolidayPeriod("Vacances de la Toussaint", LocalDate.parse("2026-10-17"),
                LocalDate.parse("2026-11-01"))), List.of(), PublicHolidays.FRANCE));
        var office = town.saveCashOffice.save(agent, 0, new SaveCashOffice.Command("Régie Enfance", "049123", "ENF", ""));
        assertTrue(office.ok(), office.errors().toString());
        town.setTariff.save(agent, office.value().id(), 0, new SetTariff.Command("accueil-soir", "Accueil du soir", "",
                LocalDate.parse("2026-09-01"), LocalDate.parse("2027-08-31"), true, Optional.empty(),
                List.of(new TariffBracket("Tarif unique", 0, null, Money.ofCents(350)))));
        var evening = assertInstanceOf(ManageActivities.Result.Saved.class, town.activities.save(agent, null, new ManageActivities.Command(
                "2026-2027", "Accueil du soir", "ACCUEIL_SOIR", "SESSION", List.of("1", "2", "4", "5"), "20", true, EVENINGS, EVENINGS,
                "ENF", "ACCUEIL-SOIR"))).activity();

        // account: created by the agent, activated from the letter the post room carried
        assertInstanceOf(CreateAccount.Result.Created.class, town.createAccount.create(agent,
                new CreateAccount.Command("Moreau", "Claire", "claire.moreau@exemple.fr", Role.PARENT), "192.0.2.10"));
        assertEquals(1, town.deliverMails.deliverDue(10));
        var letter = town.postRoom.letters().getFirst();
        assertEquals("claire.moreau@exemple.fr", letter.to());
        assertEquals("Création compte portail famille – Mairie de Saint-Aubin-sur-Loire", letter.subject());
        var link = Pattern.compile(Pattern.quote(SaintAubin.TOWN.publicBaseUrl()) + "/activation/([A-Za-z0-9_-]+)").matcher(letter.text());
        assertTrue(link.find(), letter.text());
        var activated = assertInstanceOf(ActivateAccount.Result.Activated.class,
                town.activateAccount.activate(link.group(1), true, PASSWORD, PASSWORD, "192.0.2.10"));
        var claire = Actor.of(activated.account());

        // dossier: a child with its health sheet and an emergency contact
        long household = town.openDossier.householdOf(claire);
        long jules = assertInstanceOf(EditChild.Result.Saved.class, town.editChild.save(claire, household, null,
                new EditChild.Command("Moreau", "Jules", "2018-05-02", "", "CE1"))).child().id();
        var vaccines = new EnumMap<Vaccine, String>(Vaccine.class);
        vaccines.put(Vaccine.DTP, "2019-03-01");
        assertTrue(town.healthRecord.save(claire, household, jules, new UpdateHealthRecord.Command("Dr Bernard", "02 41 11 22 33",
                "non", "", "", "", Set.of(), "UNKNOWN", vaccines)).isEmpty());
        assertTrue(town.contacts.add(claire, household, jules,
                new ManageContacts.Command("Hélène Moreau", "Grand-mère", "06 12 34 56 78", true, true)).isEmpty());

        // enrolment, asked by the parent and accepted by the agent
        var requested = assertInstanceOf(RequestEnrolment.Result.Requested.class, town.requestEnrolment.request(claire, jules, evening.id()));
        town.decideEnrolment.accept(agent, requested.enrolment().id());

        // bookings: three evenings of the first week
        var booked = town.submitBookings.submit(claire, List.of(
                new SubmitBookings.Item(jules, evening.id(), LocalDate.parse("2026-09-03"), false),
                new SubmitBookings.Item(jules, evening.id(), LocalDate.parse("2026-09-04"), false),
                new SubmitBookings.Item(jules, evening.id(), LocalDate.parse("2026-09-07"), false)));
        assertEquals(3, booked.count(SubmitBookings.Kind.DONE), booked.toString());

        // invoice: on 1 October the agent runs September
        town.clock.advance(Duration.between(town.clock.instant(), Instant.parse("2026-10-01T08:00:00Z")));
        var run = town.openRun.start(agent, office.value().id(), YearMonth.of(2026, 9));
        assertInstanceOf(ComputeInvoicingRun.Computed.Done.class, town.computeRun.compute(agent, run.id()));
        var invoices = assertInstanceOf(FinaliseInvoicingRun.Finalisation.Finalised.class,
                town.finaliseRun.finalise(agent, run.id(), LocalDate.parse("2026-10-01"))).invoices();
        assertEquals(1, invoices.size());
        var invoice = invoices.getFirst();
        assertEquals(household, invoice.householdId());
        assertEquals("10,50", invoice.total().formatNumber());

        // payment on Saint-Aubin's own cash desk
        var redirect = assertInstanceOf(PayOnline.Started.Redirect.class,
                town.payOnline.start(claire, office.value().id(), List.of(invoice.number().value())));
        String operation = redirect.url().substring(redirect.url().indexOf("operation=") + "operation=".length());
        town.cashDesk.payerPays(operation);
        town.payOnline.notified(operation);
        assertEquals(PayOnline.Outcome.PAID, town.payOnline.returned(claire, operation).outcome());
        assertEquals(InvoiceStatus.PAID, town.facturation.detail(claire, invoice.number().value()).invoice().status());
    }

    /** A use case that fails half-way leaves the town's stores as they were (the in-memory transactions roll back). */
    @Test
    void a_failed_use_case_leaves_nothing_behind() {
        var accounts = town.accounts.accounts();
        assertThrows(IllegalStateException.class, () -> town.transactions.run(() -> {
            town.firstAgent("DURAND", "accueil@saint-aubin.example", PASSWORD);
            throw new IllegalStateException("panne au milieu");
        }));
        assertTrue(accounts.findByEmail(fr.portailfamille.domain.accounts.EmailAddress.parse("accueil@saint-aubin.example").orElseThrow()).isEmpty());
    }

    /**
     * What the town runs on: the core's two jars and its in-memory adapters, no server, no database driver, no mail or
     * template library. Checked on the class path this test runs with, which must name the core (else it checks nothing).
     */
    @Test
    void its_class_path_holds_no_server_database_or_framework() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var entries = Arrays.stream(classPath.split(File.pathSeparator)).map(e -> e.replace('\\', '/')).toList();
        assertTrue(entries.stream().anyMatch(e -> e.contains("/domain/") || e.contains("/domain-")), "the domain is on " + entries);
        assertTrue(entries.stream().anyMatch(e -> e.contains("/application/") || e.contains("/application-")), "the application is on " + entries);
        for (String forbidden : List.of("helidon", "jooq", "postgresql", "zonky", "flyway", "hikari", "jakarta.mail", "angus",
                "freemarker", "saaj", "jakarta.xml", "openhtmltopdf", "pdfbox", "commons-csv", "password4j", "adapters-", "bootstrap")) {
            assertFalse(entries.stream().anyMatch(e -> e.toLowerCase().contains(forbidden)), forbidden + " on the class path: " + entries);
        }
        for (String type : List.of("io.helidon.webserver.WebServer", "org.jooq.DSLContext", "org.postgresql.Driver", "jakarta.mail.Session",
                "freemarker.template.Configuration", "com.zaxxer.hikari.HikariDataSource", "jakarta.xml.soap.SOAPMessage")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(type), type + " is loadable");
        }
        assertEquals(0, DriverManager.drivers().count(), "no JDBC driver");
    }
}
