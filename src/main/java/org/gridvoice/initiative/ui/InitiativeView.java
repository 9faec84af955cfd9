package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.initiative.InitiativeDetails;
import org.gridvoice.initiative.InitiativeService;
import org.gridvoice.initiative.InitiativeSigning;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.shared.ui.RouteIds;

/** One initiative in public: its text, the counter of both measures, the reader's signature, the clock once met, and the committee's signers. */
@Route("initiatives/:id")
@AnonymousAllowed
public class InitiativeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InitiativeService initiatives;
    private final InitiativeSigning signing;
    private final Clock clock;
    private String title = "";

    public InitiativeView(InitiativeService initiatives, InitiativeSigning signing, Clock clock) {
        this.initiatives = initiatives;
        this.signing = signing;
        this.clock = clock;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RouteIds.id(event));
    }

    private void show(Long id) {
        removeAll();
        InitiativeDetails details = null;
        if (id != null) {
            try {
                details = initiatives.details(id);
            } catch (InvalidInput notFound) {
                details = null;
            }
        }
        RouterLink back = new RouterLink(getTranslation("initiative.back"), InitiativesView.class);
        Div top = new Div(back);
        top.addClassNames(LumoUtility.FontSize.SMALL);
        if (details == null) {
            title = getTranslation("initiative.not-found.title");
            add(top, new H2(title), new Paragraph(getTranslation("initiative.error.not-found")));
            return;
        }
        title = details.summary().title();
        Div badges = new Div(new InitiativeBadge(details.summary().status()));
        Paragraph meta = new Paragraph(getTranslation("initiative.meta", Dates.format(details.summary().openedAt(), getLocale()),
                details.summary().community()));
        meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div body = new Div(new Html("<div>" + details.bodyHtml() + "</div>"));
        body.addClassName("gv-card");
        body.setId("initiative-text");
        add(top, new H2(title), badges, meta, body, new ThresholdPanel(details.threshold()));
        if (details.thresholdMetAt() != null) {
            add(new DeadlinePanel(details, LocalDateTime.now(clock)));
        }
        Long shown = id;
        FormErrors errors = new FormErrors(this);
        add(new SignaturePanel(details,
                () -> act(errors, () -> signing.sign(shown), "initiative.signed", shown),
                () -> act(errors, () -> signing.withdraw(shown), "initiative.withdrawn", shown)));
        if (details.mayReadSigners()) {
            add(new SignersPanel(initiatives, id));
        }
    }

    private void act(FormErrors errors, Runnable call, String doneKey, Long id) {
        if (errors.attempt(call)) {
            Toasts.success(getTranslation(doneKey));
        }
        show(id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
