package fr.portailfamille.bootstrap.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A headless Debian Chromium for the browser tests, one per test class:
 * {@code @RegisterExtension static final Browser browser = new Browser();}. The driver and the binary are given
 * explicitly (Selenium Manager would try to download them). When they are missing the tests FAIL, never skip:
 * CI installs them ({@code apt-get install chromium chromium-driver}).
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 360;
    public static final int PHONE_HEIGHT = 740;
    /** The narrowest screen the RGAA asks pages to work on without horizontal scrolling (reflow, 320 CSS px). */
    public static final int NARROW_PHONE_WIDTH = 320;

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private Path downloads;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (File needed : new File[] {CHROMIUM, CHROMEDRIVER}) {
            if (!needed.canExecute()) {
                throw new AssertionError(needed + " is missing: the browser tests need Debian's Chromium and its driver "
                        + "(apt-get install chromium chromium-driver). They fail rather than skip, so CI cannot pass without them.");
            }
        }
        profile = Files.createTempDirectory("portail-chromium-");
        downloads = Files.createDirectory(profile.resolve("telechargements"));
        var options = new ChromeOptions();
        // files the pages send as attachments land here, without a dialog (see download())
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT, "--lang=fr-FR",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the console's messages, read by consoleErrors()
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().withEnvironment(realTime()).build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Chromium hangs under libfaketime (its zygote fails): when the tests run at a shifted date (.ci/run), the driver
     * and the browser are started without it, at the real date; the portal and its database keep the shifted one.
     */
    static java.util.Map<String, String> realTime() {
        var environment = new java.util.HashMap<String, String>();
        System.getenv().keySet().stream().filter(name -> name.startsWith("FAKETIME")).forEach(name -> environment.put(name, ""));
        String preload = System.getenv().getOrDefault("LD_PRELOAD", "");
        if (preload.contains("faketime")) {
            environment.put("LD_PRELOAD", java.util.Arrays.stream(preload.split("[: ]")).filter(lib -> !lib.contains("faketime"))
                    .collect(java.util.stream.Collectors.joining(":")));
        }
        return environment;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (service != null) service.stop();
            deleteRecursively(profile);
        }
    }

    /**
     * Clicks what makes the page send a file (an attachment) and returns the file Chromium saved, once whole: the
     * browser's own download, with its session cookie, as a person would get it.
     */
    public Path download(org.openqa.selenium.By link) throws IOException, InterruptedException {
        try (var old = Files.list(downloads)) {
            for (Path file : old.toList()) Files.delete(file);
        }
        // headless Chromium follows the preference only once told so through the DevTools protocol
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        driver.findElement(link).click();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(downloads)) {
                // while it comes, Chromium writes «….crdownload», renamed when whole
                var found = files.toList();
                if (found.size() == 1 && !found.getFirst().getFileName().toString().endsWith(".crdownload")) return found.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download within 30 s");
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(URI uri) {
        driver.get(uri.toString());
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** The desktop window the tests start with. */
    public void desktopWidth() {
        driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH, DESKTOP_HEIGHT));
    }

    /**
     * A 360 × 740 viewport. {@code --window-size} and {@code setSize} give the outer window: the difference
     * between outer and inner sizes is added so that the page itself gets 360 CSS pixels.
     */
    public void phoneWidth() {
        viewportWidth(PHONE_WIDTH);
    }

    /** A 320 × 740 viewport: the narrowest phones, and desktop zoom at 400 %. */
    public void narrowPhoneWidth() {
        viewportWidth(NARROW_PHONE_WIDTH);
    }

    /** A viewport of {@code width} CSS pixels (the window's outer size adjusted for its frame). */
    public void viewportWidth(int width) {
        int extraWidth = ((Number) script("return window.outerWidth - window.innerWidth;")).intValue();
        int extraHeight = ((Number) script("return window.outerHeight - window.innerHeight;")).intValue();
        driver.manage().window().setSize(new Dimension(width + extraWidth, PHONE_HEIGHT + extraHeight));
        assertEquals(width, ((Number) script("return window.innerWidth;")).intValue(),
                "the viewport did not shrink to a phone's width");
    }

    /**
     * The open page passes axe at desktop width, then at {@code phoneWidth} CSS pixels without sideways scrolling and
     * again without violation; its phone screenshot is kept as «name-width».
     */
    public void checkPage(String name, int phoneWidth) {
        Accessibility.assertNoViolations(driver);
        viewportWidth(phoneWidth);
        assertNoHorizontalScroll();
        Accessibility.assertNoViolations(driver);
        screenshot(name + "-" + phoneWidth);
        desktopWidth();
    }

    /** Nothing sticks out sideways: the page never needs a horizontal scroll bar. */
    public void assertNoHorizontalScroll() {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
        long clientWidth = ((Number) script("return document.documentElement.clientWidth;")).longValue();
        assertTrue(scrollWidth <= clientWidth, () -> "horizontal scroll on " + driver.getCurrentUrl() + ": content is "
                + scrollWidth + " px wide for a " + clientWidth + " px viewport; widest elements: " + widestElements(clientWidth));
    }

    private Object widestElements(long clientWidth) {
        return script("""
                const limit = arguments[0];
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > limit)
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
                """, clientWidth);
    }

    /** The visible viewport as {@code bootstrap/target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "screenshots");
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            Files.copy(capture().toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the page shows {@code text}; a page replaced while it is read is simply read again. */
    public void waitForText(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(org.openqa.selenium.By.tagName("body"), text));
    }

    public String pageText() {
        return driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
    }

    /** Signs in through the real form at {@code signInPage} and waits for the greeting. */
    public void signIn(URI signInPage, String identifier, String password) {
        open(signInPage);
        var id = driver.findElement(org.openqa.selenium.By.id("identifier"));
        id.clear();
        id.sendKeys(identifier);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]")).click();
        waitForText("Bonjour");
    }

    /** The header's «Déconnexion» button, then waits for the signed-out header. */
    public void signOut() {
        driver.findElement(org.openqa.selenium.By.xpath("//button[normalize-space()='Déconnexion']")).click();
        waitForText("Se connecter");
    }

    /**
     * A screenshot; on a loaded machine Chromium sometimes answers «not attached to an active page» right after a
     * navigation or a resize: one more try once the page says it is complete.
     */
    private File capture() {
        try {
            return driver.getScreenshotAs(OutputType.FILE);
        } catch (org.openqa.selenium.WebDriverException notReady) {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            return driver.getScreenshotAs(OutputType.FILE);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * The errors the console received since the last call (a script or a style the Content-Security-Policy refused,
     * a file not found…); reading them empties the log.
     */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** Clicks the submit button of the form {@code formSelector} (a CSS selector) picks. */
    public void submit(String formSelector) {
        driver.findElement(org.openqa.selenium.By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    /** Sets a date input by its id in ISO form (typing into one depends on the browser's locale). */
    public void setDate(String id, String isoDate) {
        script("arguments[0].value = arguments[1];", driver.findElement(org.openqa.selenium.By.id(id)), isoDate);
    }
}
