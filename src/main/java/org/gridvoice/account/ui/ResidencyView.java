package org.gridvoice.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.gridvoice.account.ResidencyForm;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.ResidencyStatus;
import org.gridvoice.account.ResidencySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** A resident's verification: current status, the request form when none is open, and the history. */
@Route("residency")
@PermitAll
@Menu(title = "nav.residency", order = 10, icon = "vaadin:home")
public class ResidencyView extends Main implements AfterNavigationObserver, HasDynamicTitle {

    private final ResidencyService residencies;
    private final PlaceService places;
    private final Div current = new Div();
    private final Div history = new Div();

    public ResidencyView(ResidencyService residencies, PlaceService places) {
        this.residencies = residencies;
        this.places = places;
        addClassName("gv-page");
        add(new H2(getTranslation("residency.title")), new Paragraph(getTranslation("residency.intro")), current, history);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        List<ResidencySummary> mine = residencies.mine();
        current.removeAll();
        history.removeAll();
        var open = mine.stream().filter(r -> r.status() == ResidencyStatus.PENDING || r.status() == ResidencyStatus.APPROVED).findFirst();
        open.ifPresentOrElse(r -> current.add(card(r, true)), () -> current.add(requestForm()));
        var past = mine.stream().filter(r -> open.map(o -> !o.id().equals(r.id())).orElse(true)).toList();
        if (!past.isEmpty()) {
            history.add(new H3(getTranslation("residency.history")));
            past.forEach(r -> history.add(card(r, false)));
        }
    }

    private Div card(ResidencySummary r, boolean isCurrent) {
        Div card = new Div();
        card.addClassName("gv-card");
        card.add(new ResidencyStatusBadge(r.status()));
        card.add(new Paragraph(getTranslation("residency.where", r.communityName(), r.gridName(), r.address())));
        card.add(new Paragraph(getTranslation("residency.requested-at", Dates.format(r.requestedAt(), getLocale()))));
        if (r.decidedAt() != null) {
            card.add(new Paragraph(getTranslation("residency.decided-at", Dates.format(r.decidedAt(), getLocale()))));
        }
        if (r.decisionReason() != null) {
            card.add(new Paragraph(getTranslation("residency.reason", r.decisionReason())));
        }
        if (r.revokeReason() != null) {
            card.add(new Paragraph(getTranslation("residency.revoke-reason", r.revokeReason(), Dates.format(r.revokedAt(), getLocale()))));
        }
        if (isCurrent && r.status() == ResidencyStatus.PENDING) {
            card.add(new Paragraph(getTranslation("residency.pending-help")));
            Button withdraw = new Button(getTranslation("residency.withdraw"), e -> Confirm.ask(this,
                    "residency.withdraw", "residency.withdraw.confirm", "residency.withdraw", () -> {
                        new FormErrors(this).attempt(() -> residencies.withdraw(r.id()));
                        refresh();
                    }));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(withdraw);
        }
        return card;
    }

    private Div requestForm() {
        ComboBox<CommunitySummary> community = new ComboBox<>(getTranslation("residency.community"));
        community.setItems(places.activeCommunities());
        community.setItemLabelGenerator(c -> c.name());
        ComboBox<GridSummary> grid = new ComboBox<>(getTranslation("residency.grid"));
        grid.setItemLabelGenerator(g -> g.name());
        grid.setEnabled(false);
        grid.setHelperText(getTranslation("residency.grid.help"));
        community.addValueChangeListener(e -> {
            grid.clear();
            grid.setEnabled(e.getValue() != null);
            grid.setItems(e.getValue() == null ? List.of() : places.activeGridsOf(e.getValue().id()));
        });
        TextField building = new TextField(getTranslation("residency.building"));
        building.setPlaceholder(getTranslation("residency.building.placeholder"));
        building.setMaxLength(40);
        TextField unit = new TextField(getTranslation("residency.unit"));
        unit.setPlaceholder(getTranslation("residency.unit.placeholder"));
        unit.setMaxLength(20);
        TextField room = new TextField(getTranslation("residency.room"));
        room.setPlaceholder(getTranslation("residency.room.placeholder"));
        room.setMaxLength(20);
        for (var field : List.of(community, grid)) {
            field.setRequiredIndicatorVisible(true);
        }
        for (var field : List.of(building, unit, room)) {
            field.setRequiredIndicatorVisible(true);
        }
        FormErrors errors = new FormErrors(this).bind("communityId", community).bind("gridId", grid)
                .bind("building", building).bind("unit", unit).bind("room", room);
        Button submit = new Button(getTranslation("residency.submit"), e -> {
            var form = new ResidencyForm(community.getValue() == null ? null : community.getValue().id(),
                    grid.getValue() == null ? null : grid.getValue().id(), building.getValue(), unit.getValue(), room.getValue());
            if (errors.attempt(() -> residencies.request(form))) {
                Toasts.success(getTranslation("residency.submitted"));
                refresh();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(community, grid, building, unit, room);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Div wrapper = new Div(new H3(getTranslation("residency.request")), layout, submit);
        wrapper.addClassName("gv-card");
        return wrapper;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residency.title");
    }
}
