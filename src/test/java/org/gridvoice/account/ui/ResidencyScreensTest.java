package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.ResidencySummary;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResidencyScreensTest extends ViewTest {

    @Autowired ResidencyService residencies;

    @Test
    void a_resident_asks_for_verification_the_committee_approves_it_and_the_resident_sees_verified() {
        SignedInUser resident = people.resident();
        signIn(resident);
        navigate("residency");
        ComboBox<CommunitySummary> community = _get(ComboBox.class, spec -> spec.withLabel("社区"));
        set(community, community.getListDataView().getItems().filter(c -> c.name().equals("幸福里社区")).findFirst().orElseThrow());
        ComboBox<GridSummary> grid = _get(ComboBox.class, spec -> spec.withLabel("网格"));
        set(grid, grid.getListDataView().getItems().filter(g -> g.name().equals("第二网格")).findFirst().orElseThrow());
        set(_get(TextField.class, spec -> spec.withLabel("楼栋")), "6号楼");
        set(_get(TextField.class, spec -> spec.withLabel("单元")), "1单元");
        set(_get(TextField.class, spec -> spec.withLabel("房号")), "202");
        _click(_get(Button.class, spec -> spec.withText("提交申请")));
        assertThat(_get(ResidencyStatusBadge.class).getText()).isEqualTo("待审核");

        signIn(people.committeeOf(People.COMMUNITY_XINGFULI));
        navigate("committee/verifications");
        @SuppressWarnings("unchecked")
        Grid<ResidencySummary> queue = _find(Grid.class).getFirst();
        int row = IntStream.range(0, GridKt._size(queue)).filter(i -> GridKt._get(queue, i).userId().equals(resident.id()))
                .findFirst().orElseThrow();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(queue, row, "actions");
        _click((Button) actions.getComponentAt(0));
        assertThat(residencies.isVerifiedResidentOfGrid(resident.id(), 2L)).isTrue();

        signIn(resident);
        navigate("residency");
        assertThat(_get(ResidencyStatusBadge.class).getText()).isEqualTo("已认证");
        inEnglish();
        navigate("");
        navigate("residency");
        assertThat(_get(ResidencyStatusBadge.class).getText()).isEqualTo("Verified");
    }

    @Test
    void an_empty_request_shows_what_is_missing_next_to_each_field_and_stores_nothing() {
        signIn(people.resident());
        navigate("residency");
        _click(_get(Button.class, spec -> spec.withText("提交申请")));
        TextField building = _get(TextField.class, spec -> spec.withLabel("楼栋"));
        assertThat(building.isInvalid()).isTrue();
        assertThat(building.getErrorMessage()).isEqualTo("此项为必填。");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("社区")).getErrorMessage()).isEqualTo("此项为必填。");
        assertThat(residencies.mine()).isEmpty();
    }

    @Test
    void residents_and_visitors_cannot_open_the_committee_queue() {
        assertThat(opens("committee/verifications")).as("visitor").isFalse();
        signIn(people.resident());
        assertThat(opens("committee/verifications")).as("resident").isFalse();
        signIn(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThat(opens("committee/verifications")).as("committee member").isTrue();
    }

    private boolean opens(String route) {
        try {
            navigate(route);
            return !_find(VerificationQueueView.class).isEmpty();
        } catch (MockAccessDeniedException denied) {
            return false;
        }
    }
}
