package org.gridvoice.proposal.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Pages of proposals without a count: one statement that fetches one row more than the page to
 * know whether another page follows. Counting 100,000 rows for every page would cost more than
 * the page itself.
 */
@Component
public class ProposalPages {

    private final EntityManager entityManager;

    ProposalPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Slice<Proposal> slice(Specification<Proposal> spec, Sort sort, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Proposal.class);
        Root<Proposal> root = query.from(Proposal.class);
        query.where(spec.toPredicate(root, query, cb));
        query.orderBy(sort.stream().map(o -> o.isAscending() ? cb.asc(root.get(o.getProperty())) : cb.desc(root.get(o.getProperty())))
                .map(Order.class::cast).toList());
        List<Proposal> rows = entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList();
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }
}
