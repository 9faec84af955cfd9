package org.gridvoice.proposal.domain;

import org.gridvoice.proposal.ProposalStatus;
import org.springframework.data.jpa.domain.Specification;

/** Which proposals are on a consultation's ballot, as an SQL condition (the list's filters are in {@link ProposalListQuery}). */
public final class ProposalSpecs {

    private ProposalSpecs() {
    }

    /** What is on a consultation's ballot: its qualified proposals neither withdrawn nor merged. */
    public static Specification<Proposal> onBallot(Long consultationId) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("consultationId"), consultationId), cb.isTrue(root.get("qualified")),
                root.get("status").in(ProposalStatus.WITHDRAWN, ProposalStatus.MERGED).not(), cb.isNull(root.get("decidedMeetingId")));
    }
}
