package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ui.Dates;

/** A consultation's proposals: title (a link to its page), status, author, grid, endorsements, comments, when posted. */
class ProposalGrid extends Grid<ProposalSummary> {

    ProposalGrid() {
        addComponentColumn(this::title).setKey("title").setHeader(getTranslation("proposal.column.title")).setFlexGrow(3);
        addComponentColumn(p -> new StatusBadge(p.status())).setKey("status").setHeader(getTranslation("proposal.column.status"))
                .setAutoWidth(true);
        addColumn(p -> AuthorLabel.of(this, p)).setKey("author").setHeader(getTranslation("proposal.column.author")).setAutoWidth(true);
        addColumn(ProposalSummary::gridName).setKey("grid").setHeader(getTranslation("proposal.column.grid")).setAutoWidth(true);
        addComponentColumn(this::endorsements).setKey("endorsements")
                .setHeader(getTranslation("proposal.column.endorsements")).setAutoWidth(true);
        addColumn(ProposalSummary::commentCount).setKey("comments").setHeader(getTranslation("proposal.column.comments"))
                .setAutoWidth(true);
        addColumn(p -> Dates.format(p.createdAt(), getLocale())).setKey("posted")
                .setHeader(getTranslation("proposal.column.posted")).setAutoWidth(true);
        setEmptyStateText(getTranslation("proposal.list.empty"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("32em");
    }

    private Span endorsements(ProposalSummary p) {
        Span cell = new Span(new Span(String.valueOf(p.endorsementCount())));
        if (p.qualified() && p.status() != ProposalStatus.QUALIFIED) {
            cell.add(new QualifiedBadge());
        }
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        return cell;
    }

    private Span title(ProposalSummary p) {
        Span cell = new Span(new RouterLink(p.title(), ProposalView.class, ProposalRoutes.proposal(p.id())));
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        return cell;
    }
}
