package org.gridvoice.place.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import org.gridvoice.place.CommunitySummary;

/** Small building blocks shared by the reference-data screens. */
final class AdminUi {

    private AdminUi() {
    }

    static Span status(Component owner, boolean retired) {
        Span badge = new Span(owner.getTranslation(retired ? "status.retired" : "status.active"));
        badge.getElement().getThemeList().add(retired ? "badge contrast" : "badge success");
        return badge;
    }

    /** An icon-only button; the aria-label names the item because a list has one such button per row. */
    static Button iconButton(Component owner, VaadinIcon icon, String tooltipKey, String ariaKey, String itemName, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(owner.getTranslation(ariaKey, itemName));
        button.setTooltipText(owner.getTranslation(tooltipKey));
        return button;
    }

    static TextField textField(Component owner, String labelKey, int maxLength, boolean required) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        return field;
    }

    /** The sort number of a place or office: lower first, equal numbers by name in natural order (第二 before 第十). */
    static IntegerField sortOrderField(Component owner, int current) {
        IntegerField field = new IntegerField(owner.getTranslation("admin.field.sort-order"));
        field.setMin(0);
        field.setMax(9999);
        field.setStepButtonsVisible(true);
        field.setHelperText(owner.getTranslation("admin.places.sort-order-help"));
        field.setValue(current);
        return field;
    }

    static TextArea textArea(Component owner, String labelKey, int maxLength) {
        TextArea area = new TextArea(owner.getTranslation(labelKey));
        area.setMaxLength(maxLength);
        return area;
    }

    /** Community names repeat across streets, so choices show the street too. */
    static String communityLabel(Component owner, CommunitySummary community) {
        return owner.getTranslation("admin.community-in-street", community.name(), community.streetName());
    }

    static <T> Long idOf(HasValue<?, T> field, Function<T, Long> id) {
        return field.getValue() == null ? null : id.apply(field.getValue());
    }

    /** Preselects the item with the given id, if it is still offered (retired ones are not). */
    static <T> void select(HasValue<?, T> field, List<T> items, Function<T, Long> id, Long wanted) {
        items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst().ifPresent(field::setValue);
    }
}
