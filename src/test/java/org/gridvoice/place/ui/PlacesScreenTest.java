package org.gridvoice.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridvoice.place.ui.AdminScreens.badge;
import static org.gridvoice.place.ui.AdminScreens.clickSave;
import static org.gridvoice.place.ui.AdminScreens.confirm;
import static org.gridvoice.place.ui.AdminScreens.header;
import static org.gridvoice.place.ui.AdminScreens.requireRow;
import static org.gridvoice.place.ui.AdminScreens.rowButton;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetForm;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class PlacesScreenTest extends ViewTest {

    @Autowired PlaceService places;

    @BeforeEach
    void anAdminOnThePlacesScreen() {
        inEnglish();
        signIn(people.admin());
        navigate("admin/places");
    }

    private boolean streetExists(String name) {
        return places.streets(Pageable.unpaged()).stream().anyMatch(s -> s.name().equals(name));
    }

    @Test
    void an_admin_creates_a_street_through_the_dialog_and_it_appears_in_the_list_as_active() {
        String name = "Test Street " + System.nanoTime();
        StreetsTab streets = _get(StreetsTab.class);
        _click(_get(Button.class, s -> s.withText("New")));
        set(_get(TextField.class, s -> s.withLabel("Name")), name);
        clickSave();

        assertThat(streetExists(name)).isTrue();
        int row = requireRow(streets.grid, s -> s.name().equals(name));
        assertThat(badge(streets, row)).isEqualTo("Active");
        assertThat(_find(EditDialog.class).stream().filter(EditDialog::isOpened)).as("the dialog closed").isEmpty();
    }

    @Test
    void saving_a_street_without_a_name_shows_please_fill_this_in_next_to_the_name_and_creates_nothing() {
        long before = places.streets(Pageable.unpaged()).getTotalElements();
        _click(_get(Button.class, s -> s.withText("New")));
        set(_get(TextField.class, s -> s.withLabel("Name")), "   ");
        clickSave();

        TextField name = _get(TextField.class, s -> s.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(_get(EditDialog.class).isOpened()).as("the dialog stays open").isTrue();
        assertThat(places.streets(Pageable.unpaged()).getTotalElements()).isEqualTo(before);
    }

    @Test
    void a_street_name_that_is_taken_is_refused_next_to_the_name_field() {
        _click(_get(Button.class, s -> s.withText("New")));
        set(_get(TextField.class, s -> s.withLabel("Name")), "新华路街道");
        clickSave();

        TextField name = _get(TextField.class, s -> s.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("This name is taken here already.");
    }

    @Test
    void retiring_a_street_asks_first_and_after_confirming_it_shows_the_retired_badge_and_can_be_reinstated() {
        String name = "Retiring Street " + System.nanoTime();
        StreetSummary street = places.saveStreet(null, new StreetForm(name));
        navigate("admin/places");
        StreetsTab streets = _get(StreetsTab.class);
        int row = requireRow(streets.grid, s -> s.id().equals(street.id()));
        assertThat(badge(streets, row)).isEqualTo("Active");

        _click(rowButton(streets, row, "Retire " + name));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(header(question)).isEqualTo("Retire " + name + "?");
        assertThat(badge(streets, row)).as("nothing changes before confirming").isEqualTo("Active");
        confirm(question);

        row = requireRow(streets.grid, s -> s.id().equals(street.id()));
        assertThat(badge(streets, row)).isEqualTo("Retired");
        assertThat(places.activeStreets()).noneMatch(s -> s.id().equals(street.id()));

        _click(rowButton(streets, row, "Reinstate " + name));
        row = requireRow(streets.grid, s -> s.id().equals(street.id()));
        assertThat(badge(streets, row)).isEqualTo("Active");
    }

    @Test
    void a_community_without_a_street_is_refused_next_to_the_street_field() {
        _get(TabSheet.class).setSelectedIndex(1);
        MockVaadin.clientRoundtrip(false);
        String name = "Test Community " + System.nanoTime();
        _click(_get(_get(CommunitiesTab.class), Button.class, s -> s.withText("New")));
        set(_get(TextField.class, s -> s.withLabel("Name")), name);
        clickSave();

        ComboBox<?> street = _get(ComboBox.class, s -> s.withLabel("Street"));
        assertThat(street.isInvalid()).isTrue();
        assertThat(street.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(places.communities(Pageable.unpaged()).stream()).noneMatch(c -> c.name().equals(name));
    }

    @Test
    void an_admin_adds_a_grid_to_meiyuan_and_the_grids_tab_lists_it_under_that_community() {
        _get(TabSheet.class).setSelectedIndex(2);
        MockVaadin.clientRoundtrip(false);
        GridsTab grids = _get(GridsTab.class);
        String name = "Test Grid " + System.nanoTime();
        _click(_get(grids, Button.class, s -> s.withText("New")));
        @SuppressWarnings("unchecked")
        ComboBox<CommunitySummary> community = _get(ComboBox.class, s -> s.withLabel("Community"));
        set(community, community.getListDataView().getItems()
                .filter(c -> c.id().equals(People.COMMUNITY_MEIYUAN)).findFirst().orElseThrow());
        set(_get(TextField.class, s -> s.withLabel("Name")), name);
        clickSave();

        int row = requireRow(grids.grid, g -> g.name().equals(name));
        GridSummary shown = com.github.mvysny.kaributesting.v10.GridKt._get(grids.grid, row);
        assertThat(shown.communityName()).isEqualTo("梅园社区");
        assertThat(badge(grids, row)).isEqualTo("Active");
        assertThat(places.activeGridsOf(People.COMMUNITY_MEIYUAN)).anyMatch(g -> g.name().equals(name));
    }

    @Test
    void an_admin_gives_a_grid_a_sort_number_and_every_list_of_the_community_puts_it_in_that_place() {
        _get(TabSheet.class).setSelectedIndex(2);
        MockVaadin.clientRoundtrip(false);
        GridsTab grids = _get(GridsTab.class);
        String name = "第一 sorted " + System.nanoTime();
        _click(_get(grids, Button.class, s -> s.withText("New")));
        @SuppressWarnings("unchecked")
        ComboBox<CommunitySummary> community = _get(ComboBox.class, s -> s.withLabel("Community"));
        set(community, community.getListDataView().getItems()
                .filter(c -> c.id().equals(People.COMMUNITY_MEIYUAN)).findFirst().orElseThrow());
        set(_get(TextField.class, s -> s.withLabel("Name")), name);
        com.vaadin.flow.component.textfield.IntegerField sortOrder =
                _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withLabel("Sort order"));
        assertThat(sortOrder.getHelperText()).contains("第二").contains("第十");
        set(sortOrder, 9000);
        clickSave();

        int row = requireRow(grids.grid, g -> g.name().equals(name));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grids.grid, row, "sortOrder")).isEqualTo("9000");
        assertThat(places.activeGridsOf(People.COMMUNITY_MEIYUAN).getLast().name()).as("after the grids numbered lower").isEqualTo(name);
    }
}
