package org.gridvoice.voting.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.budgeting.BudgetFunding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A budget vote's funding columns of its stored result, in plain SQL. */
@Component
public class BudgetLines {

    /** A stored funding: the budget, the lines in rank order, and the projects the committee chose at ties. */
    public record Stored(long totalYuan, List<BudgetFunding.Line> lines, Set<Long> chosenAtTie) {
    }

    private final JdbcClient jdbc;

    BudgetLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the budget and each line's rank, cost, outcome and remaining budget (the lines are already stored). */
    public void store(long consultationId, long totalYuan, List<BudgetFunding.Line> lines, Set<Long> chosenAtTie) {
        jdbc.sql("UPDATE voting_result SET budget_total_yuan = :t WHERE consultation_id = :c")
                .param("t", totalYuan).param("c", consultationId).update();
        for (BudgetFunding.Line line : lines) {
            jdbc.sql("""
                    UPDATE voting_result_line SET budget_rank = :rank, cost_yuan = :cost, budget_outcome = :o, remaining_yuan = :left,
                        accepted = :funded, tied = :tied, chosen_at_tie = :chosen
                    WHERE consultation_id = :c AND proposal_id = :p""")
                    .param("rank", line.rank()).param("cost", line.costYuan()).param("o", line.outcome().name())
                    .param("left", line.remainingAfterYuan()).param("funded", line.outcome() == BudgetFunding.Outcome.FUNDED)
                    .param("tied", line.outcome() == BudgetFunding.Outcome.TIED).param("chosen", chosenAtTie.contains(line.proposalId()))
                    .param("c", consultationId).param("p", line.proposalId()).update();
        }
    }

    /** The stored funding of a closed budget vote; empty for another vote or before the close. Two statements. */
    public Optional<Stored> find(long consultationId) {
        Optional<Long> total = jdbc.sql("SELECT budget_total_yuan FROM voting_result WHERE consultation_id = :c AND budget_total_yuan IS NOT NULL")
                .param("c", consultationId).query(Long.class).optional();
        if (total.isEmpty()) {
            return Optional.empty();
        }
        record Row(long proposalId, int budgetRank, int approvals, long costYuan, String budgetOutcome, long remainingYuan, boolean chosenAtTie) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT proposal_id, budget_rank, approvals, cost_yuan, budget_outcome, remaining_yuan, chosen_at_tie
                FROM voting_result_line WHERE consultation_id = :c ORDER BY approvals DESC, proposal_id""")
                .param("c", consultationId).query(Row.class).list();
        return Optional.of(new Stored(total.get(), rows.stream().map(r -> new BudgetFunding.Line(r.proposalId(), r.budgetRank(), r.approvals(),
                r.costYuan(), BudgetFunding.Outcome.valueOf(r.budgetOutcome()), r.remainingYuan())).toList(),
                rows.stream().filter(Row::chosenAtTie).map(Row::proposalId).collect(java.util.stream.Collectors.toSet())));
    }
}
