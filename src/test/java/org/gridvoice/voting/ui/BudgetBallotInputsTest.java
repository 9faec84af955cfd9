package org.gridvoice.voting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.Test;

/** A budget ballot's live remaining budget: what no longer fits cannot be ticked and says why; unticking frees it again. */
class BudgetBallotInputsTest extends ViewTest {

    private static final VotingRulesForm BUDGET = new VotingRulesForm(VotingMethod.BUDGET, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false);

    @Test
    void the_remaining_budget_follows_the_ticks_and_a_project_that_no_longer_fits_is_disabled_with_its_reason() {
        Map<Long, Long> costs = new LinkedHashMap<>(Map.of(1L, 80_000L, 2L, 60_000L, 3L, 70_000L, 4L, 30_000L));
        List<ProposalSummary> projects = costs.keySet().stream().sorted().map(BudgetBallotInputsTest::project).toList();
        BallotInputs inputs = new BallotInputs(BUDGET, projects, Map.of(), "ballot", new BudgetBallot(200_000, costs, projects));

        assertThat(inputs.remaining.getText()).isEqualTo("剩余预算：200,000 元 / 共 200,000 元（已选 0 项，0 元）");
        assertThat(inputs.remaining.getElement().getAttribute("aria-live")).isEqualTo("polite");
        set(inputs.picks.get(1L), true);
        set(inputs.picks.get(2L), true);
        assertThat(inputs.remaining.getText()).isEqualTo("剩余预算：60,000 元 / 共 200,000 元（已选 2 项，140,000 元）");
        assertThat(inputs.picks.get(3L).isEnabled()).isFalse();
        assertThat(inputs.picks.get(3L).getHelperText()).isEqualTo("需 70,000 元，超出剩余预算 60,000 元");
        assertThat(inputs.picks.get(4L).isEnabled()).isTrue();
        assertThat(inputs.picks.get(1L).isEnabled()).as("a ticked project can always be unticked").isTrue();

        set(inputs.picks.get(2L), false);
        assertThat(inputs.picks.get(3L).isEnabled()).isTrue();
        assertThat(inputs.picks.get(3L).getHelperText()).isNullOrEmpty();
        set(inputs.picks.get(3L), true);
        assertThat(inputs.choices()).isEqualTo(Map.of(1L, 1, 3L, 1));
        assertThat(inputs.remaining.getText()).startsWith("剩余预算：50,000 元");
    }

    @Test
    void a_voter_sees_their_current_budget_ballot_ticked_and_the_remainder_it_leaves() {
        Map<Long, Long> costs = Map.of(1L, 80_000L, 2L, 60_000L);
        List<ProposalSummary> projects = List.of(project(1L), project(2L));
        inEnglish();
        BallotInputs inputs = new BallotInputs(BUDGET, projects, Map.of(1L, 1), "ballot", new BudgetBallot(100_000, costs, projects));

        assertThat(inputs.picks.get(1L).getValue()).isTrue();
        assertThat(inputs.remaining.getText()).isEqualTo("Remaining budget: 20,000 yuan of 100,000 yuan (1 picked, 80,000 yuan)");
        assertThat(inputs.picks.get(2L).isEnabled()).isFalse();
        assertThat(inputs.picks.get(2L).getHelperText()).isEqualTo("Costs 60,000 yuan: does not fit in the remaining 20,000 yuan");
    }

    private static ProposalSummary project(Long id) {
        return new ProposalSummary(id, 1L, "项目 " + id, 1L, null, false, 1L, 1L, "第一网格", 1, 0, true, ProposalStatus.QUALIFIED,
                LocalDateTime.now());
    }
}
