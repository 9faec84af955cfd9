package org.gridvoice.proposal;

/**
 * A proposal of a budget consultation as its feasibility review needs it: where it belongs, its
 * category and grid (for the responsibility list), the author's cost estimate, and whether it
 * qualified for the ballot (qualified, neither withdrawn nor merged).
 */
public record CostedProposal(Long id, Long consultationId, String title, Long categoryId, Long gridId, Long costYuan,
                             boolean onBallot) {
}
