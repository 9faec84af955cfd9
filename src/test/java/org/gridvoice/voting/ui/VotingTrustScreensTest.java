package org.gridvoice.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.Map;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The voting page tells what happened: an early close and its reason, a replaced receipt, that counts are out, what a cast did. */
class VotingTrustScreensTest extends ViewTest {

    @Autowired VotingFixture fixture;

    @BeforeEach
    void ballot() {
        fixture.threeProposalsOnTheBallot("可信");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_OWN_VOTE, false));
        People.signOut();
    }

    private String page() {
        return "consultations/" + fixture.consultation + "/voting";
    }

    @Test
    void the_result_says_the_committee_closed_voting_early_and_gives_its_public_reason() {
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.closeEarly();
        navigate(page());
        String note = _get(Div.class, s -> s.withId("result-early-close")).getElement().getTextRecursively();
        assertThat(note).contains("提前结束了投票").contains(fixture.committee.displayName()).contains("公开的理由：投票提前结束");
    }

    @Test
    void after_the_close_the_rules_no_longer_say_counts_appear_after_you_vote() {
        inEnglish();
        navigate(page());
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("Counts are shown to you once you have voted.");
        fixture.closeEarly();
        navigate(page());
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("Voting has closed: the counts are published in the result below.")
                .doesNotContain("Counts are shown to you once you have voted.");
    }

    @Test
    void a_replaced_receipt_checked_on_the_result_is_explained_as_replaced_by_a_later_ballot() {
        String first = fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(0, Map.of(fixture.a, -1));
        fixture.closeEarly();
        inEnglish();
        navigate(page());
        ResultPanel result = _get(ResultPanel.class);
        set(result.receipt, first);
        _click(_get(Button.class, s -> s.withText("Check")));
        assertThat(result.receiptAnswer.getText())
                .isEqualTo("This receipt was replaced by a later ballot of the same voter: only the latest ballot counts. Check the receipt of your latest vote.");
    }

    @Test
    void casting_says_the_vote_is_recorded_and_changing_says_the_earlier_receipt_is_replaced() {
        inEnglish();
        signIn(fixture.voters[0]);
        navigate(page());
        BallotPanel ballot = _get(BallotPanel.class);
        set(ballot.answers.get(fixture.a), 1);
        _click(ballot.cast);
        String receipt = ballot.receipt.getText();
        assertThat(ballot.confirmation.getText()).as("the confirmation stays beside the button, not in a passing toast")
                .startsWith("Vote recorded. Receipt code: ").contains("Keep it to check your ballot");
        assertThat(ballot.confirmation.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(NotificationsKt.getNotifications()).isEmpty();

        ballot = _get(BallotPanel.class);
        set(ballot.answers.get(fixture.a), 0);
        _click(ballot.cast);
        assertThat(ballot.confirmation.getText()).startsWith("Vote changed. New receipt code: ")
                .contains("is replaced and no longer counts");
        assertThat(ballot.receipt.getText()).as("the receipt line shows the new code").isNotEqualTo(receipt);
    }
}
