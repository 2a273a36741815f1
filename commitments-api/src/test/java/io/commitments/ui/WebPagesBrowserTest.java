package io.commitments.ui;

import io.commitments.core.api.commitment.CommitmentDetails;
import io.commitments.core.api.commitment.CommitmentId;
import io.commitments.core.api.commitment.FindCommitmentQuery;
import io.commitments.core.api.commitment.PromiseCommitmentCommand;
import io.commitments.core.api.commitment.RequestCommitmentCommand;
import io.commitments.core.api.commitment.Requester;
import io.commitments.history.GeneratedPartnership;
import io.commitments.history.HistoryGenerator;
import io.commitments.history.HistorySpec;
import io.commitments.core.api.party.PersonId;
import io.commitments.core.api.person.Role;
import io.commitments.support.AbstractBrowserTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pages as the people who use them would: a board in its meeting, two members in a conversation, a coordinator. */
class WebPagesBrowserTest extends AbstractBrowserTest {

    @Autowired
    QueryGateway queries;

    @Autowired
    HistoryGenerator history;

    @Test
    void aMeetingGoesFromAttendanceToAnAdoptedDecisionWithActions() {
        Board board = board("Valley Board", 2, "Riverside Surgery", "Hillside Practice", "Adult Social Care");

        signInAs(board.coordinator());
        open("/partnerships/" + board.id());
        find("#schedule-form").findElement(By.xpath("ancestor::details/summary")).click();
        WebElement schedule = find("#schedule-form");
        fill(schedule, "Title", "December board");
        setValue(schedule, "Date and time", LocalDate.now().plusDays(7) + "T10:00");
        fill(schedule, "Agenda", "Apologies\nWinter plan");
        submit(schedule);

        WebElement attendance = find("#attendance-form");
        attendance.findElement(By.xpath(".//fieldset[legend='Riverside Surgery']//input[@value='PRESENT']")).click();
        attendance.findElement(By.xpath(".//fieldset[legend='Hillside Practice']//input[@value='PRESENT']")).click();
        attendance.findElement(By.xpath(".//fieldset[legend='Adult Social Care']//input[@value='APOLOGIES']")).click();
        assertThat(find("[data-quorum-count]").getText()).contains("2 present of 2 needed: quorate");
        submit(attendance);
        assertThat(find("#quorum-status").getText()).isEqualTo("Quorate");

        WebElement table = find("#table-form");
        fill(table, "Title", "Adopt a shared winter plan");
        fill(table, "What is proposed", "Each practice shares its winter rota with the network.");
        submit(table);
        String meetingPage = browser.getCurrentUrl();

        signInAs(board.login("Riverside Surgery"));
        browser.get(meetingPage);
        WebElement position = find("form.position-form");
        position.findElement(By.xpath(".//label[span='Agree']")).click();
        submit(position);

        signInAs(board.login("Hillside Practice"));
        browser.get(meetingPage);
        position = find("form.position-form");
        position.findElement(By.xpath(".//label[span='Disagree']")).click();
        submit(position);
        assertThat(labelled(find("form.position-form"), "Reason").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("form.position-form .error").getText()).isEqualTo("Reason is required.");
        screenshot("position-needs-a-reason");
        position = find("form.position-form");
        fill(position, "Reason", "our staff cannot cover the extra sessions");
        submit(position);
        assertThat(find(".positions").getText()).contains("Riverside Surgery", "Agree", "Hillside Practice",
                "Disagree", "our staff cannot cover the extra sessions");

        signInAs(board.coordinator());
        browser.get(meetingPage);
        submit(find("form[action$='/close'] button.secondary").findElement(By.xpath("ancestor::form")));
        assertThat(find("#notice").getText()).contains("adopted");
        assertThat(find(".proposal .outcome").getText()).isEqualTo("Adopted");

        WebElement action = find("form.action-form");
        choose(action, "Who does it", "Adult Social Care");
        fill(action, "What is to be done", "Share the winter pressures rota");
        setValue(action, "Due by", LocalDate.now().plusDays(30).toString());
        submit(action);
        assertThat(find(".decision-actions").getText()).contains("Share the winter pressures rota",
                "Adult Social Care", "Requested");

        WebElement close = find("#close-meeting-form");
        fill(close, "Minutes", "Winter plan adopted; Hillside Practice disagreed for staffing reasons.");
        submit(close);
        assertThat(find("#meeting-state").getText()).isEqualTo("Closed");
        assertThat(find("#minutes").getText()).startsWith("Winter plan adopted");
        screenshot("closed-meeting");

        open("/partnerships/" + board.id() + "/decisions");
        assertThat(find(".decision").getText()).contains("Adopt a shared winter plan", "Dissent recorded",
                "Share the winter pressures rota");
        screenshot("register");
    }

