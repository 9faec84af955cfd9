package org.gridvoice.budgeting;

import java.time.LocalDateTime;
import java.util.Optional;
import org.gridvoice.account.RoleService;
import org.gridvoice.proposal.CostedProposal;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.place.PlaceService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who reviews a proposal's feasibility: the consultation's committee, or the staff of the office the
 * responsibility list names (lead office) for the proposal's category and grid at that moment.
 */
@Component
class Reviewers {

    /** How a user may review: as the committee ({@code officeId} null) or as the named office's staff. */
    record As(Long officeId) {
    }

    private final RoleService roles;
    private final ResponsibilityService responsibilities;
    private final PlaceService places;
    private final TransactionTemplate apart;

    Reviewers(RoleService roles, ResponsibilityService responsibilities, PlaceService places, PlatformTransactionManager transactions) {
        this.roles = roles;
        this.responsibilities = responsibilities;
        this.places = places;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.apart.setReadOnly(true);
    }

    /** The committee first: it needs no routing, and a street without a default office does not stop it. */
    Optional<As> of(Long userId, Long communityId, CostedProposal proposal, LocalDateTime now) {
        if (userId == null) {
            return Optional.empty();
        }
        if (roles.committeeCommunities(userId).contains(communityId)) {
            return Optional.of(new As(null));
        }
        return namedOffice(proposal, now).filter(office -> roles.officesOf(userId).contains(office)).map(As::new);
    }

    /** The lead office the responsibility list names now; empty when none (no entry and no default office). */
    Optional<Long> namedOffice(CostedProposal proposal, LocalDateTime now) {
        boolean hasDefault = places.grid(proposal.gridId()).flatMap(g -> places.community(g.communityId()))
                .flatMap(c -> responsibilities.streetOffices(c.streetId())).isPresent();
        if (hasDefault) {
            // routing always answers when the street has a default office
            return Optional.ofNullable(responsibilities.route(proposal.categoryId(), proposal.gridId(), now).officeId());
        }
        // a refusal thrown through the routing's transaction would mark the caller's for rollback: ask apart
        try {
            return Optional.ofNullable(apart.execute(status -> responsibilities.route(proposal.categoryId(), proposal.gridId(), now).officeId()));
        } catch (InvalidInput none) {
            return Optional.empty();
        }
    }
}
