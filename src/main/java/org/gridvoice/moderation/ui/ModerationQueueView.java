package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.moderation.ModerationItem;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/**
 * The committee's queue of reported content of its communities, hidden items first: each row shows
 * the content (an excerpt, hidden text too), its author and the reports; a click (or "Details")
 * opens the item with its whole text, every report and the hide / restore / dismiss decisions.
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
        grid.addComponentColumn(i -> ModerationTexts.what(this, i.target(), i.content() == null ? null : i.content().route()))
                .setKey("what").setHeader(getTranslation("moderation.queue.what")).setAutoWidth(true);
        grid.addColumn(i -> i.content() == null ? getTranslation("moderation.details.gone") : i.content().excerpt(EXCERPT))
                .setKey("excerpt").setHeader(getTranslation("moderation.queue.excerpt")).setWidth("16em").setFlexGrow(2);
        grid.addColumn(ModerationItem::authorName).setKey("author").setHeader(getTranslation("moderation.queue.author")).setAutoWidth(true);
        grid.addComponentColumn(i -> ModerationTexts.statusBadge(this, i.status())).setKey("status")
                .setHeader(getTranslation("moderation.queue.status")).setAutoWidth(true);
        grid.addColumn(ModerationItem::openFlags).setKey("flags").setHeader(getTranslation("moderation.queue.flags")).setAutoWidth(true);
        grid.addColumn(i -> ModerationTexts.reasons(this, i.reasons())).setKey("reasons")
                .setHeader(getTranslation("moderation.queue.reasons")).setAutoWidth(true);
        grid.addColumn(i -> ModerationTexts.notes(this, i.notes())).setKey("notes")
                .setHeader(getTranslation("moderation.queue.notes")).setFlexGrow(1);
        grid.addColumn(i -> Dates.format(i.updatedAt(), getLocale())).setKey("updated")
                .setHeader(getTranslation("moderation.queue.updated")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("moderation.queue.actions"))
                .setAutoWidth(true).setFrozenToEnd(true);
        grid.setItems(q -> moderation.queue(Paging.of(q, Sort.unsorted())).stream());
        grid.setEmptyStateText(getTranslation("moderation.queue.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a click on a row opens it, except on its link and its decision buttons, which do their own thing
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

    private HorizontalLayout actions(ModerationItem item) {
        Button details = new Button(getTranslation("moderation.details"), e -> details(item));
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        details.setAriaLabel(getTranslation("moderation.details.aria", ModerationTexts.label(this, item.target())));
        HorizontalLayout buttons = ModerationDecisions.buttons(this, moderation, item, this::refresh);
        buttons.addComponentAsFirst(details);
        return buttons;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title");
    }
}
