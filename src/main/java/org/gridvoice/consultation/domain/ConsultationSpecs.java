package org.gridvoice.consultation.domain;

import jakarta.persistence.criteria.Path;
import java.time.LocalDateTime;
import org.gridvoice.consultation.ConsultationFilter;
import org.gridvoice.consultation.Phase;
import org.gridvoice.shared.SqlLike;
import org.springframework.data.jpa.domain.Specification;

/** The public list's filters as SQL conditions, so filtering and paging happen in the database. */
public final class ConsultationSpecs {

    private ConsultationSpecs() {
    }

    public static Specification<Consultation> publicList(ConsultationFilter filter, LocalDateTime now) {
        Specification<Consultation> spec = (root, query, cb) -> cb.equal(root.get("status"), Consultation.Status.PUBLISHED);
        if (filter.communityId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("communityId"), filter.communityId()));
        }
        if (filter.categoryId() != null) {
            spec = spec.and((root, query, cb) -> cb.isMember(filter.categoryId(), root.<java.util.Collection<Long>>get("categoryIds")));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = SqlLike.containing(filter.text());
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("title"), like, SqlLike.ESCAPE), cb.like(root.get("description"), like, SqlLike.ESCAPE)));
        }
        if (filter.phase() != null && filter.phase() != Phase.DRAFT) {
            spec = spec.and(inPhase(filter.phase(), now));
        }
        return spec;
    }

    private static Specification<Consultation> inPhase(Phase phase, LocalDateTime now) {
        return (root, query, cb) -> {
            Path<LocalDateTime> proposalsOpen = root.get("proposalsOpenAt");
            Path<LocalDateTime> proposalsClose = root.get("proposalsCloseAt");
            Path<LocalDateTime> votingOpen = root.get("votingOpenAt");
            Path<LocalDateTime> votingClose = root.get("votingCloseAt");
            return switch (phase) {
                case UPCOMING -> cb.greaterThan(proposalsOpen, now);
                case PROPOSALS -> cb.and(cb.lessThanOrEqualTo(proposalsOpen, now), cb.greaterThan(proposalsClose, now));
                case DELIBERATION -> cb.and(cb.lessThanOrEqualTo(proposalsClose, now), cb.greaterThan(votingOpen, now));
                case VOTING -> cb.and(cb.lessThanOrEqualTo(votingOpen, now), cb.greaterThan(votingClose, now));
                case CLOSED -> cb.lessThanOrEqualTo(votingClose, now);
                case DRAFT -> cb.disjunction();
            };
        };
    }
}
