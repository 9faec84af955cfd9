package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.moderation.ModerationItem;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/**
 * The committee's queue of reported content of its communities, hidden items first: each row shows
 * the content (a link, an excerpt of hidden text too, its author, a warning when new accounts reported it),
 * its status and the number of reports; a click (or "Details") opens the item with its whole text, every
 * report (who is verified, how new the account is) and the hide / restore / dismiss decisions.
 */
@Route("committee/moderation")
@RolesAllowed("COMMITTEE")
@Menu(title = "nav.moderation", order = 21, icon = "vaadin:flag")
public class ModerationQueueView extends Main implements HasDynamicTitle {

    private static final int EXCERPT = 120;

    private final ModerationService moderation;
    final Grid<ModerationItem> grid = new Grid<>();

    public ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("gv-page");
        setSizeFull();
        // few columns so the queue fits at 1280 and 375 px without sideways scrolling: the rest is in the details dialog
        grid.addComponentColumn(this::content).setKey("what").setHeader(getTranslation("moderation.queue.what"))
                .setWidth("6em").setFlexGrow(1);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("moderation.queue.status"))
                .setWidth("7em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("moderation.queue.actions"))
                .setWidth("6em").setFlexGrow(0);
        grid.setItems(q -> moderation.queue(Paging.of(q, Sort.unsorted())).stream());
        grid.setEmptyStateText(getTranslation("moderation.queue.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a click on a row opens it, except in the content cell (its link navigates) and on "Details"
        grid.addItemClickListener(e -> {
            String column = e.getColumn() == null ? null : e.getColumn().getKey();
            if (!"actions".equals(column) && !"what".equals(column)) {
                details(e.getItem());
            }
        });
        grid.setSizeFull();
        add(new H2(getTranslation("moderation.queue.title")), new Paragraph(getTranslation("moderation.queue.intro")), grid);
    }

    /** Opens the item's details: whole text, every report, the decisions. */
    ModerationItemDialog details(ModerationItem item) {
        ModerationItemDialog dialog = new ModerationItemDialog(item, moderation, this::refresh);
        dialog.open();
        return dialog;
    }

    /** Where the content is (a link to it), an excerpt, its author, and a warning when new accounts reported it. */
    private Div content(ModerationItem item) {
        Div cell = new Div(ModerationTexts.what(this, item.target(), item.content() == null ? null : item.content().route()));
        Span excerpt = new Span(item.content() == null ? getTranslation("moderation.details.gone") : item.content().excerpt(EXCERPT));
        excerpt.addClassNames("gv-moderation-excerpt", LumoUtility.Display.BLOCK);
        // the cell holds a link, so the row's click skips it: the excerpt opens the details itself ("Details" does for keyboards)
        excerpt.addClickListener(e -> details(item));
        excerpt.getStyle().set("cursor", "pointer");
        Span author = new Span(getTranslation("moderation.queue.by", item.authorName() == null ? "" : item.authorName()));
        author.addClassNames("gv-moderation-author", LumoUtility.Display.BLOCK, LumoUtility.TextColor.SECONDARY,
                LumoUtility.FontSize.SMALL);
        cell.add(excerpt, author);
        if (item.newAccountReports() > 0) {
            Span flood = new Span(getTranslation("moderation.queue.new-accounts", item.newAccountReports()));
            flood.getElement().getThemeList().add("badge warning");
            flood.addClassName("gv-moderation-new-accounts");
            cell.add(flood);
        }
        cell.getStyle().set("overflow-wrap", "anywhere");
        return cell;
    }

    /** The status badge and how many open reports there are. */
    private Div status(ModerationItem item) {
        Span reports = new Span(getTranslation("moderation.queue.reports", item.openFlags()));
        reports.addClassNames("gv-moderation-reports", LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.Top.XSMALL);
        return new Div(ModerationTexts.statusBadge(this, item.status()), reports);
    }

    /** Only "Details" in the row: the decisions sit in the dialog, next to the whole text and every report. */
    private Button actions(ModerationItem item) {
        Button details = new Button(getTranslation("moderation.details"), e -> details(item));
        details.addThemeVariants(ButtonVariant.LUMO_SMALL);
        details.setAriaLabel(getTranslation("moderation.details.aria", ModerationTexts.label(this, item.target())));
        return details;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title");
    }
}
