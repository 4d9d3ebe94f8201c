package fr.portailfamille.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.portailfamille.apiparticulier.archfixture.QuotientsReadingTheDatabase;
import fr.portailfamille.application.archfixture.port.RepositoryOpeningADossier;
import fr.portailfamille.domain.archfixture.DomainRuleLeakingHelidon;
import fr.portailfamille.persistence.archfixture.RepositoryAnsweringHttp;
import fr.portailfamille.web.archfixture.PageHoldingARepository;
import fr.portailfamille.web.archfixture.WebPageReadingSqlState;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arrows of the hexagon (see architecture.md), checked on the production classes of every module: domain and
 * application compile against the JDK alone, no adapter knows another adapter, only bootstrap sees everything.
 * Every rule refuses to pass on an empty selection: a rule naming a package that does not exist checks nothing.
 * <p>
 * The rules are constants checked by {@code @ArchTest} <em>methods</em>: Surefire 3.5.3 (pinned in the parent pom)
 * silently skips {@code @ArchTest} fields (SUREFIRE-2298, TNG/ArchUnit#1442, fixed in 3.5.4), methods always run.
 */
@AnalyzeClasses(packages = "fr.portailfamille",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    static final String DOMAIN = "fr.portailfamille.domain..";
    static final String APPLICATION = "fr.portailfamille.application..";
    static final String WEB = "fr.portailfamille.web..";
    static final String PERSISTENCE = "fr.portailfamille.persistence..";
    static final String MAIL = "fr.portailfamille.mail..";
    static final String PAYMENT = "fr.portailfamille.payment..";
    static final String FRANCECONNECT = "fr.portailfamille.franceconnect..";
    static final String API_PARTICULIER = "fr.portailfamille.apiparticulier..";
    static final String BOOTSTRAP = "fr.portailfamille.bootstrap..";
    /** The out-ports: what the application needs from outside, implemented by adapters ({@code application.<area>.port}). */
    static final String OUT_PORTS = "fr.portailfamille.application..port..";

    static final ArchRule DOMAIN_DEPENDS_ON_THE_JDK_ALONE = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("an integrator takes the domain jar alone, and every rule is tested without a server or a database")
            .allowEmptyShould(false);

    @ArchTest
    static void domainDependsOnTheJdkAlone(JavaClasses classes) {
        DOMAIN_DEPENDS_ON_THE_JDK_ALONE.check(classes);
    }

    static final ArchRule APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .because("use cases talk to the outside through their out-ports, which adapters implement")
            .allowEmptyShould(false);

    @ArchTest
    static void applicationDependsOnTheJdkAndTheDomainAlone(JavaClasses classes) {
        APPLICATION_DEPENDS_ON_THE_JDK_AND_THE_DOMAIN_ALONE.check(classes);
    }

    static final ArchRule CORE_NEVER_TOUCHES_FRAMEWORKS = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.helidon..", "org.jooq..", "java.sql..", "javax.sql..", "jakarta..", "freemarker..")
            .because("the web server, SQL, mail and templates are adapters' business")
            .allowEmptyShould(false);

    @ArchTest
    static void coreNeverTouchesFrameworks(JavaClasses classes) {
        CORE_NEVER_TOUCHES_FRAMEWORKS.check(classes);
    }

    /**
     * Each adapter uses the application and the domain, never another adapter nor bootstrap. Note: on a layered architecture {@code allowEmptyShould(b)} is {@code withOptionalLayers(b)}, so
     * {@code allowEmptyShould(false)} makes every other layer mandatory: an empty one fails the rule.
     */
    static final ArchRule ADAPTERS_KNOW_NEITHER_EACH_OTHER_NOR_BOOTSTRAP = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Web").definedBy(WEB)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Mail").definedBy(MAIL)
            .layer("Payment").definedBy(PAYMENT)
            .layer("FranceConnect").definedBy(FRANCECONNECT)
            .layer("ApiParticulier").definedBy(API_PARTICULIER)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Web").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("Persistence").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("Mail").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("Payment").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("FranceConnect").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("ApiParticulier").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            // a new top-level package would escape every rule above
            .ensureAllClassesAreContainedInArchitecture()
            .allowEmptyShould(false);

    @ArchTest
    static void adaptersKnowNeitherEachOtherNorBootstrap(JavaClasses classes) {
        ADAPTERS_KNOW_NEITHER_EACH_OTHER_NOR_BOOTSTRAP.check(classes);
    }

    /** Each adapter's technology, by package: what the other adapters must not read. */
    static final String[] WEB_TECHNOLOGY = {"io.helidon..", "freemarker..", "org.apache.commons.csv..", "com.openhtmltopdf..", "org.apache.pdfbox.."};
    static final String[] PERSISTENCE_TECHNOLOGY = {"org.jooq..", "java.sql..", "javax.sql..", "org.postgresql..", "org.flywaydb..",
            "com.zaxxer.hikari..", "io.zonky.."};
    static final String[] MAIL_TECHNOLOGY = {"jakarta.mail..", "jakarta.activation..", "org.eclipse.angus.."};
    static final String[] PAYMENT_TECHNOLOGY = {"jakarta.xml.soap..", "com.sun.xml.messaging..", "com.sun.net.httpserver.."};
    /** JOSE/JWT (FranceConnect's ID tokens; its JSON parser serves API Particulier's answers too). */
    static final String[] IDENTITY_TECHNOLOGY = {"com.nimbusds.."};

    /**
     * No adapter reads another's technology: a database failure reaches the web as the application's
     * {@code DatabaseUnavailable}, not as SQLState codes; persistence never chooses an HTTP status. (FreeMarker is both
     * the web's and the mail's template engine, so only the web and the mail may use it.)
     */
    static ArchRule adapterReadsNoOtherTechnology(String adapter, String[]... others) {
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(others).flatMap(java.util.Arrays::stream)
                        .filter(p -> !(adapter.equals(MAIL) && p.equals("freemarker..")))
                        .toArray(String[]::new))
                .because("an adapter talks to the core's ports and exceptions, never in another adapter's technology")
                .allowEmptyShould(false);
    }

    static final ArchRule WEB_READS_NO_OTHER_TECHNOLOGY = adapterReadsNoOtherTechnology(WEB, PERSISTENCE_TECHNOLOGY, MAIL_TECHNOLOGY, PAYMENT_TECHNOLOGY,
            IDENTITY_TECHNOLOGY);
    static final ArchRule PERSISTENCE_READS_NO_OTHER_TECHNOLOGY = adapterReadsNoOtherTechnology(PERSISTENCE, WEB_TECHNOLOGY, MAIL_TECHNOLOGY, PAYMENT_TECHNOLOGY,
            IDENTITY_TECHNOLOGY);
    static final ArchRule MAIL_READS_NO_OTHER_TECHNOLOGY = adapterReadsNoOtherTechnology(MAIL, WEB_TECHNOLOGY, PERSISTENCE_TECHNOLOGY, PAYMENT_TECHNOLOGY,
            IDENTITY_TECHNOLOGY);
    static final ArchRule PAYMENT_READS_NO_OTHER_TECHNOLOGY = adapterReadsNoOtherTechnology(PAYMENT, WEB_TECHNOLOGY, PERSISTENCE_TECHNOLOGY, MAIL_TECHNOLOGY,
            IDENTITY_TECHNOLOGY);
    /** The simulators of both State services run on the JDK's HTTP server, as PayFiP's does: only the SOAP stack is payment's own. */
    static final ArchRule FRANCECONNECT_READS_NO_OTHER_TECHNOLOGY = adapterReadsNoOtherTechnology(FRANCECONNECT, WEB_TECHNOLOGY, PERSISTENCE_TECHNOLOGY,
            MAIL_TECHNOLOGY, new String[]{"jakarta.xml.soap..", "com.sun.xml.messaging.."});

    /** API Particulier reads its JSON answers with the JOSE library's parser, as FranceConnect does: that is shared. */
    static final ArchRule API_PARTICULIER_READS_NO_OTHER_TECHNOLOGY = adapterReadsNoOtherTechnology(API_PARTICULIER, WEB_TECHNOLOGY,
            PERSISTENCE_TECHNOLOGY, MAIL_TECHNOLOGY, new String[]{"jakarta.xml.soap..", "com.sun.xml.messaging.."});

    @ArchTest
    static void noAdapterReadsAnothersTechnology(JavaClasses classes) {
        WEB_READS_NO_OTHER_TECHNOLOGY.check(classes);
        PERSISTENCE_READS_NO_OTHER_TECHNOLOGY.check(classes);
        MAIL_READS_NO_OTHER_TECHNOLOGY.check(classes);
        PAYMENT_READS_NO_OTHER_TECHNOLOGY.check(classes);
        FRANCECONNECT_READS_NO_OTHER_TECHNOLOGY.check(classes);
        API_PARTICULIER_READS_NO_OTHER_TECHNOLOGY.check(classes);
    }

    /** The rules bite: planted test-only classes — a web class reading SQLState, a persistence class choosing an HTTP status. */
    @ArchTest
    static void rulesRejectAnAdapterReadingAnothersTechnology(JavaClasses ignored) {
        JavaClasses web = new ClassFileImporter().importClasses(WebPageReadingSqlState.class);
        AssertionError sql = assertThrows(AssertionError.class, () -> WEB_READS_NO_OTHER_TECHNOLOGY.check(web));
        assertTrue(sql.getMessage().contains("java.sql.SQLException"), sql.getMessage());

        JavaClasses persistence = new ClassFileImporter().importClasses(RepositoryAnsweringHttp.class);
        AssertionError http = assertThrows(AssertionError.class, () -> PERSISTENCE_READS_NO_OTHER_TECHNOLOGY.check(persistence));
        assertTrue(http.getMessage().contains("io.helidon.http.Status"), http.getMessage());

        JavaClasses apiParticulier = new ClassFileImporter().importClasses(QuotientsReadingTheDatabase.class);
        AssertionError jdbc = assertThrows(AssertionError.class, () -> API_PARTICULIER_READS_NO_OTHER_TECHNOLOGY.check(apiParticulier));
        assertTrue(jdbc.getMessage().contains("java.sql.Connection"), jdbc.getMessage());
    }

    /** An adapter the application calls (PDF rendering): the web holds two, which implement an out-port and call none. */
    static final DescribedPredicate<JavaClass> IMPLEMENT_AN_OUT_PORT = DescribedPredicate.describe("implement an out-port",
            c -> c.getAllRawInterfaces().stream().anyMatch(JavaClass.Predicates.resideInAPackage(OUT_PORTS)));

    /**
     * The out-ports themselves; the records nested in them (a stored file, an image, an invoiced day) are values a use
     * case hands the page, which it may read.
     */
    static final DescribedPredicate<JavaClass> OUT_PORT_INTERFACES = DescribedPredicate.describe("are out-ports",
            c -> c.isInterface() && JavaClass.Predicates.resideInAPackage(OUT_PORTS).test(c));

    static final ArchRule WEB_CALLS_USE_CASES_ONLY = noClasses()
            .that().resideInAPackage(WEB).and(not(IMPLEMENT_AN_OUT_PORT))
            .should().dependOnClassesThat(OUT_PORT_INTERFACES)
            .because("a page calls a use case, which decides who may see what; an out-port called from the web skips that decision "
                    + "(and another town embedding the core would have to rebuild it)")
            .allowEmptyShould(false);

    @ArchTest
    static void webCallsUseCasesOnly(JavaClasses classes) {
        WEB_CALLS_USE_CASES_ONLY.check(classes);
    }

    /**
     * A use case: a class of the application outside the out-ports that is not a value (record, enum, sealed or other
     * interface) nor an exception — what decides and orchestrates.
     */
    static final DescribedPredicate<JavaClass> USE_CASES = DescribedPredicate.describe("are use cases",
            c -> c.getPackageName().startsWith("fr.portailfamille.application.") && !JavaClass.Predicates.resideInAPackage(OUT_PORTS).test(c)
                    && !c.isInterface() && !c.isEnum() && !c.isAssignableTo(Record.class) && !c.isAssignableTo(Throwable.class));

    static final ArchRule OUT_PORTS_KNOW_NO_USE_CASE = noClasses()
            .that().resideInAPackage(OUT_PORTS)
            .should().dependOnClassesThat(USE_CASES)
            .because("an out-port is what an adapter implements: knowing a use case would tie every other town's adapter to it, "
                    + "and make a cycle between the two packages")
            .allowEmptyShould(false);

    @ArchTest
    static void outPortsKnowNoUseCase(JavaClasses classes) {
        OUT_PORTS_KNOW_NO_USE_CASE.check(classes);
    }

    /** The rules bite: planted test-only classes — a page holding a repository, a repository opening a dossier. */
    @ArchTest
    static void rulesRejectAPageCallingAnOutPortAndAPortKnowingAUseCase(JavaClasses ignored) {
        JavaClasses web = new ClassFileImporter().importClasses(PageHoldingARepository.class);
        AssertionError page = assertThrows(AssertionError.class, () -> WEB_CALLS_USE_CASES_ONLY.check(web));
        assertTrue(page.getMessage().contains("fr.portailfamille.application.households.port.HouseholdRepository"), page.getMessage());

        JavaClasses port = new ClassFileImporter().importClasses(RepositoryOpeningADossier.class);
        AssertionError useCase = assertThrows(AssertionError.class, () -> OUT_PORTS_KNOW_NO_USE_CASE.check(port));
        assertTrue(useCase.getMessage().contains("fr.portailfamille.application.households.OpenDossier"), useCase.getMessage());
    }

    static final ArchRule NOTHING_OUTSIDE_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap is the composition root: it sees everything and nothing sees it")
            .allowEmptyShould(false);

    @ArchTest
    static void nothingOutsideBootstrapDependsOnBootstrap(JavaClasses classes) {
        NOTHING_OUTSIDE_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP.check(classes);
    }

    static final ArchRule ONE_CLOCK_CREATED_BY_MAIN = noClasses()
            .that().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Clock.class, "system", java.time.ZoneId.class)
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.YearMonth.class, "now")
            .orShould().callMethod(java.time.Year.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("the portal has one clock, created by Main and passed to everything (tests pass theirs): a «now» read "
                    + "elsewhere makes the portal, and its tests, depend on the day they run")
            .allowEmptyShould(false);

    @ArchTest
    static void oneClockCreatedByMain(JavaClasses classes) {
        ONE_CLOCK_CREATED_BY_MAIN.check(classes);
    }

    /** Belt and braces against vacuous rules: the modules that already have code are found by the import. */
    @ArchTest
    static void everyExistingModuleHasClasses(JavaClasses classes) {
        for (String module : List.of(DOMAIN, APPLICATION, WEB, PERSISTENCE, MAIL, PAYMENT, FRANCECONNECT, API_PARTICULIER, BOOTSTRAP)) {
            String prefix = module.substring(0, module.length() - 2) + ".";
            long count = classes.stream().filter(c -> c.getPackageName().concat(".").startsWith(prefix)).count();
            assertTrue(count > 0, "no production class found in " + module + ": the architecture rules check nothing there");
        }
    }

    /** The rules bite: a test-only «domain» class using a Helidon type is rejected. */
    @ArchTest
    static void rulesRejectADomainClassUsingAFramework(JavaClasses ignored) {
        JavaClasses fixture = new ClassFileImporter().importClasses(DomainRuleLeakingHelidon.class);

        AssertionError domain = assertThrows(AssertionError.class, () -> DOMAIN_DEPENDS_ON_THE_JDK_ALONE.check(fixture));
        assertTrue(domain.getMessage().contains("io.helidon.http.Status"), domain.getMessage());

        AssertionError frameworks = assertThrows(AssertionError.class, () -> CORE_NEVER_TOUCHES_FRAMEWORKS.check(fixture));
        assertTrue(frameworks.getMessage().contains("io.helidon.http.Status"), frameworks.getMessage());
    }

    /** A selection that matches nothing fails instead of passing: the guard behind every rule here. */
    @ArchTest
    static void rulesOnNothingFail(JavaClasses classes) {
        ArchRule onNothing = classes().that().resideInAPackage("fr.portailfamille.nosuchpackage..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..")
                .allowEmptyShould(false);
        assertThrows(AssertionError.class, () -> onNothing.check(classes));

        // the layered rule on an import without web classes: a mandatory layer is empty
        JavaClasses domainOnly = classes.that(JavaClass.Predicates.resideInAPackage(DOMAIN));
        AssertionError layers = assertThrows(AssertionError.class, () -> ADAPTERS_KNOW_NEITHER_EACH_OTHER_NOR_BOOTSTRAP.check(domainOnly));
        assertTrue(layers.getMessage().contains("Layer 'Web' is empty"), layers.getMessage());
    }

    /**
     * In a full {@code verify}, sibling modules' test-jars are on the class path as jars, which
     * {@link ImportOption.DoNotIncludeTests} does not recognise: in-memory adapters and test helpers are not production.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
