package org.gridvoice.proposal.ui;

import java.util.List;
import java.util.Optional;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.validation.InvalidInput;

/** A published consultation with the categories and grids its proposals may have, and its budget if it is a budget consultation. */
record ConsultationChoices(ConsultationDetails details, List<CategorySummary> categories, List<GridSummary> grids,
                           Optional<Budget> budget) {

    /** The published consultation, or empty when it does not exist or is still a draft. */
    static Optional<ConsultationChoices> load(Long id, ConsultationService consultations, CategoryService categories,
                                              PlaceService places) {
        if (id == null) {
            return Optional.empty();
        }
        ConsultationDetails details;
        try {
            details = consultations.details(id);
        } catch (InvalidInput notFound) {
            return Optional.empty();
        }
        if (details.phase() == Phase.DRAFT) {
            return Optional.empty();
        }
        List<CategorySummary> accepted = categories.activeCategories().stream()
                .filter(c -> details.categoryIds().contains(c.id())).toList();
        List<GridSummary> grids = (details.wholeCommunity() ? places.activeGridsOf(details.communityId())
                : places.gridsOf(details.gridIds()));
        return Optional.of(new ConsultationChoices(details, accepted, grids, consultations.budget(id)));
    }

    Long id() {
        return details.id();
    }

    Optional<CategorySummary> category(Long id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    Optional<GridSummary> grid(Long id) {
        return grids.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
