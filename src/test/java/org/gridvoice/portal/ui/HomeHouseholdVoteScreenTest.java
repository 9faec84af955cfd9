package org.gridvoice.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Section;
import java.util.Map;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Needs your vote" stays on the home page until the ballot is in, one's own or, under the household rule, the household's. */
class HomeHouseholdVoteScreenTest extends ViewTest {

    @Autowired VotingFixture fixture;
    @Autowired ConsultationService consultations;

    private static String needsYourVote() {
        return _get(Section.class, s -> s.withId("home-needs-vote")).getElement().getTextRecursively();
    }

    @Test
    void a_household_members_vote_takes_the_vote_off_the_other_members_home_but_not_off_another_households() {
        fixture.threeProposalsOnTheBallot("一户一票首页");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, true));
        String title = consultations.details(fixture.consultation).title();

        signIn(fixture.voters[1]);
        navigate("");
        assertThat(needsYourVote()).contains(title);

        fixture.vote(0, Map.of(fixture.a, 1));

        signIn(fixture.voters[1]);
        navigate("");
        assertThat(needsYourVote()).as("the same flat voted").doesNotContain(title);
        signIn(fixture.voters[2]);
        navigate("");
        assertThat(needsYourVote()).as("another flat, in grid 2").contains(title);
    }
}
