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
     * Asks for the rows one screen above and below the view as soon as the reader scrolls near them. Vaadin's grid
     * connector asks only when an unloaded row is already on screen, and then waits 150 ms first (vaadin-grid-flow
     * 25.2's gridConnector.ts), which was most of the time a reader scrolling on looked at empty rows
     * (bench/results/interaction.md). {@code requestPage} is the connector's own call: it asks for the pages around the
     * view, once; the rows it brings fill the grid's cache, so the grid finds them there and asks nothing itself.
     */
    private static final String PREFETCH = """
            const grid = this;
            if (!grid.__gvPrefetch) {
              grid.__gvPrefetch = true;
              let queued = false;
              grid.$.table.addEventListener('scroll', () => {
                if (queued) return;
                queued = true;
                requestAnimationFrame(() => {
                  queued = false;
                  const cache = grid._dataProviderController && grid._dataProviderController.rootCache;
                  if (!grid.$connector || !cache || !grid.size) return;
                  const [first, last] = grid.$connector.getViewportRange();
                  const screen = last - first + 1;
                  for (let i = Math.max(0, first - screen); i <= Math.min(grid.size - 1, last + screen); i++) {
                    if (cache.items[i] === undefined) {
                      grid.$connector.requestPage(Math.floor(i / grid.pageSize));
                      return;
                    }
                  }
                });
              }, {passive: true});
            }""";

    ProposalGrid() {
        // router-link: the router opens the proposal without reloading the page, as a RouterLink does
        addColumn(LitRenderer.<ProposalSummary>of("<span class=\"" + CELL + "\"><a href=\"${item.href}\" router-link>${item.title}</a></span>")
                .withProperty("href", p -> ProposalRoutes.proposalUrl(p.id())).withProperty("title", ProposalSummary::title))
                .setKey("title").setHeader(getTranslation("proposal.column.title")).setWidth("11rem").setFlexGrow(3);
        addColumn(LitRenderer.<ProposalSummary>of("<span theme=\"${item.theme}\">${item.status}</span>")
                .withProperty("theme", p -> StatusBadge.theme(p.status())).withProperty("status", p -> getTranslation(StatusBadge.key(p.status()))))
                .setKey("status").setHeader(getTranslation("proposal.column.status")).setWidth("8.5rem").setFlexGrow(0);
        addColumn(p -> AuthorLabel.of(this, p)).setKey("author").setHeader(getTranslation("proposal.column.author")).setWidth("7rem")
                .setFlexGrow(1);
        addColumn(ProposalSummary::gridName).setKey("grid").setHeader(getTranslation("proposal.column.grid")).setWidth("6.5rem").setFlexGrow(1);
        // the "qualified" badge only while the status does not say so already
        addColumn(LitRenderer.<ProposalSummary>of("<span class=\"" + CELL + "\"><span>${item.count}</span>"
                        + "<span theme=\"${item.badge ? 'badge success' : ''}\">${item.badge}</span></span>")
                .withProperty("count", ProposalSummary::endorsementCount)
                .withProperty("badge", p -> p.qualified() && p.status() != ProposalStatus.QUALIFIED ? getTranslation("proposal.qualified") : ""))
                .setKey("endorsements").setHeader(getTranslation("proposal.column.endorsements")).setWidth("8rem").setFlexGrow(0);
        addColumn(ProposalSummary::commentCount).setKey("comments").setHeader(getTranslation("proposal.column.comments"))
                .setWidth("6.5rem").setFlexGrow(0);
        addColumn(p -> Dates.format(p.createdAt(), getLocale())).setKey("posted")
                .setHeader(getTranslation("proposal.column.posted")).setWidth("10rem").setFlexGrow(0);
        addAttachListener(e -> e.getUI().beforeClientResponse(this, context -> getElement().executeJs(PREFETCH)));
        setEmptyStateText(getTranslation("proposal.list.empty"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setWidthFull();
        setHeight("32em");
    }
}
