package org.gridvoice.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProposalLifecycleScreenTest extends ViewTest {

    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService routing;

    @Test
    void a_routed_proposal_shows_its_status_its_progress_a_link_to_the_result_and_a_link_to_its_case() {
        fixture.threeProposalsOnTheBallot("页面生命周期");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        Long caseId = routing.route(fixture.a, new RouteForm(null));
        People.signOut();

        inEnglish();
        navigate("proposals/" + fixture.a);
        assertThat(_get(ProposalProgressPanel.class).badge.getText()).isEqualTo("Routed to an office");
        assertThat(_get(ProposalProgressPanel.class).steps()).containsExactly(
                "Posted", "Qualified", "On the ballot", "Accepted", "Routed to an office", "Resolved", "Closed");
        Anchor result = _get(Anchor.class, s -> s.withText("Yes 2 · No 0 · Abstain 0 — see the result"));
        assertThat(result.getHref()).isEqualTo("consultations/" + fixture.consultation + "/voting");
        Anchor toCase = _get(Anchor.class, s -> s.withText("Case #" + caseId + " at 幸福里网格站: new"));
        assertThat(toCase.getHref()).isEqualTo("cases/" + caseId);

        navigate("proposals/" + fixture.b);
        assertThat(_get(ProposalProgressPanel.class).badge.getText()).isEqualTo("Not accepted");
        assertThat(_find(Anchor.class, s -> s.withText("Yes 0 · No 1 · Abstain 0 — see the result"))).hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withText("Case #" + caseId + " at 幸福里网格站: new"))).isEmpty();

        navigate("consultations/" + fixture.consultation + "/proposals");
        @SuppressWarnings("unchecked")
        Select<Object> status = _get(Select.class, s -> s.withLabel("Status"));
        assertThat(status.getValue()).as("default: all but the withdrawn").isNull();
        assertThat(status.getListDataView().getItems().map(String::valueOf).toList()).contains("OPEN", "QUALIFIED", "ON_BALLOT",
                "ACCEPTED", "NOT_ACCEPTED", "ROUTED", "RESOLVED", "CLOSED", "WITHDRAWN");
    }
}
