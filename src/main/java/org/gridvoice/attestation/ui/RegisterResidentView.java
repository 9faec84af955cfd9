package org.gridvoice.attestation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidentCard;
import org.gridvoice.account.ResidentDirectory;
import org.gridvoice.account.ResidentRegistration;
import org.gridvoice.account.StaffScope;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * Staff register a resident who has no account (an older resident, say) from the verified residency
 * data: the account and an approved residency at once; the new-entry screen then opens for them.
 */
@Route("staff/residents/new")
@RolesAllowed({"COMMITTEE", "OFFICER", "OFFICE_LEAD"})
public class RegisterResidentView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final ComboBox<GridSummary> grid = new ComboBox<>();
    final TextField building = new TextField();
    final TextField unit = new TextField();
    final TextField room = new TextField();
    final TextField phone = new TextField();
    final Button submit;

    public RegisterResidentView(ResidentDirectory directory, StaffScope staff, PlaceService places, CurrentUser currentUser) {
        addClassNames("gv-page", "gv-touch");
        name.setLabel(getTranslation("attest.register.name"));
        name.setMaxLength(100);
        grid.setLabel(getTranslation("attest.register.grid"));
        grid.setItems(staff.communitiesServedBy(currentUser.requireId()).stream().flatMap(c -> places.activeGridsOf(c).stream())
                .sorted(Comparator.comparing(GridSummary::communityName).thenComparing(GridSummary::sortOrder)).toList());
        grid.setItemLabelGenerator(GridSummary::fullName);
        if (grid.getListDataView().getItemCount() == 1) {
            grid.setValue(grid.getListDataView().getItem(0));
        }
        building.setLabel(getTranslation("attest.register.building"));
        building.setMaxLength(40);
        unit.setLabel(getTranslation("attest.register.unit"));
        unit.setMaxLength(20);
        room.setLabel(getTranslation("attest.register.room"));
        room.setMaxLength(20);
        phone.setLabel(getTranslation("attest.register.phone"));
        phone.setHelperText(getTranslation("attest.register.phone.help"));
        phone.setMaxLength(30);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "off");
        for (var required : new com.vaadin.flow.component.HasValue<?, ?>[] {name, grid, building, unit, room}) {
            required.setRequiredIndicatorVisible(true);
        }
        FormLayout form = new FormLayout(name, grid, building, unit, room, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 3));
        form.setColspan(name, 3);
        form.setColspan(grid, 3);
        form.setColspan(phone, 3);
        FormErrors errors = new FormErrors(this).bind("name", name).bind("gridId", grid).bind("building", building).bind("unit", unit)
                .bind("room", room).bind("phone", phone);

        submit = new Button(getTranslation("attest.register.submit"), e -> {
            AtomicReference<ResidentCard> card = new AtomicReference<>();
            boolean ok = errors.attempt(() -> card.set(directory.register(new ResidentRegistration(name.getValue(),
                    grid.getValue() == null ? null : grid.getValue().id(), building.getValue(), unit.getValue(), room.getValue(),
                    phone.getValue()))));
            e.getSource().setEnabled(true);
            if (ok) {
                Toasts.success(getTranslation("attest.register.done", card.get().name()));
                getUI().ifPresent(ui -> ui.navigate("staff/entries/new",
                        QueryParameters.of("resident", Long.toString(card.get().userId()))));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        Div actions = new Div(submit);
        actions.addClassName("gv-actions");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("attest.register.intro")), form, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attest.register.title");
    }
}