    @Test
    void aCommitmentGoesFromRequestToKeptBetweenTwoMembers() {
        Board board = board("Frailty Network", 2, "Riverside Surgery", "District Nursing Team");

        signInAs(board.login("Riverside Surgery"));
        open("/partnerships/" + board.id());
        WebElement request = find("#request-form");
        choose(request, "Who is asked", "District Nursing Team");
        fill(request, "What is asked", "Run a joint flu vaccination clinic");
        setValue(request, "Due by", LocalDate.now().plusDays(20).toString());
        submit(request);
        assertThat(find("#state").getText()).isEqualTo("Requested");
        assertThat(actionsOffered()).containsExactly("Release");
        String commitmentPage = browser.getCurrentUrl();

        signInAs(board.login("District Nursing Team"));
        browser.get(commitmentPage);
        assertThat(actionsOffered()).containsExactly("Promise", "Counter-offer", "Decline");
        submit(find("form[action$='/promise']"));
        assertThat(find("#state").getText()).isEqualTo("Promised");
        assertThat(actionsOffered()).doesNotContain("Declare satisfied");
        WebElement done = find("form[action$='/report-completion']");
        fill(done, "What was done", "Clinic held on Saturday; 212 people vaccinated");
        submit(done);
        assertThat(find("#state").getText()).isEqualTo("Completion reported");

        signInAs(board.login("Riverside Surgery"));
        browser.get(commitmentPage);
        submit(find("form[action$='/declare-satisfied']"));
        assertThat(find("#state").getText()).isEqualTo("Kept");
        assertThat(find("#no-actions").getText()).contains("has ended");
        assertThat(findAll("#timeline li")).extracting(WebElement::getText)
                .anySatisfy(entry -> assertThat(entry).contains("Promised", "Lead for District Nursing Team"))
                .anySatisfy(entry -> assertThat(entry).contains("Completion reported", "212 people vaccinated"))
                .anySatisfy(entry -> assertThat(entry).contains("Declared satisfied: kept on time",
                        "Lead for Riverside Surgery"));
        screenshot("kept");
    }

    /**
     * Overdue is recorded by the commitment's own deadline: with the event clock set three weeks back, the
     * commitment is requested and promised for a date that was then four days ahead, so its deadline is already
     * past when it is stored; the deadline manager, polling every 0.2 s here, fires it at once.
     */
    @Test
    void theDashboardShowsWhatIsOverdue() {
        Board board = board("Carers Network", 2, "Carers' Centre", "Age UK North Valley");
        CommitmentId late = CommitmentId.random();
        Clock real = GenericEventMessage.clock;
        Instant then = Instant.now().minus(Duration.ofDays(21));
        GenericEventMessage.clock = Clock.fixed(then, ZoneOffset.UTC);
        try {
            given(() -> {
                commands.sendAndWait(new RequestCommitmentCommand(late, board.id(),
                        Requester.byMember(board.organisation("Carers' Centre")), board.organisation("Age UK North Valley"),
                        "Draft the carers' support leaflet", LocalDate.ofInstant(then, ZoneOffset.UTC).plusDays(4),
                        null, null, board.actor("Carers' Centre")));
                return commands.sendAndWait(new PromiseCommitmentCommand(late, board.actor("Age UK North Valley")));
            });
        } finally {
            GenericEventMessage.clock = real;
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindCommitmentQuery(late),
                ResponseTypes.optionalInstanceOf(CommitmentDetails.class)).join().orElseThrow().commitment().overdue());

