package org.gridvoice.place.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridvoice.place.ui.AdminScreens.badge;
import static org.gridvoice.place.ui.AdminScreens.clickSave;
import static org.gridvoice.place.ui.AdminScreens.requireRow;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CategoriesScreenTest extends ViewTest {

    @Autowired CategoryService categories;

    @BeforeEach
    void anAdminOnTheCategoriesScreen() {
        inEnglish();
        signIn(people.admin());
        navigate("admin/categories");
    }

    private void fillNewCategory(String code, String nameZh, String nameEn, Integer sortOrder) {
        _click(_get(Button.class, s -> s.withText("New")));
        set(_get(TextField.class, s -> s.withLabel("Code")), code);
        set(_get(TextField.class, s -> s.withLabel("Chinese name")), nameZh);
        set(_get(TextField.class, s -> s.withLabel("English name")), nameEn);
        set(_get(IntegerField.class, s -> s.withLabel("Sort order")), sortOrder);
    }

    @Test
    void an_admin_adds_a_category_in_both_languages_and_residents_are_offered_it() {
        String code = "test-" + System.nanoTime();
        fillNewCategory(code, "测试类别" + code, "Test category " + code, 95);
        clickSave();

        CategoriesView view = _get(CategoriesView.class);
        int row = requireRow(view.grid, c -> c.code().equals(code));
        CategorySummary shown = GridKt._get(view.grid, row);
        assertThat(shown.nameZh()).isEqualTo("测试类别" + code);
        assertThat(shown.nameEn()).isEqualTo("Test category " + code);
        assertThat(shown.sortOrder()).isEqualTo(95);
        assertThat(badge(view, row)).isEqualTo("Active");
        assertThat(categories.activeCategories()).anyMatch(c -> c.code().equals(code));
    }

    @Test
    void a_taken_code_is_shown_next_to_the_code_field_and_an_emptied_sort_order_next_to_its_field() {
        String nameEn = "Duplicate " + System.nanoTime();
        fillNewCategory("other", "重复", nameEn, 1);
        clickSave();
        TextField code = _get(TextField.class, s -> s.withLabel("Code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("This code is taken already.");

        set(code, "fresh-" + System.nanoTime());
        IntegerField sortOrder = _get(IntegerField.class, s -> s.withLabel("Sort order"));
        set(sortOrder, null);
        clickSave();
        assertThat(sortOrder.isInvalid()).isTrue();
        assertThat(sortOrder.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(code.isInvalid()).as("the code error is gone once the code is free").isFalse();
        assertThat(categories.activeCategories()).noneMatch(c -> c.nameEn().equals(nameEn));
    }

    @Test
    void a_code_typed_as_words_keeps_every_character_and_is_refused_with_the_code_to_use() {
        String nameEn = "Waste Sorting " + System.nanoTime();
        fillNewCategory("Waste Sorting", "垃圾分类", nameEn, 5);
        TextField code = _get(TextField.class, s -> s.withLabel("Code"));
        assertThat(code.getAllowedCharPattern()).as("no character is dropped while typing").isNullOrEmpty();
        clickSave();
        assertThat(code.getValue()).isEqualTo("Waste Sorting");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("waste-sorting");
        assertThat(categories.activeCategories()).noneMatch(c -> c.nameEn().equals(nameEn));
    }

    @Test
    void retiring_a_category_asks_first_and_then_shows_it_as_retired() {
        String code = "retire-" + System.nanoTime();
        fillNewCategory(code, "停用" + code, "Retire me " + code, 99);
        clickSave();
        CategoriesView view = _get(CategoriesView.class);
        int row = requireRow(view.grid, c -> c.code().equals(code));

        _click(AdminScreens.rowButton(view, row, "Retire Retire me " + code));
        var question = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(AdminScreens.header(question)).isEqualTo("Retire Retire me " + code + "?");
        AdminScreens.confirm(question);

        row = requireRow(view.grid, c -> c.code().equals(code));
        assertThat(badge(view, row)).isEqualTo("Retired");
        assertThat(categories.activeCategories()).noneMatch(c -> c.code().equals(code));
    }
}
