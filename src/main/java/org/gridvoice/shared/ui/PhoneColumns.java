package org.gridvoice.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Keeps a grid to its key columns on a phone: the columns given here are shown only when the
 * browser window is wider than {@link #PHONE_WIDTH}, and follow the window as it is resized.
 * The row's own page (or the search) still shows everything, and nothing scrolls sideways.
 */
public final class PhoneColumns {

    /** The widest window we treat as a phone, in CSS pixels (the stylesheet uses the same). */
    public static final int PHONE_WIDTH = 600;

    private PhoneColumns() {
    }

    /** Hides these columns of the grid while its window is a phone's width. */
    @SafeVarargs
    public static <T> void hideOnPhones(Grid<T> grid, Grid.Column<T>... columns) {
        List<Grid.Column<T>> secondary = List.of(columns);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(secondary, details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(event -> show(secondary, event.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }

    private static <T> void show(List<Grid.Column<T>> columns, int windowWidth) {
        boolean wide = windowWidth <= 0 || windowWidth > PHONE_WIDTH;
        columns.forEach(column -> column.setVisible(wide));
    }
}
