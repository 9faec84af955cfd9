package org.gridvoice.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gridvoice.budgeting.BudgetFunding.Outcome.FUNDED;
import static org.gridvoice.budgeting.BudgetFunding.Outcome.NO_VOTES;
import static org.gridvoice.budgeting.BudgetFunding.Outcome.SKIPPED;
import static org.gridvoice.budgeting.BudgetFunding.Outcome.TIED;
import static org.gridvoice.budgeting.BudgetFunding.Outcome.WAITING;

import java.util.List;
import java.util.Set;
import org.gridvoice.budgeting.BudgetFunding.Entry;
import org.gridvoice.budgeting.BudgetFunding.Line;
import org.junit.jupiter.api.Test;

class BudgetFundingTest {

    private static Entry entry(long id, int votes, long cost) {
        return new Entry(id, votes, cost);
    }

    @Test
    void projects_are_funded_by_votes_skipping_the_one_that_no_longer_fits_and_going_on_with_cheaper_ones() {
        // budget 200,000: 80k (9 votes), 70k (7), 60k (6) no longer fits after 150k, 40k (5) fits, 20k (3) fits? 190k → no, 10k left
        List<Line> lines = BudgetFunding.fund(200_000, List.of(entry(5, 3, 20_000), entry(1, 9, 80_000), entry(3, 6, 60_000),
                entry(2, 7, 70_000), entry(4, 5, 40_000)), Set.of());
        assertThat(lines).containsExactly(
                new Line(1, 1, 9, 80_000, FUNDED, 120_000),
                new Line(2, 2, 7, 70_000, FUNDED, 50_000),
                new Line(3, 3, 6, 60_000, SKIPPED, 50_000),
                new Line(4, 4, 5, 40_000, FUNDED, 10_000),
                new Line(5, 5, 3, 20_000, SKIPPED, 10_000));
        assertThat(BudgetFunding.funded(lines)).isEqualTo(190_000);
        assertThat(BudgetFunding.leftAtTie(200_000, lines)).isEmpty();
    }

    @Test
    void a_project_that_exactly_uses_up_the_budget_is_funded() {
        List<Line> lines = BudgetFunding.fund(100, List.of(entry(1, 2, 60), entry(2, 1, 40)), Set.of());
        assertThat(lines).extracting(Line::outcome).containsExactly(FUNDED, FUNDED);
        assertThat(lines.getLast().remainingAfterYuan()).isZero();
    }

    @Test
    void a_project_without_votes_is_never_funded_even_when_money_is_left() {
        List<Line> lines = BudgetFunding.fund(1_000, List.of(entry(1, 1, 100), entry(2, 0, 10), entry(3, 0, 20)), Set.of());
        assertThat(lines).extracting(Line::proposalId, Line::outcome)
                .containsExactly(tuple(1L, FUNDED), tuple(2L, NO_VOTES),
                        tuple(3L, NO_VOTES));
        assertThat(lines).extracting(Line::rank).containsExactly(1, 2, 2);
    }

    @Test
    void equal_votes_that_all_fit_are_all_funded_and_share_a_rank() {
        List<Line> lines = BudgetFunding.fund(100, List.of(entry(1, 5, 30), entry(2, 5, 30), entry(3, 4, 50)), Set.of());
        assertThat(lines).extracting(Line::rank).containsExactly(1, 1, 3);
        assertThat(lines).extracting(Line::outcome).containsExactly(FUNDED, FUNDED, SKIPPED);
    }

    @Test
    void equal_votes_where_one_does_not_fit_even_alone_is_no_tie() {
        List<Line> lines = BudgetFunding.fund(100, List.of(entry(1, 5, 60), entry(2, 5, 120), entry(3, 2, 40)), Set.of());
        assertThat(lines).extracting(Line::outcome).containsExactly(FUNDED, SKIPPED, FUNDED);
    }

