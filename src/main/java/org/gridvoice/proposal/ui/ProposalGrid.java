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

    /**
     * Vaadin's grid connector waits 150 ms before asking the server for a page it has not loaded, unless the grid has no
     * data yet ({@code _hasData}, read for nothing else; vaadin-grid-flow 25.2's gridConnector.ts). A page of this list is
     * one indexed query of about a millisecond, and the wait was most of the time a reader scrolling into an unloaded
     * page or jumping far down looked at empty rows (bench/results/interaction.md), so the grid asks at once. Requests
     * asked for within one task are still merged, and the connector never asks twice for the same range.
     */
    private static final String ASK_AT_ONCE = """
            if (this.$connector && !this.__gvAskAtOnce) {
              this.__gvAskAtOnce = true;
              Object.defineProperty(this, '_hasData', {get: () => false, set: () => {}, configurable: true});
            }""";

    ProposalGrid() {
        // router-link: the router opens the proposal without reloading the page, as a RouterLink does
        addColumn(LitRenderer.<ProposalSummary>of("<span class=\"" + CELL + "\"><a href=\"${item.href}\" router-link>${item.title}</a></span>")
                .withProperty("href", p -> ProposalRoutes.proposalUrl(p.id())).withProperty("title", ProposalSummary::title))
                .setKey("title").setHeader(getTranslation("proposal.column.title")).setWidth("14em").setFlexGrow(3);
        addColumn(LitRenderer.<ProposalSummary>of("<span theme=\"${item.theme}\">${item.status}</span>")
                .withProperty("theme", p -> StatusBadge.theme(p.status())).withProperty("status", p -> getTranslation(StatusBadge.key(p.status()))))
                .setKey("status").setHeader(getTranslation("proposal.column.status")).setWidth("8em").setFlexGrow(0);
        addColumn(p -> AuthorLabel.of(this, p)).setKey("author").setHeader(getTranslation("proposal.column.author")).setWidth("9em")
                .setFlexGrow(1);
        addColumn(ProposalSummary::gridName).setKey("grid").setHeader(getTranslation("proposal.column.grid")).setWidth("8em").setFlexGrow(1);
        // the "qualified" badge only while the status does not say so already
        addColumn(LitRenderer.<ProposalSummary>of("<span class=\"" + CELL + "\"><span>${item.count}</span>"
                        + "<span theme=\"${item.badge ? 'badge success' : ''}\">${item.badge}</span></span>")
                .withProperty("count", ProposalSummary::endorsementCount)
                .withProperty("badge", p -> p.qualified() && p.status() != ProposalStatus.QUALIFIED ? getTranslation("proposal.qualified") : ""))
                .setKey("endorsements").setHeader(getTranslation("proposal.column.endorsements")).setWidth("9em").setFlexGrow(0);
        addColumn(ProposalSummary::commentCount).setKey("comments").setHeader(getTranslation("proposal.column.comments"))
                .setWidth("7em").setFlexGrow(0);
        addColumn(p -> Dates.format(p.createdAt(), getLocale())).setKey("posted")
                .setHeader(getTranslation("proposal.column.posted")).setWidth("8em").setFlexGrow(0);
        addAttachListener(e -> e.getUI().beforeClientResponse(this, context -> getElement().executeJs(ASK_AT_ONCE)));
        setEmptyStateText(getTranslation("proposal.list.empty"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("32em");
    }
}
