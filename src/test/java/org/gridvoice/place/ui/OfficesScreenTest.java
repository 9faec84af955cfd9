package org.gridvoice.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridvoice.place.ui.AdminScreens.badge;
import static org.gridvoice.place.ui.AdminScreens.clickSave;
import static org.gridvoice.place.ui.AdminScreens.requireRow;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeKind;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class OfficesScreenTest extends ViewTest {

    @Autowired OfficeService offices;

    @BeforeEach
    void anAdminOnTheOfficesScreen() {
        inEnglish();
        signIn(people.admin());
        navigate("admin/offices");
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<GridSummary> fillNewOffice(String name, OfficeKind kind) {
        _click(_get(Button.class, s -> s.withText("New")));
        ComboBox<StreetSummary> street = _get(ComboBox.class, s -> s.withLabel("Street"));
        set(street, street.getListDataView().getItems().filter(s -> s.name().equals("新华路街道")).findFirst().orElseThrow());
        set(_get(TextField.class, s -> s.withLabel("Name")), name);
        set((Select<OfficeKind>) _get(Select.class, s -> s.withLabel("Kind")), kind);
        set(_get(TextField.class, s -> s.withLabel("Phone")), "021-6281 0199");
        return _get(MultiSelectComboBox.class, s -> s.withLabel("Grids served"));
    }

    private boolean officeExists(String name) {
        return offices.offices(Pageable.unpaged()).stream().anyMatch(o -> o.name().equals(name));
    }

    @Test
    void a_grid_station_without_grids_shows_the_error_next_to_the_grids_field_and_is_not_created() {
        String name = "Station " + System.nanoTime();
        MultiSelectComboBox<GridSummary> grids = fillNewOffice(name, OfficeKind.GRID_STATION);
        clickSave();

        assertThat(grids.isInvalid()).isTrue();
        assertThat(grids.getErrorMessage()).isEqualTo("A grid station serves at least one grid.");
        assertThat(_get(EditDialog.class).isOpened()).isTrue();
        assertThat(officeExists(name)).isFalse();
    }

    @Test
    void a_grid_station_serving_two_meiyuan_grids_appears_in_the_list_with_the_grids_it_serves() {
        String name = "Station " + System.nanoTime();
        MultiSelectComboBox<GridSummary> grids = fillNewOffice(name, OfficeKind.GRID_STATION);
        set(grids, grids.getListDataView().getItems().filter(g -> g.id() == 4L || g.id() == 5L).collect(Collectors.toSet()));
        clickSave();

        OfficesView view = _get(OfficesView.class);
        int row = requireRow(view.grid, o -> o.name().equals(name));
        assertThat(GridKt._get(view.grid, row).gridIds()).isEqualTo(Set.of(4L, 5L));
        assertThat(GridKt._getFormattedRow(view.grid, row))
                .contains(name, "Grid station", "021-6281 0199", "梅园社区 · 第一网格, 梅园社区 · 第二网格");
        assertThat(badge(view, row)).isEqualTo("Active");
    }

    @Test
    void a_street_department_needs_no_grids() {
        String name = "Department " + System.nanoTime();
        fillNewOffice(name, OfficeKind.STREET_DEPARTMENT);
        clickSave();

        OfficesView view = _get(OfficesView.class);
        int row = requireRow(view.grid, o -> o.name().equals(name));
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains("Street department");
        assertThat(officeExists(name)).isTrue();
    }
}
