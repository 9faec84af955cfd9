package org.gridvoice.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Predicate;

/** What the admin tests do again and again on a reference-data list: find a row, read its badge, press its buttons. */
final class AdminScreens {

    private AdminScreens() {
    }

    /** The row showing the item, or -1 when the list does not show it. */
    static <T> int rowOf(Grid<T> grid, Predicate<T> shows) {
        List<T> items = GridKt._fetch(grid, 0, GridKt._size(grid));
        for (int row = 0; row < items.size(); row++) {
            if (shows.test(items.get(row))) {
                return row;
            }
        }
        return -1;
    }

    static <T> int requireRow(Grid<T> grid, Predicate<T> shows) {
        int row = rowOf(grid, shows);
        if (row < 0) {
            throw new AssertionError("the list does not show the item");
        }
        return row;
    }

    /** The text of the status badge ("Active" or "Retired") in the row. */
    static String badge(AdminList<?> list, int row) {
        return ((Span) GridKt._getCellComponent(list.grid, row, "status")).getText();
    }

    /** The icon button of the row whose aria-label is given, e.g. "Retire 新华路街道". */
    static Button rowButton(AdminList<?> list, int row, String ariaLabel) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(list.grid, row, "actions");
        return _get(actions, Button.class, s -> s.withPredicate(b -> ariaLabel.equals(b.getAriaLabel().orElse(null))));
    }

    static void clickSave() {
        _click(_get(Button.class, s -> s.withText("Save")));
    }

    static void confirm(ConfirmDialog dialog) {
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
    }

    static String header(ConfirmDialog dialog) {
        return dialog.getElement().getProperty("header");
    }

    /** Whether navigating to the route shows the view, rather than refusing or rerouting. */
    static boolean opens(String route, Class<? extends com.vaadin.flow.component.Component> view) {
        try {
            UI.getCurrent().navigate(route);
            return !com.github.mvysny.kaributesting.v10.LocatorJ._find(view).isEmpty();
        } catch (MockAccessDeniedException denied) {
            return false;
        }
    }
}
