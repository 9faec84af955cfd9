package org.gridvoice.consultation.ui;

import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.ReasonDialog;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationChange;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.discussion.ui.CommentsPanel;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;

/** One consultation: what it is about, who takes part, its phases and its public change record. */
@Route("consultations/:id")
@AnonymousAllowed
public class ConsultationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ObjectProvider<CommentsPanel> comments;
    private ConsultationDetails details;

    public ConsultationView(ConsultationService consultations, ObjectProvider<CommentsPanel> comments) {
        this.consultations = consultations;
        this.comments = comments;
        addClassName("gv-page");
    }

    static RouteParameters parameters(Long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    /** The id of a route parameter, or empty when it is absent or not a number. */
    static Optional<Long> idOf(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get("id").map(Long::valueOf);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(idOf(event).orElse(null));
    }

    private void show(Long id) {
        removeAll();
        details = null;
        List<ConsultationChange> changes = List.of();
        if (id != null) {
            try {
                details = consultations.details(id);
                changes = consultations.changes(id);
            } catch (InvalidInput notFound) {
                details = null;
            }
        }
        if (details == null) {
            add(new H2(getTranslation("consultation.not-found.title")), new Paragraph(getTranslation("consultation.error.not-found")),
                    new RouterLink(getTranslation("consultation.back-to-list"), ConsultationsView.class));
            return;
        }
        Optional<Budget> budget = consultations.budget(id);
        add(new H2(details.title()), badges(), facts());
        budget.ifPresent(b -> add(budgetFacts(b)));
        if (details.phase() != Phase.DRAFT) {
            add(proposalsLink());
            budget.ifPresent(b -> add(projectsLink()));
            add(votingLink(), followLink());
        } else if (details.editable()) {
            add(votingLink());
        }
        if (details.editable()) {
            add(actions());
        }
        if (!details.descriptionHtml().isBlank()) {
            Div description = new Div(new Html("<div>" + details.descriptionHtml() + "</div>"));
            description.addClassName("gv-card");
            add(description);
        }
        add(new H3(getTranslation("consultation.timeline")), new PhaseTimeline(details.phase(), details.dates()),
                new H3(getTranslation("consultation.changes")), new ChangeRecordList(changes));
        if (details.phase() != Phase.DRAFT) {
            add(comments.getObject().show(new ContentRef(ContentRef.CONSULTATION, id)));
        }
    }

    private Div badges() {
        Div badges = new Div(new PhaseBadge(details.phase()));
        if (details.phase() == Phase.DRAFT) {
            Span draft = new Span(getTranslation("consultation.draft-notice"));
            draft.getElement().getThemeList().add("badge contrast");
            badges.add(draft);
        }
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        return badges;
    }

    private Div facts() {
        String separator = getTranslation("list.separator");
        String where = details.wholeCommunity() ? getTranslation("consultation.where.whole", details.communityName())
                : getTranslation("consultation.where.grids", details.communityName(), String.join(separator, details.gridNames()));
        List<String> categories = "zh".equals(getLocale().getLanguage()) ? details.categoryNamesZh() : details.categoryNamesEn();
        return new Div(new Paragraph(where),
                new Paragraph(getTranslation("consultation.categories", String.join(separator, categories))),
                new Paragraph(getTranslation("consultation.threshold", details.endorsementThreshold())));
    }

    /** A budget consultation's money: what is to be spent, and the most one project may cost. */
    private Paragraph budgetFacts(Budget budget) {
        Paragraph money = new Paragraph(budget.maxProjectYuan() == null ? getTranslation("budget.summary", budget.totalYuan())
                : getTranslation("budget.summary.cap", budget.totalYuan(), budget.maxProjectYuan()));
        money.setId("consultation-budget");
        money.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return money;
    }

    /** The projects and their feasibility review live in the budgeting module, which builds on this one: linked by URL only. */
    private Anchor projectsLink() {
        Anchor link = new Anchor("consultations/" + details.id() + "/budget", getTranslation("budget.projects.open"));
        link.getElement().setAttribute("router-link", true);
        link.setId("consultation-budget-link");
        link.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
        return link;
    }

    /** The proposals of the consultation live in the proposal module, which builds on this one: linked by URL only. */
    private Anchor proposalsLink() {
        Anchor link = new Anchor("consultations/" + details.id() + "/proposals", getTranslation("proposal.list.open"));
        link.getElement().setAttribute("router-link", true);
        link.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
        return link;
    }

    /** Voting lives in the voting module, which builds on this one: linked by URL only. */
    private Anchor votingLink() {
        String key = switch (details.phase()) {
            case VOTING -> "consultation.voting.open";
            case CLOSED -> "consultation.voting.result";
            default -> "consultation.voting.rules";
        };
        Anchor link = new Anchor("consultations/" + details.id() + "/voting", getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        link.setId("consultation-voting-link");
        link.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
        return link;
    }

    /** Following lives in the notification module, which builds on this one: linked by URL only. */
    private Anchor followLink() {
        Anchor link = new Anchor("follow/consultation/" + details.id(), getTranslation("consultation.follow"));
        link.getElement().setAttribute("router-link", true);
        link.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.Margin.Vertical.SMALL);
        return link;
    }

    private Div actions() {
        Long id = details.id();
        Button edit = new Button(getTranslation("action.edit"), new Icon(VaadinIcon.EDIT),
                e -> getUI().ifPresent(ui -> ui.navigate(ConsultationEditorView.class, parameters(id))));
        Div actions = new Div(edit);
        actions.addClassName("gv-actions");
        if (details.phase() == Phase.DRAFT) {
            Button publish = new Button(getTranslation("consultation.publish"), new Icon(VaadinIcon.UPLOAD), e -> Confirm.ask(this,
                    "consultation.publish.title", "consultation.publish.text", "consultation.publish", () -> {
                        if (new FormErrors(this).attempt(() -> consultations.publish(id))) {
                            Toasts.success(getTranslation("consultation.published"));
                        }
                        show(id);
                    }, details.title()));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        if (details.phase().closableEarly()) {
            String phaseName = getTranslation(Phases.key(details.phase()));
            Button close = new Button(getTranslation("consultation.close-early"), new Icon(VaadinIcon.STOP),
                    e -> new ReasonDialog(new ReasonDialog.Keys("consultation.close-early.title", "consultation.close-early.text",
                            "consultation.close-early.reason", "consultation.close-early.reason.help", "consultation.close-early.confirm"),
                            true, text -> consultations.closePhaseEarly(id, new ReasonForm(text)), () -> {
                        Toasts.success(getTranslation("consultation.close-early.done", phaseName));
                        show(id);
                    }, phaseName).open());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("consultation.not-found.title") : details.title();
    }
}
