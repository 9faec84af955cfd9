package org.gridvoice.moderation.ui;

import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.ReasonDialog;
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
import org.gridvoice.moderation.ModerationStatus;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.Toasts;
import org.springframework.data.domain.Sort;

/** The committee's queue of flagged content of its communities, hidden items first, with the hide / restore / dismiss decisions. */
@Route("committee/moderation")
@RolesAllowed("COMMITTEE")
@Menu(title = "nav.moderation", order = 21, icon = "vaadin:flag")
public class ModerationQueueView extends Main implements HasDynamicTitle {

    private final ModerationService moderation;
    final Grid<ModerationItem> grid = new Grid<>();

    public ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("gv-page");
        setSizeFull();
        grid.addComponentColumn(i -> ModerationTexts.what(this, i.target())).setKey("what")
                .setHeader(getTranslation("moderation.queue.what")).setAutoWidth(true);
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
        grid.setSizeFull();
        add(new H2(getTranslation("moderation.queue.title")), new Paragraph(getTranslation("moderation.queue.intro")), grid);
    }

    /** {@code decision} is "hide" or "restore": it picks the keys moderation.{decision}.title/.text/.confirm. */
    private static ReasonDialog.Keys keys(String decision) {
        return new ReasonDialog.Keys("moderation." + decision + ".title", "moderation." + decision + ".text",
                "moderation.decision.reason", "moderation.decision.reason.help", "moderation." + decision + ".confirm");
    }

    private HorizontalLayout actions(ModerationItem item) {
        String label = ModerationTexts.label(this, item.target());
        Button hide = new Button(getTranslation("moderation.hide"), e -> new ReasonDialog(keys("hide"), true,
                text -> moderation.hide(item.target(), new ReasonForm(text)), () -> done("moderation.hidden", label), label).open());
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        hide.setAriaLabel(getTranslation("moderation.hide.aria", label));
        HorizontalLayout buttons = new HorizontalLayout(hide);
        if (item.status() == ModerationStatus.HIDDEN_PENDING) {
            Button restore = new Button(getTranslation("moderation.restore"), e -> new ReasonDialog(keys("restore"), false,
                    text -> moderation.restore(item.target(), new ReasonForm(text)), () -> done("moderation.restored", label), label).open());
            restore.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(getTranslation("moderation.restore.aria", label));
            buttons.add(restore);
        }
        Button dismiss = new Button(getTranslation("moderation.dismiss"), e -> Confirm.ask(this, "moderation.dismiss.title",
                "moderation.dismiss.text", "moderation.dismiss.confirm", () -> {
                    if (new FormErrors(this).attempt(() -> moderation.dismiss(item.target()))) {
                        done("moderation.dismissed", label);
                    } else {
                        refresh();
                    }
                }, label));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.setAriaLabel(getTranslation("moderation.dismiss.aria", label));
        buttons.add(dismiss);
        buttons.setSpacing(true);
        return buttons;
    }

    private void done(String messageKey, String label) {
        Toasts.success(getTranslation(messageKey, label));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title");
    }
}
