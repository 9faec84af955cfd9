package org.gridvoice.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.proposal.ProposalActivityService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My activity" lists a person's proposals, endorsements, comments, votes (receipts only) and cases, a page at a time. */
class MyActivityScreensTest extends ViewTest {

    @Autowired VotingFixture fixture;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired ProposalActivityService activity;
    @Autowired DiscussionService discussion;
    @Autowired JdbcClient jdbc;

    private Long collecting;
    private long environment;

    private void consultationCollectingProposals() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(fixture.committee == null ? people.committeeOf(People.COMMUNITY_XINGFULI) : fixture.committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        collecting = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "动态" + System.nanoTime(), "说明", true, Set.of(),
                Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(collecting);
    }

    private Long propose(SignedInUser author, String title) {
        People.actAs(author);
        return proposals.create(new ProposalForm(collecting, title, "内容", environment, null, null));
    }

    @Test
    void my_activity_shows_each_kind_with_its_state_and_a_vote_only_by_its_receipt() {
        fixture.threeProposalsOnTheBallot("动态投票");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        consultationCollectingProposals();
        SignedInUser me = fixture.voters[0];
        String receipt = fixture.vote(0, Map.of(fixture.a, 1));
        Long mine = propose(me, "我写的建议");
        Long theirs = propose(people.verifiedResidentOf(1L), "邻居的建议");
        People.actAs(me);
        proposals.endorse(theirs);
        discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, theirs), null, "**很好**的想法，支持", null));

        signIn(me);
        navigate("my-activity");
        MyActivityView view = _get(MyActivityView.class);
        assertThat(GridKt._fetch(view.proposalGrid, 0, MyActivityView.PAGE)).extracting(ProposalSummary::id).containsExactly(mine);
        assertThat(GridKt._fetch(view.endorsementGrid, 0, MyActivityView.PAGE)).extracting(ProposalSummary::id).containsExactly(theirs);
        var comments = GridKt._fetch(view.commentGrid, 0, MyActivityView.PAGE);
        assertThat(comments).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("邻居的建议");
            assertThat(c.link()).isEqualTo("proposals/" + theirs);
            assertThat(c.comment().excerpt()).isEqualTo("很好的想法，支持");
        });
        var votes = GridKt._fetch(view.voteGrid, 0, MyActivityView.PAGE);
        assertThat(votes).singleElement().satisfies(v -> {
            assertThat(v.consultation().id()).isEqualTo(fixture.consultation);
            assertThat(v.vote().voted()).isTrue();
            assertThat(v.vote().receipt()).isEqualTo(receipt);
        });
        assertThat(ActivityRows.VoteRow.class.getRecordComponents()).as("a vote row carries no choice")
                .extracting(java.lang.reflect.RecordComponent::getName).containsExactly("vote", "consultation");
        assertThat(org.gridvoice.voting.MyVote.class.getRecordComponents()).extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("choices");
        assertThat(GridKt._fetch(view.caseGrid, 0, MyActivityView.PAGE)).isEmpty();
        assertThat(view.caseGrid.getEmptyStateText()).isEqualTo("您提出或附议的建议还没有转为工单。");
        assertThat(view.proposalGrid.getPageSize()).isEqualTo(20);
    }

    @Test
    void my_proposals_are_paged_newest_first_without_loading_them_all() {
        consultationCollectingProposals();
        SignedInUser me = people.verifiedResidentOf(1L);
        Long first = propose(me, "第一条");
        Long second = propose(me, "第二条");
        Long third = propose(me, "第三条");
        People.actAs(me);
        var page = activity.mine(PageRequest.of(0, 2));
        assertThat(page.getContent()).extracting(ProposalSummary::id).containsExactly(third, second);
        assertThat(page.hasNext()).isTrue();
        var next = activity.mine(PageRequest.of(1, 2));
        assertThat(next.getContent()).extracting(ProposalSummary::id).containsExactly(first);
        assertThat(next.hasNext()).isFalse();
    }

    @Test
    void the_user_menu_leads_to_my_activity() {
        signIn(people.resident());
        navigate("");
        assertThat(_get(com.vaadin.flow.component.menubar.MenuBar.class).getItems().getFirst().getSubMenu().getItems())
                .extracting(i -> i.getText()).contains("我的动态");
    }
}
