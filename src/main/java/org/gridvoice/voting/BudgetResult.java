package org.gridvoice.voting;

import java.util.List;
import org.gridvoice.budgeting.BudgetFunding;

/**
 * A closed budget vote's funding: lines in rank order (the accepted ones of the vote's result are
 * exactly the FUNDED ones), the total spent, and whether a tie waits for the committee.
 */
public record BudgetResult(Long consultationId, long totalYuan, long fundedYuan, boolean tieWaiting,
                           List<BudgetFunding.Line> lines) {
}
