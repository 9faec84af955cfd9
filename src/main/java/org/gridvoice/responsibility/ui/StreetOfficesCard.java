package org.gridvoice.responsibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.responsibility.StreetOffices;
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
        add(new H3(getTranslation("responsibility.street.title", street.name())), new Paragraph(getTranslation("responsibility.street.text")));
        StreetOffices current = service.streetOffices(street.id()).orElse(null);
        List<OfficeSummary> ofStreet = offices.stream().filter(o -> o.streetId().equals(street.id())).toList();
        for (Select<OfficeSummary> select : List.of(fallback, coordinator)) {
            select.setItems(ofStreet);
            select.setItemLabelGenerator(OfficeSummary::name);
            select.setWidth("min(100%, 22em)");
        }
        fallback.setLabel(getTranslation("responsibility.street.default"));
        coordinator.setLabel(getTranslation("responsibility.street.coordinator"));
        responseHours.setLabel(getTranslation("responsibility.response-hours"));
        resolutionDays.setLabel(getTranslation("responsibility.resolution-days"));
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
                Toasts.success(getTranslation("responsibility.street.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(fallback, coordinator, responseHours, resolutionDays);
        fields.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);
        add(fields, save);
    }
}
