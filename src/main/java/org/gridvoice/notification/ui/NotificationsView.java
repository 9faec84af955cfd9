package org.gridvoice.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridvoice.notification.NotificationItem;
import org.gridvoice.notification.NotificationService;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** Everything that concerned the user, newest first; opening one marks it read. */
@Route("notifications")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationItem> grid = new Grid<>();

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("gv-page");
        setSizeFull();
        Button markAll = new Button(getTranslation("notification.mark-all"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        grid.addComponentColumn(this::entry).setKey("entry").setHeader(getTranslation("notification.title"));
        grid.setItems(q -> notifications.mine(Paging.of(q, Sort.unsorted()), getLocale()).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long texts stay readable on a phone
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setSizeFull();
        add(new H2(getTranslation("notification.title")), markAll, grid);
    }

    private Div entry(NotificationItem item) {
        Div entry = new Div();
        if (!item.read()) {
            Span unread = new Span(getTranslation("notification.unread"));
            unread.getElement().getThemeList().add("badge primary small");
            entry.add(unread, new Span(" "));
        }
        if (item.link() == null) {
            entry.add(new Span(item.text()));
        } else {
            Anchor link = new Anchor(item.link(), item.text());
            link.addClassName("gv-text-link");
            link.getElement().addEventListener("click", e -> notifications.markRead(item.id()));
            entry.add(link);
        }
        // the date under the text, not in a column of its own: the text keeps the width on a phone
        Span when = new Span(Dates.format(item.createdAt(), getLocale()));
        when.addClassName("gv-secondary-line");
        entry.add(when);
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