        signInAs(board.coordinator());
        open("/partnerships/" + board.id() + "/follow-through");
        WebElement overdue = find("#overdue");
        assertThat(overdue.getText()).contains("Draft the carers' support leaflet", "Age UK North Valley", "17 days late");
        screenshot("dashboard");
        follow(overdue.findElement(By.linkText("Draft the carers' support leaflet")));
        assertThat(find("#overdue").getText()).isEqualTo("Overdue");
        assertThat(find("h1").getText()).isEqualTo("Draft the carers' support leaflet");
    }

    @Test
    void theAuditPageShowsTheHistoryThePastStateAndVerifiesTheChain() {
        LocalDate start = LocalDate.now().minusMonths(3).withDayOfMonth(1);
        GeneratedPartnership network = history.generate(new HistorySpec(23, 1, 4, 3, 4, start)).partnerships().get(0);
        String auditor = "auditor-" + network.id().toString().substring(0, 6);
        people.register(PersonId.random(), auditor, "Independent auditor", PASSWORD, null, Set.of(Role.AUDITOR));

        signInAs(auditor);
        open("/partnerships/" + network.id() + "/audit");
        assertThat(findAll("#history tbody tr")).hasSizeGreaterThan(10);
        assertThat(find("#history").getText()).contains("PartnershipRegistered", "OrganisationJoinedPartnership");

        submit(find("#verify").findElement(By.xpath("./ancestor::form")));
        assertThat(find("#verification").getText()).startsWith("Valid:");

        WebElement asOf = find("#asOf").findElement(By.xpath("./ancestor::form"));
        setValue(asOf, "Date", start.plusDays(20).toString());
        submit(asOf);
        assertThat(find("#as-of").getText()).contains("Members", "Open commitments", "Decisions taken by then");
        screenshot("audit");
    }

    @Test
    void everyPageFitsAPhoneWidthScreen() {
        GeneratedPartnership network = history.generate(new HistorySpec(11, 1, 4, 3, 4,
                LocalDate.now().minusMonths(3).withDayOfMonth(1))).partnerships().get(0);
        String coordinator = "network-manager-" + network.id().toString().substring(0, 6);
        people.register(network.coordinator(), coordinator, "Priya Shah", PASSWORD, null, Set.of(Role.COORDINATOR));

        browser.manage().window().setSize(new Dimension(390, 844));
        assertFitsWidth("login");
        signInAs(coordinator);
        open("/");
        assertFitsWidth("home");
        open("/partnerships/" + network.id());
        assertFitsWidth("partnership");
        String meeting = find("#meetings a").getAttribute("href");
        String commitment = find("#commitments a").getAttribute("href");
        browser.get(meeting);
        assertFitsWidth("meeting");
        browser.get(commitment);
        assertFitsWidth("commitment");
        for (String page : List.of("follow-through", "accountability", "decisions", "audit")) {
            open("/partnerships/" + network.id() + "/" + page);
            assertFitsWidth(page);
            if (page.equals("accountability")) {
                assertThat(findAll(".org-chart svg rect")).isNotEmpty();
                assertThat(findAll("#ledger tbody tr")).hasSize(4);
            }
        }
    }

    private void assertFitsWidth(String page) {
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) js.executeScript("return window.innerWidth");
        String overflowingTables = (String) js.executeScript("return Array.from(document.querySelectorAll('.table-wrap'))"
                + ".filter(wrap => wrap.scrollWidth > wrap.clientWidth + 1)"
                + ".map(wrap => wrap.scrollWidth + '>' + wrap.clientWidth + ' ' + Array.from(wrap.querySelectorAll('*'))"
                + ".filter(e => e.getBoundingClientRect().right > wrap.getBoundingClientRect().right + 1)"
                + ".map(e => e.tagName + ':' + e.textContent.trim().substring(0, 20)).join('|')).join('; ')");
        screenshot(page);
        assertThat(scrollWidth).as("width of the %s page on a phone", page).isLessThanOrEqualTo(viewport);
        assertThat(overflowingTables).as("tables scrolling sideways on the %s page", page).isEmpty();
    }

    private List<String> actionsOffered() {
        return findAll("#actions form button[type=submit]").stream().map(WebElement::getText).toList();
    }
}
