package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.RoutableProposal;
import org.gridvoice.casework.RoutePreview;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** The committee sends the accepted proposals of a closed consultation to the offices the responsibility list names. */
@Route("consultations/:id/cases")
@RolesAllowed("COMMITTEE")
public class RouteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea note = new TextArea();
    private final CaseRoutingService cases;
    private Long consultationId;

    public RouteView(CaseRoutingService cases) {
        this.cases = cases;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            consultationId = event.getRouteParameters().get("id").map(Long::valueOf).orElse(null);
        } catch (NumberFormatException notANumber) {
            consultationId = null;
        }
        show();
    }

    private void show() {
        removeAll();
        Anchor back = new Anchor("consultations/" + consultationId + "/voting", getTranslation("casework.route.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getTranslation("casework.route.title")), new Paragraph(getTranslation("casework.route.intro")));
        List<RoutableProposal> proposals;
        try {
            proposals = consultationId == null ? List.of() : cases.routable(consultationId);
        } catch (org.gridvoice.shared.validation.InvalidInput notFound) {
            proposals = List.of();
        }
        if (proposals.isEmpty()) {
            add(new Paragraph(getTranslation("casework.route.none")));
            return;
        }
        note.setLabel(getTranslation("casework.route.note"));
        note.setHelperText(getTranslation("casework.route.note.help"));
        note.setMaxLength(1000);
        note.setWidthFull();
        add(note);
        FormErrors errors = new FormErrors(this).bind("note", note);
        for (RoutableProposal p : proposals) {
            Div row = new Div();
            row.addClassName("gv-card");
            Anchor title = new Anchor("proposals/" + p.proposalId(), p.title());
            title.getElement().setAttribute("router-link", true);
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            row.add(title, new Span(" · " + (p.grid() == null ? "" : p.grid())));
            if (p.caseId() != null) {
                Anchor caseLink = new Anchor("cases/" + p.caseId(), getTranslation("casework.route.routed", p.caseId(), p.office()));
                caseLink.getElement().setAttribute("router-link", true);
                row.add(new Div(caseLink));
            } else {
                RoutePreview preview = p.preview();
                if (preview != null) {
                    row.add(preview(p.proposalId(), preview));
                }
                String office = preview == null ? "" : preview.office();
                Button route = new Button(getTranslation("casework.route.one"), e -> Confirm.ask(this, "casework.route.confirm.title",
                        preview == null ? "casework.route.confirm.text" : "casework.route.confirm.preview", "casework.route.one", () -> {
                            if (errors.attempt(() -> cases.route(p.proposalId(), new RouteForm(note.getValue())))) {
                                Toasts.success(getTranslation("casework.route.done", office));
                                show();
                            }
                        }, p.title(), office, preview == null ? "" : Dates.format(preview.responseDueAt(), getLocale()),
                        preview == null ? "" : Dates.format(preview.resolutionDueAt(), getLocale())));
                route.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(new Div(route));
            }
            add(row);
        }
        if (proposals.stream().filter(p -> p.caseId() == null).count() > 1) {
            Button all = new Button(getTranslation("casework.route.all"), e -> Confirm.ask(this, "casework.route.all.title",
                    "casework.route.all.text", "casework.route.all", () -> {
                        int[] made = {0};
                        if (errors.attempt(() -> made[0] = cases.routeAll(consultationId, new RouteForm(note.getValue())))) {
                            Toasts.success(getTranslation("casework.route.done-all", made[0]));
                            show();
                        }
                    }));
            add(all);
        }
    }

    /** Where the proposal would go and by when it must be answered and resolved, before anyone confirms. */
    private Div preview(Long proposalId, RoutePreview preview) {
        Div box = new Div();
        box.setId("route-preview-" + proposalId);
        box.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
        box.add(new Paragraph(getTranslation(preview.fallback() ? "casework.route.preview.fallback" : "casework.route.preview",
                preview.office(), preview.responseHours(), Dates.format(preview.responseDueAt(), getLocale()), preview.resolutionDays(),
                Dates.format(preview.resolutionDueAt(), getLocale()))));
        if (!preview.coOffices().isEmpty()) {
            box.add(new Paragraph(getTranslation("casework.route.preview.co", String.join(getTranslation("list.separator"),
                    preview.coOffices()))));
        }
        box.getChildren().forEach(c -> ((Paragraph) c).addClassNames(LumoUtility.Margin.Vertical.NONE));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.route.title");
    }
}
