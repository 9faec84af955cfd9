package org.gridvoice.proposal.domain;

import org.gridvoice.proposal.ProposalFilter;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.shared.SqlLike;
import org.springframework.data.jpa.domain.Specification;

/** A consultation's proposal list filters as SQL conditions. */
public final class ProposalSpecs {

    private ProposalSpecs() {
    }

    public static Specification<Proposal> of(Long consultationId, ProposalFilter filter) {
        Specification<Proposal> spec = (root, query, cb) -> cb.equal(root.get("consultationId"), consultationId);
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        } else {
            spec = spec.and((root, query, cb) -> root.get("status").in(ProposalStatus.WITHDRAWN, ProposalStatus.MERGED).not());
        }
        if (filter.categoryId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("categoryId"), filter.categoryId()));
        }
        if (filter.gridId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("gridId"), filter.gridId()));
        }
        if (filter.qualified() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("qualified"), filter.qualified()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = SqlLike.containing(filter.text());
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("title"), like, SqlLike.ESCAPE), cb.like(root.get("body"), like, SqlLike.ESCAPE)));
        }
        return spec;
    }

    /** What is on a consultation's ballot: its qualified proposals neither withdrawn nor merged. */
    public static Specification<Proposal> onBallot(Long consultationId) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("consultationId"), consultationId), cb.isTrue(root.get("qualified")),
                root.get("status").in(ProposalStatus.WITHDRAWN, ProposalStatus.MERGED).not(), cb.isNull(root.get("decidedMeetingId")));
    }
}
