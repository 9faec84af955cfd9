package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.casework.ResponsibilityService;
import org.gridvoice.casework.StreetOffices;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** For administrators: a street's default office (兜底) with its deadlines, and its coordinator office. */
class StreetOfficesCard extends Div {

    final Select<OfficeSummary> fallback = new Select<>();
    final Select<OfficeSummary> coordinator = new Select<>();
    final IntegerField responseHours = new IntegerField();
    final IntegerField resolutionDays = new IntegerField();

    StreetOfficesCard(StreetSummary street, List<OfficeSummary> offices, ResponsibilityService service) {
        addClassName("gv-card");
        add(new H3(getTranslation("casework.street.title", street.name())), new Paragraph(getTranslation("casework.street.text")));
        StreetOffices current = service.streetOffices(street.id()).orElse(null);
        List<OfficeSummary> ofStreet = offices.stream().filter(o -> o.streetId().equals(street.id())).toList();
        for (Select<OfficeSummary> select : List.of(fallback, coordinator)) {
            select.setItems(ofStreet);
            select.setItemLabelGenerator(OfficeSummary::name);
            select.setWidth("min(100%, 22em)");
        }
        fallback.setLabel(getTranslation("casework.street.default"));
        coordinator.setLabel(getTranslation("casework.street.coordinator"));
        responseHours.setLabel(getTranslation("casework.duty.response-hours"));
        resolutionDays.setLabel(getTranslation("casework.duty.resolution-days"));
        if (current != null) {
            fallback.setValue(ofStreet.stream().filter(o -> o.id().equals(current.defaultOfficeId())).findFirst().orElse(null));
            coordinator.setValue(ofStreet.stream().filter(o -> o.id().equals(current.coordinatorOfficeId())).findFirst().orElse(null));
            responseHours.setValue(current.responseHours());
            resolutionDays.setValue(current.resolutionDays());
        }
        FormErrors errors = new FormErrors(this).bind("defaultOfficeId", fallback).bind("coordinatorOfficeId", coordinator)
                .bind("responseHours", responseHours).bind("resolutionDays", resolutionDays);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.attempt(() -> service.setStreetOffices(street.id(), new StreetOffices(
                    fallback.getValue() == null ? null : fallback.getValue().id(),
                    coordinator.getValue() == null ? null : coordinator.getValue().id(), responseHours.getValue(),
                    resolutionDays.getValue())))) {
                Toasts.success(getTranslation("casework.street.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(fallback, coordinator, responseHours, resolutionDays);
        fields.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);
        add(fields, save);
    }
}
