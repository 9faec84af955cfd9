package org.gridvoice.responsibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.responsibility.PlaceLevel;
import org.gridvoice.responsibility.Responsibility;
import org.gridvoice.responsibility.ResponsibilityForm;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** Adds a responsibility entry, or a new version of one effective from a date. */
class ResponsibilityDialog extends Dialog {

    /** A place the entry can apply to: level, id and a name to show. */
    record PlaceChoice(PlaceLevel level, Long id, String name) {
    }

    final Select<CategorySummary> category = new Select<>();
    final Select<PlaceChoice> place = new Select<>();
    final Select<OfficeSummary> lead = new Select<>();
    final MultiSelectComboBox<OfficeSummary> co = new MultiSelectComboBox<>();
    final IntegerField responseHours = new IntegerField();
    final IntegerField resolutionDays = new IntegerField();
    final TextArea basis = new TextArea();
    final DateTimePicker from = new DateTimePicker();

    ResponsibilityDialog(Responsibility current, List<CategorySummary> categories, List<PlaceChoice> places, List<OfficeSummary> offices,
               ResponsibilityService service, Runnable saved) {
        setHeaderTitle(getTranslation(current == null ? "responsibility.new" : "responsibility.change"));
        setWidth("min(640px, 95vw)");
        boolean zh = "zh".equals(getLocale().getLanguage());
        category.setLabel(getTranslation("responsibility.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> zh ? c.nameZh() : c.nameEn());
        place.setLabel(getTranslation("responsibility.place"));
        place.setItems(places);
        place.setItemLabelGenerator(p -> getTranslation("responsibility.level." + p.level().name(), p.name()));
        lead.setLabel(getTranslation("responsibility.lead"));
        lead.setItems(offices);
        lead.setItemLabelGenerator(OfficeSummary::name);
        co.setLabel(getTranslation("responsibility.co"));
        co.setItems(offices);
        co.setItemLabelGenerator(OfficeSummary::name);
        responseHours.setLabel(getTranslation("responsibility.response-hours"));
        resolutionDays.setLabel(getTranslation("responsibility.resolution-days"));
        basis.setLabel(getTranslation("responsibility.basis"));
        basis.setHelperText(getTranslation("responsibility.basis.help"));
        basis.setMaxLength(1000);
        basis.setWidthFull();
        from.setLabel(getTranslation("responsibility.from"));
        from.setHelperText(getTranslation("responsibility.from.help"));
        from.setLocale(getLocale());
        from.setValue(LocalDateTime.now().plusMinutes(1).truncatedTo(ChronoUnit.MINUTES));
        if (current != null) {
            category.setValue(categories.stream().filter(c -> c.id().equals(current.categoryId())).findFirst().orElse(null));
            place.setValue(places.stream().filter(p -> p.level() == current.level() && p.id().equals(current.placeId())).findFirst().orElse(null));
            lead.setValue(offices.stream().filter(o -> o.id().equals(current.leadOfficeId())).findFirst().orElse(null));
            co.setValue(offices.stream().filter(o -> current.coOffices().contains(o.name())).collect(Collectors.toSet()));
            responseHours.setValue(current.responseHours());
            resolutionDays.setValue(current.resolutionDays());
            basis.setValue(current.basis());
            category.setReadOnly(true);
            place.setReadOnly(true);
        }
        for (var field : List.of(category, place, lead)) {
            field.setWidthFull();
        }
        co.setWidthFull();
        add(category, place, lead, co, responseHours, resolutionDays, basis, from);
        FormErrors errors = new FormErrors(this).bind("categoryId", category).bind("placeId", place).bind("level", place)
                .bind("leadOfficeId", lead).bind("coOfficeIds", co).bind("responseHours", responseHours)
                .bind("resolutionDays", resolutionDays).bind("basis", basis).bind("effectiveFrom", from);
        Button save = new Button(getTranslation("action.save"), e -> {
            ResponsibilityForm form = new ResponsibilityForm(category.getValue() == null ? null : category.getValue().id(),
                    place.getValue() == null ? null : place.getValue().level(), place.getValue() == null ? null : place.getValue().id(),
                    lead.getValue() == null ? null : lead.getValue().id(),
                    co.getValue().stream().map(OfficeSummary::id).collect(Collectors.toCollection(HashSet::new)), responseHours.getValue(),
                    resolutionDays.getValue(), basis.getValue(), from.getValue());
            if (errors.attempt(() -> service.save(current == null ? null : current.entryId(), form))) {
                Toasts.success(getTranslation("responsibility.saved"));
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
