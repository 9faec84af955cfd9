package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ui.Dates;

/**
 * A consultation's proposals: title (a link to its page), status, author, grid, endorsements, comments, when posted.
 * The title, status and endorsement cells are Lit templates filled in the browser, not components per row: a page of
 * 50 rows of components was the largest part of a visitor's session (ops/reliability/README.md, "Heap per session").
 */
class ProposalGrid extends Grid<ProposalSummary> {

    private static final String CELL = String.join(" ", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
            LumoUtility.AlignItems.CENTER);

    ProposalGrid() {
        // router-link: the router opens the proposal without reloading the page, as a RouterLink does
        addColumn(LitRenderer.<ProposalSummary>of("<span class=\"" + CELL + "\"><a href=\"${item.href}\" router-link>${item.title}</a></span>")
                .withProperty("href", p -> ProposalRoutes.proposalUrl(p.id())).withProperty("title", ProposalSummary::title))
                .setKey("title").setHeader(getTranslation("proposal.column.title")).setFlexGrow(3);
        addColumn(LitRenderer.<ProposalSummary>of("<span theme=\"${item.theme}\">${item.status}</span>")
                .withProperty("theme", p -> StatusBadge.theme(p.status())).withProperty("status", p -> getTranslation(StatusBadge.key(p.status()))))
                .setKey("status").setHeader(getTranslation("proposal.column.status")).setAutoWidth(true);
        addColumn(p -> AuthorLabel.of(this, p)).setKey("author").setHeader(getTranslation("proposal.column.author")).setAutoWidth(true);
        addColumn(ProposalSummary::gridName).setKey("grid").setHeader(getTranslation("proposal.column.grid")).setAutoWidth(true);
        // the "qualified" badge only while the status does not say so already
        addColumn(LitRenderer.<ProposalSummary>of("<span class=\"" + CELL + "\"><span>${item.count}</span>"
                        + "<span theme=\"${item.badge ? 'badge success' : ''}\">${item.badge}</span></span>")
                .withProperty("count", ProposalSummary::endorsementCount)
                .withProperty("badge", p -> p.qualified() && p.status() != ProposalStatus.QUALIFIED ? getTranslation("proposal.qualified") : ""))
                .setKey("endorsements").setHeader(getTranslation("proposal.column.endorsements")).setAutoWidth(true);
        addColumn(ProposalSummary::commentCount).setKey("comments").setHeader(getTranslation("proposal.column.comments"))
                .setAutoWidth(true);
        addColumn(p -> Dates.format(p.createdAt(), getLocale())).setKey("posted")
                .setHeader(getTranslation("proposal.column.posted")).setAutoWidth(true);
        setEmptyStateText(getTranslation("proposal.list.empty"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("32em");
    }
}
