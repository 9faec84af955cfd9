package org.gridvoice.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultService;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.gridvoice.voting.VotingRulesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The voting page's rules form, the ballot of each method, and the ranked result, without a browser. */
class VotingScreensTest extends ViewTest {

    @Autowired VotingFixture fixture;
    @Autowired VotingRulesService rules;
    @Autowired VoteService votes;
    @Autowired ResultService results;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void ballot() {
        fixture.threeProposalsOnTheBallot("界面");
        People.signOut();
    }

    private String page() {
        return "consultations/" + fixture.consultation + "/voting";
    }

    private BallotPanel ballotPanel() {
        return _get(BallotPanel.class);
    }

    @Test
    void the_committee_must_give_k_and_m_for_approval_and_nothing_is_saved_without_them() {
        inEnglish();
        signIn(fixture.committee);
        navigate(page());
        RulesPanel panel = _get(RulesPanel.class);
        set(panel.method, VotingMethod.APPROVAL);
        set(panel.accepted, 1);
        _click(_get(Button.class, s -> s.withText("Save rules")));
        assertThat(panel.approvals.isInvalid()).isTrue();
        assertThat(panel.approvals.getErrorMessage())
                .isEqualTo("Approval voting needs how many proposals each voter may pick and how many are accepted.");
        assertThat(rules.rules(fixture.consultation).form().method()).isEqualTo(VotingMethod.YES_NO_ABSTAIN);

        set(panel.approvals, 2);
        _click(_get(Button.class, s -> s.withText("Save rules")));
        assertThat(rules.rules(fixture.consultation).form().method()).isEqualTo(VotingMethod.APPROVAL);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("Each voter picks up to 2; the 1 with the most approvals are accepted.");
    }

    @Test
    void a_yes_no_ballot_casts_and_changes_with_a_new_receipt_and_an_outsider_gets_none() {
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.LIVE, false));
        signIn(fixture.voters[0]);
        navigate(page());
        BallotPanel ballot = ballotPanel();
        assertThat(ballot.answers).hasSize(3);
        set(ballot.answers.get(fixture.a), 1);
        set(ballot.answers.get(fixture.b), -1);
        _click(ballot.cast);
        String first = _get(Paragraph.class, s -> s.withId("ballot-receipt")).getText();
        assertThat(first).startsWith("您已投票（回执码 ");
        assertThat(votes.myBallot(fixture.consultation).orElseThrow().choices()).isEqualTo(Map.of(fixture.a, 1, fixture.b, -1));
        assertThat(_get(LiveCountsPanel.class)).as("live counts shown by the rules").isNotNull();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).as("the live counts include the vote just cast")
                .anyMatch(t -> t.startsWith("已有 1 / "));
        assertThat(ballot.cast.getText()).as("the button now offers to change the vote").isEqualTo("修改我的投票");

        ballot = ballotPanel();
        assertThat(ballot.answers.get(fixture.a).getValue()).as("the current vote is shown").isEqualTo(1);
        set(ballot.answers.get(fixture.a), 0);
        _click(ballot.cast);
        assertThat(_get(Paragraph.class, s -> s.withId("ballot-receipt")).getText()).isNotEqualTo(first);
        assertThat(votes.myBallot(fixture.consultation).orElseThrow().choices()).isEqualTo(Map.of(fixture.a, 0, fixture.b, -1));

        signIn(people.verifiedResidentOf(3L));
        navigate(page());
        assertThat(ballotPanel().cast).isNull();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("您不能在此投票：只有投票开始时议题范围内的认证居民可以投票。");
    }

    @Test
    void approval_boxes_stop_at_k_and_a_gapped_ranking_is_refused() {
        fixture.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        inEnglish();
        signIn(fixture.voters[1]);
        navigate(page());
        BallotPanel ballot = ballotPanel();
        set(ballot.picks.get(fixture.a), true);
        set(ballot.picks.get(fixture.c), true);
        assertThat(ballot.picks.get(fixture.b).isEnabled()).isFalse();
        assertThat(ballot.picked.getText()).isEqualTo("2 of 2 picked");
        _click(ballot.cast);
        assertThat(votes.myBallot(fixture.consultation).orElseThrow().choices()).isEqualTo(Map.of(fixture.a, 1, fixture.c, 1));
        assertThat(_find(Checkbox.class)).filteredOn(Checkbox::getValue).hasSize(2);
    }

    @Test
    void a_ranked_ballot_refuses_gaps_and_the_result_shows_every_runoff_round() {
        fixture.open(new VotingRulesForm(VotingMethod.RANKED, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        inEnglish();
        signIn(fixture.voters[0]);
        navigate(page());
        BallotPanel ballot = ballotPanel();
        set(ballot.ranks.get(fixture.a), 1);
        set(ballot.ranks.get(fixture.b), 3);
        _click(ballot.cast);
        assertThat(votes.myBallot(fixture.consultation)).as("1, 3 has a gap: nothing stored").isEmpty();
        set(ballot.ranks.get(fixture.b), 2);
        _click(ballot.cast);
        assertThat(votes.myBallot(fixture.consultation).orElseThrow().choices()).isEqualTo(Map.of(fixture.a, 1, fixture.b, 2));
        fixture.vote(1, Map.of(fixture.b, 1, fixture.c, 2));
        fixture.vote(2, Map.of(fixture.c, 1, fixture.b, 2));
        fixture.closeEarly();

        signIn(fixture.voters[2]);
        navigate(page());
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(
                "Round 1: 甲 1, 乙 1, 丙 1. Eliminated: 甲.", "Round 2: 乙 2, 丙 1. Final round.");
        var rows = _get(ResultTable.class).table.getBody().getRows().stream()
                .map(r -> r.getChildren().map(c -> c.getElement().getTextRecursively().strip()).toList()).toList();
        assertThat(rows).containsExactly(
                java.util.List.of("甲", "1", "Not accepted"), java.util.List.of("乙", "1", "Accepted"), java.util.List.of("丙", "1", "Not accepted"));
    }

    @Test
    void the_result_shows_the_chain_head_with_a_link_to_the_chain_entry_that_published_it() {
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.closeEarly();
        long seq = jdbc.sql("SELECT seq FROM audit_entry WHERE hash = :h")
                .param("h", results.result(fixture.consultation).orElseThrow().chainHead()).query(Long.class).single();
        People.signOut();

        inEnglish();
        navigate(page());
        Anchor entry = _get(Anchor.class, s -> s.withId("result-chain-entry"));
        assertThat(entry.getHref()).isEqualTo("/open-data/audit?from=" + seq + "&limit=1");
        assertThat(entry.getText()).contains("no. " + seq + ",");
        assertThat(_get(com.vaadin.flow.component.html.Code.class, s -> s.withId("result-chain-head")).getText())
                .isEqualTo(results.result(fixture.consultation).orElseThrow().chainHead());
    }
}
