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
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.RoutableProposal;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** The committee sends the accepted proposals of a closed consultation to the offices the responsibility list names. */
@Route("consultations/:id/cases")
@RolesAllowed("COMMITTEE")
public class RouteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea note = new TextArea();
    private final CaseService cases;
    private Long consultationId;

    public RouteView(CaseService cases) {
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
                Button route = new Button(getTranslation("casework.route.one"), e -> Confirm.ask(this, "casework.route.confirm.title",
                        "casework.route.confirm.text", "casework.route.one", () -> {
                            if (errors.attempt(() -> cases.route(p.proposalId(), new RouteForm(note.getValue())))) {
                                Toasts.success(getTranslation("casework.route.done"));
                                show();
                            }
                        }, p.title()));
                route.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(new Div(route));
            }
            add(row);
        }
        if (proposals.stream().filter(p -> p.caseId() == null).count() > 1) {
            Button all = new Button(getTranslation("casework.route.all"), e -> Confirm.ask(this, "casework.route.all.title",
                    "casework.route.all.text", "casework.route.all", () -> {
                        if (errors.attempt(() -> cases.routeAll(consultationId, new RouteForm(note.getValue())))) {
                            Toasts.success(getTranslation("casework.route.done"));
                            show();
                        }
                    }));
            add(all);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.route.title");
    }
}
