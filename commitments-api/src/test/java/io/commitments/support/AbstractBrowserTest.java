package io.commitments.support;

import io.commitments.config.ViewConsistency;
import io.commitments.core.api.organisation.RegisterOrganisationCommand;
import io.commitments.core.api.partnership.AppointCoordinatorCommand;
import io.commitments.core.api.partnership.DecisionRule;
import io.commitments.core.api.partnership.JoinPartnershipCommand;
import io.commitments.core.api.partnership.PartnershipId;
import io.commitments.core.api.partnership.RegisterPartnershipCommand;
import io.commitments.core.api.party.Actor;
import io.commitments.core.api.party.OrganisationId;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import io.commitments.security.PersonRegistration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Browser tests of the web pages: the whole application on a random port over an H2 file database, driven by
 * headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; {@code .ci/run}
 * installs them). One browser per test class, signed out before each test. Deadlines are polled often, so a
 * deadline already past fires within a fraction of a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.clean-disabled=false",
        "commitments.admin.password=" + IntegrationTestAccess.ADMIN_PASSWORD,
        "commitments.deadlines.poll-interval=PT0.2S"})
@Import(CleanDatabaseConfiguration.class)
@ExtendWith(BrowserAvailableCondition.class)
public abstract class AbstractBrowserTest {

    public static final String PASSWORD = "browser-test-password";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    protected int port;

    @Autowired
    protected CommandGateway commands;

    @Autowired
    protected ViewConsistency views;

    @Autowired
    protected PersonRegistration people;

    private String testName;

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        String name = "./target/it-h2/browser-" + UUID.randomUUID();
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("commitments-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserAvailableCondition.CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailableCondition.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @BeforeEach
    void signedOutOnAWideScreen(TestInfo info) {
        testName = info.getTestMethod().map(method -> method.getName()).orElse("test");
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected void signInAs(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    protected WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** Clicks a form's submit button and waits until the next page has replaced this one. */
    protected void submit(WebElement form) {
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        button.click();
        waitFor().until(ExpectedConditions.stalenessOf(button));
    }

    /** Follows a link and waits until the page it leads to has replaced this one. */
    protected void follow(WebElement link) {
        link.click();
        waitFor().until(ExpectedConditions.stalenessOf(link));
    }

    /** Types into a field by its label, as a person would find it. */
    protected void fill(WebElement form, String label, String text) {
        WebElement field = labelled(form, label);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date or date-time field, whose typing differs between locales, to its ISO value. */
    protected void setValue(WebElement form, String label, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", labelled(form, label), value);
    }

    protected void choose(WebElement form, String label, String option) {
        new org.openqa.selenium.support.ui.Select(labelled(form, label)).selectByVisibleText(option);
    }

    protected WebElement labelled(WebElement form, String label) {
        WebElement labelElement = form.findElement(By.xpath(".//label[normalize-space(.)='" + label + "']"));
        return form.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** The whole page as a PNG under target/screenshots, named after the test and the step. */
    protected void screenshot(String step) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension window = browser.manage().window().getSize();
        long height = (Long) js.executeScript("return Math.min(document.documentElement.scrollHeight, 6000)");
        long chrome = (Long) js.executeScript("return window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) (height + chrome)));
        try {
            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(testName + "-" + step + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** Sends commands outside any page, in one transaction, and waits until the views include them. */
    protected <R> R given(Supplier<R> work) {
        views.trackPublished();
        try {
            R result = work.get();
            views.awaitPublished();
            return result;
        } finally {
            views.stopTracking();
        }
    }

    /** A partnership with its member organisations (one MEMBER login each) and a COORDINATOR login. */
    protected record Board(PartnershipId id, String name, String coordinator, PersonId coordinatorId,
                           Map<String, OrganisationId> organisations, Map<String, String> logins,
                           Map<String, PersonId> people) {

        public OrganisationId organisation(String name) {
            return organisations.get(name);
        }

        public String login(String organisation) {
            return logins.get(organisation);
        }

        public Actor actor(String organisation) {
            return new Actor(people.get(organisation), organisations.get(organisation));
        }
    }

    protected Board board(String name, int quorum, String... organisationNames) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        PartnershipId partnership = PartnershipId.random();
        Actor admin = new Actor(PersonId.random(), null);
        Map<String, OrganisationId> organisations = new LinkedHashMap<>();
        Map<String, String> logins = new LinkedHashMap<>();
        Map<String, PersonId> members = new LinkedHashMap<>();
        String coordinator = "chair-" + suffix;
        PersonId coordinatorId = people.register(coordinator, "Priya Shah", PASSWORD, null, Set.of(Role.COORDINATOR));
        List<String> names = new ArrayList<>(List.of(organisationNames));
        given(() -> {
            commands.sendAndWait(new RegisterPartnershipCommand(partnership, name + " " + suffix, DecisionRule.CONSENT,
                    quorum));
            for (String organisationName : names) {
                OrganisationId organisation = OrganisationId.random();
                commands.sendAndWait(new RegisterOrganisationCommand(organisation, organisationName));
                commands.sendAndWait(new JoinPartnershipCommand(partnership, organisation, admin));
                organisations.put(organisationName, organisation);
            }
            commands.sendAndWait(new AppointCoordinatorCommand(partnership, coordinatorId, admin));
            return null;
        });
        for (String organisationName : names) {
            String login = organisationName.toLowerCase().replaceAll("[^a-z]+", "-") + suffix;
            members.put(organisationName, people.register(login, "Lead for " + organisationName, PASSWORD,
                    organisations.get(organisationName), Set.of(Role.MEMBER)));
            logins.put(organisationName, login);
        }
        return new Board(partnership, name + " " + suffix, coordinator, coordinatorId, organisations, logins, members);
    }
}