    @Test
    void equal_votes_that_do_not_all_fit_wait_for_the_committee_and_so_does_everything_after() {
        List<Line> lines = BudgetFunding.fund(200, List.of(entry(1, 9, 50), entry(2, 5, 100), entry(3, 5, 90), entry(4, 5, 300),
                entry(5, 2, 10), entry(6, 0, 5)), Set.of());
        assertThat(lines).extracting(Line::outcome).containsExactly(FUNDED, TIED, TIED, SKIPPED, WAITING, NO_VOTES);
        assertThat(BudgetFunding.leftAtTie(200, lines)).hasValue(150);
        assertThat(BudgetFunding.funded(lines)).isEqualTo(50);
    }

    @Test
    void after_the_committee_chooses_at_the_tie_the_rule_goes_on() {
        List<Entry> entries = List.of(entry(1, 9, 50), entry(2, 5, 100), entry(3, 5, 90), entry(5, 2, 10), entry(7, 1, 60));
        List<Line> lines = BudgetFunding.fund(200, entries, Set.of(3L));
        // 3 chosen (90): 60 left; 2 (100) no longer fits; 5 (10) funded: 50 left; 7 (60) skipped
        assertThat(lines).extracting(Line::proposalId, Line::outcome).containsExactly(
                tuple(1L, FUNDED),
                tuple(2L, SKIPPED), tuple(3L, FUNDED),
                tuple(5L, FUNDED), tuple(7L, SKIPPED));
        assertThat(BudgetFunding.funded(lines)).isEqualTo(150);
        // the chosen project's turn comes first in its group: 2 is skipped with 60 left, not 150
        assertThat(lines).extracting(Line::remainingAfterYuan).containsExactly(150L, 60L, 60L, 50L, 50L);
        assertThat(BudgetFunding.leftAtTie(200, lines)).isEmpty();
    }

    @Test
    void the_others_of_a_broken_tie_are_funded_when_they_still_fit_together() {
        // 300 left at a tie of 200, 100, 90: the committee funds 200; 100 and 90 do not fit together in 100: a new tie
        List<Line> again = BudgetFunding.fund(300, List.of(entry(1, 4, 200), entry(2, 4, 100), entry(3, 4, 90)), Set.of(1L));
        assertThat(again).extracting(Line::outcome).containsExactly(FUNDED, TIED, TIED);
        assertThat(BudgetFunding.leftAtTie(300, again)).hasValue(100);
        // the committee then chooses 3 as well: 2 no longer fits
        List<Line> done = BudgetFunding.fund(300, List.of(entry(1, 4, 200), entry(2, 4, 100), entry(3, 4, 90)), Set.of(1L, 3L));
        assertThat(done).extracting(Line::outcome).containsExactly(FUNDED, SKIPPED, FUNDED);
        // choosing 200 and 90 of 200, 90, 5 at 300 left: 5 still fits and is funded by the rule
        List<Line> rest = BudgetFunding.fund(300, List.of(entry(1, 4, 200), entry(2, 4, 90), entry(3, 4, 50)), Set.of(1L));
        assertThat(rest).extracting(Line::outcome).containsExactly(FUNDED, TIED, TIED);
        assertThat(BudgetFunding.fund(300, List.of(entry(1, 4, 200), entry(2, 4, 90), entry(3, 4, 5)), Set.of(1L, 2L)))
                .extracting(Line::outcome).containsExactly(FUNDED, FUNDED, FUNDED);
    }

    @Test
    void nothing_is_funded_from_an_empty_ballot_or_a_zero_budget() {
        assertThat(BudgetFunding.fund(100, List.of(), Set.of())).isEmpty();
        assertThat(BudgetFunding.fund(0, List.of(entry(1, 3, 1)), Set.of())).extracting(Line::outcome).containsExactly(SKIPPED);
    }

    @Test
    void the_order_of_the_input_does_not_matter() {
        List<Entry> entries = List.of(entry(4, 2, 30), entry(1, 2, 30), entry(3, 7, 80), entry(2, 1, 5));
        assertThat(BudgetFunding.fund(120, entries, Set.of()))
                .isEqualTo(BudgetFunding.fund(120, entries.reversed(), Set.of()))
                .extracting(Line::proposalId).containsExactly(3L, 1L, 4L, 2L);
    }
}
