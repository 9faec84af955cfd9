package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.moderation.FlagForm;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The committee's moderation queue in a real Chromium, on a laptop (1280 px) and on a phone (375 px): it shows the
 * content, its status and its reports without sideways scrolling, and no column covers another.
 */
@GridVoiceTest
class ModerationQueueLayoutBrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired JourneyAccounts accounts;
    @Autowired People people;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired ModerationService moderation;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_queue_fits_a_laptop_and_a_phone_without_sideways_scrolling() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String comment = "Someone posted the neighbour's phone number and room in building 3, unit 2: "
                + "https://example.org/a-very-long-address-without-any-break-" + run + " 某某住在三号楼二单元五零二，电话号码一三八……";
        flagged(comment, run);
        String committee = accounts.account("layout-committee" + run, "Committee Layout");
        accounts.grant(committee, "COMMITTEE", People.COMMUNITY_XINGFULI);

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn(committee, JourneyAccounts.PASSWORD);
            for (int width : new int[] {1280, 375}) {
                browser.width(width);
                browser.open("committee/moderation");
                browser.waitForText("vaadin-grid-cell-content", "building 3");
                Thread.sleep(500);
                browser.screenshot("moderation-queue-" + width);
                @SuppressWarnings("unchecked")
                Map<String, Object> sizes = (Map<String, Object>) browser.js("""
                        const grid = document.querySelector('vaadin-grid');
                        const table = grid.shadowRoot.querySelector('#table');
                        return {tableScroll: table.scrollWidth, tableClient: table.clientWidth,
                                pageScroll: document.documentElement.scrollWidth, pageClient: document.documentElement.clientWidth,
                                frozen: grid.shadowRoot.querySelectorAll('[frozen-to-end], [part~="frozen-to-end-cell"]').length};""");
                assertThat(((Number) sizes.get("tableScroll")).intValue()).as("the grid scrolls sideways at %d px: %s", width, sizes)
                        .isLessThanOrEqualTo(((Number) sizes.get("tableClient")).intValue() + 1);
                assertThat(((Number) sizes.get("pageScroll")).intValue()).as("the page scrolls sideways at %d px: %s", width, sizes)
                        .isLessThanOrEqualTo(((Number) sizes.get("pageClient")).intValue() + 1);
                assertThat(((Number) sizes.get("frozen")).intValue()).as("no frozen column covers the status at %d px", width).isZero();
                assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content"))).as("key columns shown")
                        .anyMatch(c -> c.getText().contains("Hidden, pending review")).anyMatch(c -> c.getText().contains("3 reports"))
                        .anyMatch(c -> c.getText().contains("Details")).anyMatch(c -> c.getText().contains("3 from new accounts"));
            }
        }
    }

    /** A comment with a long unbroken address, reported three times by verified residents: hidden, pending review. */
    private void flagged(String text, String run) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "Layout " + run, "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(1L));
        ContentRef proposal = new ContentRef(ContentRef.PROPOSAL, proposals.create(new ProposalForm(consultation,
                "Quieter square dancing " + run, "Too loud at night", environment, null, null)));
        SignedInUser commenter = people.verifiedResidentOf(1L);
        People.actAs(commenter);
        ContentRef comment = new ContentRef(ContentRef.COMMENT, discussion.comment(new CommentForm(proposal, null, text, null)));
        for (FlagReason reason : new FlagReason[] {FlagReason.PRIVACY, FlagReason.PRIVACY, FlagReason.ABUSE}) {
            People.actAs(people.verifiedResidentOf(1L));
            moderation.flag(new FlagForm(comment, reason, null));
        }
        People.signOut();
    }
}
