package org.gridvoice.responsibility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.gridvoice.responsibility.Responsibility;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;

class ResponsibilityViewTest extends ViewTest {

    @SuppressWarnings("unchecked")
    private Grid<Responsibility> grid() {
        return _get(Grid.class);
    }

    private java.util.List<String> offices(Grid<Responsibility> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).leadOffice()).toList();
    }

    @Test
    void visitors_read_and_search_the_list_in_chinese_but_cannot_edit() {
        navigate("responsibilities");
        Grid<Responsibility> grid = grid();
        assertThat(offices(grid)).contains("幸福里网格站", "梅园网格站", "新华路街道城管科");
        set(_get(TextField.class), "消防");
        assertThat(offices(grid)).containsExactly("新华路街道城管科");
        assertThat(GridKt._getFormatted(grid, 0, "category")).isEqualTo("治安消防");
        assertThat(GridKt._getFormatted(grid, 0, "deadlines")).isEqualTo("12 小时内受理，5 天内办结");
        assertThat(_find(Button.class, s -> s.withText("新增条目"))).isEmpty();
        assertThat(_find(StreetOfficesCard.class)).isEmpty();
    }

    @Test
    void administrators_see_the_editing_tools_in_english() {
        inEnglish();
        signIn(people.admin());
        navigate("responsibilities");
        assertThat(GridKt._getFormatted(grid(), 0, "deadlines")).matches("accept within \\d+ h, resolve within \\d+ days");
        assertThat(_find(Button.class, s -> s.withText("New entry"))).hasSize(1);
        // one card per street; the demo street's shows its settings
        assertThat(_find(StreetOfficesCard.class)).filteredOn(card -> card.coordinator.getValue() != null)
                .anySatisfy(card -> {
                    assertThat(card.coordinator.getValue().name()).isEqualTo("新华路街道网格化综合管理中心");
                    assertThat(card.fallback.getValue().name()).isEqualTo("新华路街道网格化综合管理中心");
                    assertThat(card.responseHours.getValue()).isEqualTo(24);
                });
    }

    @Test
    void searching_an_office_shows_the_entries_it_co_handles_and_words_may_match_different_columns() {
        navigate("responsibilities");
        Grid<Responsibility> grid = grid();
        set(_get(TextField.class), "幸福里网格站");
        assertThat(offices(grid)).as("it leads 环境卫生 and co-handles 市政设施").contains("幸福里网格站", "新华路街道城管科");
        set(_get(TextField.class), "市政 城管科");
        assertThat(GridKt._size(grid)).isPositive();
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, "category")))
                .containsOnly("市政设施");
    }
}
