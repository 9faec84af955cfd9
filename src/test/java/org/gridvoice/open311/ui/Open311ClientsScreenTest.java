package org.gridvoice.open311.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.gridvoice.open311.Open311ClientService;
import org.gridvoice.open311.Open311ClientSummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class Open311ClientsScreenTest extends ViewTest {

    @Autowired Open311ClientService clients;

    @BeforeEach
    void anAdminOnTheScreen() {
        inEnglish();
        signIn(people.admin());
        navigate("admin/open311");
    }

    private int rowOf(Open311ClientsView view, String name) {
        List<Open311ClientSummary> rows = GridKt._fetch(view.list, 0, GridKt._size(view.list));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("the list does not show " + name);
    }

    @Test
    void an_admin_issues_a_key_that_is_shown_once_and_revokes_it_after_confirming() {
        Open311ClientsView view = _get(Open311ClientsView.class);
        assertThat(view.keyPanel.isVisible()).isFalse();
        String name = "街道小程序 " + System.nanoTime();
        set(view.name, name);
        GridSummary grid = view.grid.getListDataView().getItems().filter(g -> g.id() == People.GRID_XINGFULI_1).findFirst().orElseThrow();
        set(view.grid, grid);
        _click(view.issue);

        String key = view.issuedKey.getValue();
        assertThat(view.keyPanel.isVisible()).isTrue();
        assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(clients.authenticate(key)).hasValueSatisfying(c -> assertThat(c.gridId()).isEqualTo(People.GRID_XINGFULI_1));
        int row = rowOf(view, name);
        Open311ClientSummary shown = GridKt._fetch(view.list, row, 1).getFirst();
        assertThat(shown.keyPrefix()).isEqualTo(key.substring(0, 8));
        assertThat(shown.streetCode()).isEqualTo("xinhualu");

        // shown once: coming back to the screen shows no key
        navigate("admin/places");
        navigate("admin/open311");
        view = _get(Open311ClientsView.class);
        assertThat(view.keyPanel.isVisible()).isFalse();
        assertThat(view.issuedKey.getValue()).isEmpty();

        row = rowOf(view, name);
        Button revoke = (Button) GridKt._getCellComponent(view.list, row, "actions");
        assertThat(revoke.getAriaLabel()).hasValue("Revoke " + name);
        _click(revoke);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Revoke the key of " + name + "?");
        assertThat(clients.authenticate(key)).as("nothing happens before confirming").isPresent();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

        assertThat(clients.authenticate(key)).isEmpty();
        row = rowOf(view, name);
        assertThat(GridKt._fetch(view.list, row, 1).getFirst().revoked()).isTrue();
        assertThat(((Button) GridKt._getCellComponent(view.list, row, "actions")).isEnabled()).isFalse();
    }

    @Test
    void issuing_without_a_name_or_grid_shows_the_problems_next_to_the_fields_and_issues_nothing() {
        Open311ClientsView view = _get(Open311ClientsView.class);
        _click(view.issue);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.grid.isInvalid()).isTrue();
        assertThat(view.keyPanel.isVisible()).isFalse();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }
}
