package org.gridvoice.account.ui;

import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.ReasonDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.ResidencySummary;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.Toasts;
import org.springframework.data.domain.Sort;

/** The committee's residency work: the queue of pending requests and the verified residents. */
@Route("committee/verifications")
@RolesAllowed("COMMITTEE")
@Menu(title = "nav.verifications", order = 20, icon = "vaadin:check-square-o")
public class VerificationQueueView extends Main implements HasDynamicTitle {

    private final ResidencyService residencies;
    private final Grid<ResidencySummary> pending = new Grid<>();
    private final Grid<ResidencySummary> verified = new Grid<>();

    public VerificationQueueView(ResidencyService residencies) {
        this.residencies = residencies;
        addClassName("gv-page");
        setSizeFull();
        configure(pending, "requestedAt");
        pending.addComponentColumn(this::decisionButtons).setKey("actions").setHeader(getTranslation("verifications.actions"))
                .setAutoWidth(true).setFrozenToEnd(true);
        pending.setItems(q -> residencies.queue(Paging.of(q, Sort.by("requestedAt"))).stream());
        pending.setEmptyStateText(getTranslation("verifications.empty"));
        configure(verified, "decidedAt");
        verified.addComponentColumn(this::revokeButton).setKey("actions").setHeader(getTranslation("verifications.actions"))
                .setAutoWidth(true).setFrozenToEnd(true);
        verified.setItems(q -> residencies.verified(Paging.of(q, Sort.by("decidedAt").descending())).stream());
        verified.setEmptyStateText(getTranslation("verifications.verified.empty"));
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("verifications.pending"), pending);
        tabs.add(getTranslation("verifications.verified"), verified);
        tabs.setSizeFull();
        add(new H2(getTranslation("verifications.title")), tabs);
    }

    private void configure(Grid<ResidencySummary> grid, String dateProperty) {
        grid.addColumn(ResidencySummary::residentName).setHeader(getTranslation("verifications.resident")).setAutoWidth(true);
        grid.addColumn(ResidencySummary::residentEmail).setHeader(getTranslation("register.email")).setAutoWidth(true);
        // masked by the service for committee members (138****1234): enough to match a resident who calls
        grid.addColumn(ResidencySummary::residentPhone).setHeader(getTranslation("phone.field.number")).setAutoWidth(true);
        grid.addColumn(r -> r.communityName() + " · " + r.gridName()).setHeader(getTranslation("residency.grid")).setAutoWidth(true);
        grid.addColumn(ResidencySummary::address).setHeader(getTranslation("verifications.address")).setAutoWidth(true);
        grid.addColumn(r -> Dates.format("decidedAt".equals(dateProperty) ? r.decidedAt() : r.requestedAt(), getLocale()))
                .setHeader(getTranslation("verifications." + dateProperty)).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
    }

    private HorizontalLayout decisionButtons(ResidencySummary r) {
        Button approve = new Button(getTranslation("verifications.approve"), e -> {
            if (new FormErrors(this).attempt(() -> residencies.approve(r.id()))) {
                Toasts.success(getTranslation("verifications.approved", r.residentName()));
            }
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        approve.setAriaLabel(getTranslation("verifications.approve.aria", r.residentName()));
        Button reject = new Button(getTranslation("verifications.reject"), e -> new ReasonDialog(decision("reject"), true,
                text -> residencies.reject(r.id(), new ReasonForm(text)), this::refresh, r.residentName()).open());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reject.setAriaLabel(getTranslation("verifications.reject.aria", r.residentName()));
        return new HorizontalLayout(approve, reject);
    }

    private static ReasonDialog.Keys decision(String kind) {
        return new ReasonDialog.Keys("verifications." + kind + ".title", "verifications." + kind + ".text", "decision.reason",
                "decision.reason.help", "verifications." + kind);
    }

    private Button revokeButton(ResidencySummary r) {
        Button revoke = new Button(getTranslation("verifications.revoke"), e -> new ReasonDialog(decision("revoke"), true,
                text -> residencies.revoke(r.id(), new ReasonForm(text)), this::refresh, r.residentName()).open());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel(getTranslation("verifications.revoke.aria", r.residentName()));
        return revoke;
    }

    private void refresh() {
        pending.getDataProvider().refreshAll();
        verified.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verifications.title");
    }
}
