package org.gridvoice.place.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.place.CategoryForm;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.shared.ui.PhoneColumns;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Issue categories in both languages, in the order residents see them. */
@Route("admin/categories")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.categories", order = 52, icon = "vaadin:tags")
public class CategoriesView extends AdminList<CategorySummary> implements HasDynamicTitle {

    private final CategoryService categories;

    public CategoriesView(CategoryService categories) {
        super(Sort.by("sortOrder", "id"));
        this.categories = categories;
        addClassName("gv-page");
        addComponentAsFirst(new H2(getTranslation("nav.admin.categories")));
        var code = grid.addColumn(CategorySummary::code).setHeader(getTranslation("admin.field.code")).setAutoWidth(true);
        var nameZh = grid.addColumn(CategorySummary::nameZh).setHeader(getTranslation("admin.field.name-zh")).setFlexGrow(1);
        var nameEn = grid.addColumn(CategorySummary::nameEn).setHeader(getTranslation("admin.field.name-en")).setFlexGrow(1);
        var sortOrder = grid.addColumn(CategorySummary::sortOrder).setHeader(getTranslation("admin.field.sort-order"))
                .setAutoWidth(true).setFlexGrow(0);
        addStatusAndActions();
        // on a phone: the name in the reader's language, and what can be done with it
        PhoneColumns.hideOnPhones(grid, code, "zh".equals(getLocale().getLanguage()) ? nameEn : nameZh, sortOrder,
                grid.getColumnByKey("status"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.categories");
    }

    @Override
    Page<CategorySummary> fetch(Pageable pageable) {
        return categories.categories(pageable);
    }

    @Override
    String name(CategorySummary category) {
        return category.name(getLocale());
    }

    @Override
    boolean retired(CategorySummary category) {
        return category.retired();
    }

    @Override
    void setRetired(CategorySummary category, boolean retired) {
        categories.setRetired(category.id(), retired);
    }

    @Override
    void edit(CategorySummary category) {
        TextField code = AdminUi.textField(this, "admin.field.code", 40, true);
        // no allowed-character filter: the browser would drop what does not fit ("Waste Sorting" became "asteorting");
        // the service refuses such a code and names the one to use
        code.setHelperText(getTranslation("admin.categories.code-help"));
        TextField nameZh = AdminUi.textField(this, "admin.field.name-zh", 60, true);
        TextField nameEn = AdminUi.textField(this, "admin.field.name-en", 60, true);
        if (category == null) {
            // a new category gets a code derived from its English name, shown for the administrator to keep or change
            nameEn.addValueChangeListener(e -> {
                if (e.isFromClient() && (code.isEmpty() || code.getValue().equals(CategoryService.suggestedCode(e.getOldValue())))) {
                    code.setValue(CategoryService.suggestedCode(e.getValue()));
                }
            });
        }
        IntegerField sortOrder = new IntegerField(getTranslation("admin.field.sort-order"));
        sortOrder.setMin(0);
        sortOrder.setMax(9999);
        sortOrder.setStepButtonsVisible(true);
        sortOrder.setRequiredIndicatorVisible(true);
        sortOrder.setValue(0);
        if (category != null) {
            code.setValue(category.code());
            nameZh.setValue(category.nameZh());
            nameEn.setValue(category.nameEn());
            sortOrder.setValue(category.sortOrder());
        }
        EditDialog dialog = new EditDialog(getTranslation(category == null ? "admin.categories.new" : "admin.categories.edit"),
                code, nameZh, nameEn, sortOrder);
        dialog.errors().bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn).bind("sortOrder", sortOrder);
        Long id = category == null ? null : category.id();
        dialog.onSave(() -> categories.save(id, new CategoryForm(code.getValue(), nameZh.getValue(), nameEn.getValue(),
                sortOrderOf(sortOrder))), this::saved);
        dialog.open();
    }

    /** An emptied number field has no value the form's int could carry; refuse it like the service would. */
    private static int sortOrderOf(IntegerField field) {
        if (field.getValue() == null) {
            throw InvalidInput.of("sortOrder", "validation.required");
        }
        return field.getValue();
    }
}
