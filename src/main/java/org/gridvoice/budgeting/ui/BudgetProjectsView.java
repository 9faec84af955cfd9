package org.gridvoice.budgeting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.budgeting.ProjectReview;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ui.RouteIds;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.PageRequest;

/**
 * 项目与可行性评估: a budget consultation's qualified proposals with their estimates, reviewed costs and
 * verdicts, public; reviewers (the office the responsibility list names, or the committee) review them
 * here, and the committee sees how many still wait before voting opens. {@code ?proposal=ID} shows that
 * proposal's review first (the proposal page links to it).
 */
@Route("consultations/:id/budget")
@AnonymousAllowed
public class BudgetProjectsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final FeasibilityService feasibility;
    private final ProposalService proposals;
    private ConsultationDetails details;
    private Budget budget;
    final Grid<ProjectReview> projects = new Grid<>();

    public BudgetProjectsView(ConsultationService consultations, FeasibilityService feasibility, ProposalService proposals) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.feasibility = feasibility;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long focus = event.getLocation().getQueryParameters().getSingleParameter("proposal").map(BudgetProjectsView::number).orElse(null);
        show(RouteIds.id(event), focus);
    }

    void show(Long id, Long focus) {
        removeAll();
        details = null;
        budget = null;
        if (id != null) {
            try {
                details = consultations.details(id);
                budget = consultations.budget(id).orElse(null);
            } catch (InvalidInput notFound) {
                details = null;
            }
        }
        if (details == null || details.phase() == Phase.DRAFT && !details.editable()) {
            details = null;
            add(new H2(getTranslation("consultation.not-found.title")), new Paragraph(getTranslation("consultation.error.not-found")));
            return;
        }
        Anchor back = new Anchor("consultations/" + id, getTranslation("budget.projects.back", details.title()));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getPageTitle()));
        if (budget == null) {
            add(hint("budget.projects.not-budget"));
            return;
        }
        Paragraph money = new Paragraph(budget.maxProjectYuan() == null ? getTranslation("budget.summary", budget.totalYuan())
                : getTranslation("budget.summary.cap", budget.totalYuan(), budget.maxProjectYuan()));
        money.setId("budget-money");
        money.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(money, new Paragraph(getTranslation("budget.projects.intro")));
        boolean beforeVoting = details.phase() != Phase.VOTING && details.phase() != Phase.CLOSED;
        if (details.editable() && beforeVoting) {
            int pending = feasibility.pending(id);
            Paragraph waiting = new Paragraph(pending == 0 ? getTranslation("budget.projects.pending.none")
                    : getTranslation("budget.projects.pending", pending));
            waiting.setId("budget-pending");
            waiting.addClassNames(LumoUtility.FontWeight.SEMIBOLD, pending == 0 ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
            add(waiting);
        }
        if (!beforeVoting) {
            Paragraph fixed = new Paragraph(getTranslation("budget.projects.fixed"));
            Anchor voting = new Anchor("consultations/" + id + "/voting", getTranslation("budget.projects.voting-link"));
            voting.getElement().setAttribute("router-link", true);
            voting.setId("budget-voting-link");
            add(fixed, voting);
        }
        if (focus != null) {
            feasibility.review(focus).filter(r -> belongsHere(r, id)).ifPresent(r -> {
                Div box = new Div(new H3(getTranslation("budget.projects.focus")), card(r, id, focus));
                box.setId("budget-focus");
                box.addClassName("gv-card");
                add(box);
            });
        }
        add(new H3(getTranslation("budget.projects.list")));
        projects.removeAllColumns();
        projects.addComponentColumn(r -> card(r, id, focus)).setHeader(getTranslation("budget.projects.column"));
        projects.setItems(query -> feasibility.reviews(id, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, feasibility.reviews(id, PageRequest.of(0, 1)).getTotalElements()));
        projects.setEmptyStateText(getTranslation("budget.projects.empty"));
        projects.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        projects.setSelectionMode(Grid.SelectionMode.NONE);
        projects.setId("budget-projects");
        projects.setWidthFull();
        projects.setHeight("min(48em, 80vh)");
        add(projects);
    }

    /** The focus must be one of this consultation's proposals: a review of another consultation is not shown under its title. */
    private boolean belongsHere(ProjectReview review, Long consultationId) {
        return proposals.summariesOf(List.of(review.proposalId())).stream().anyMatch(p -> consultationId.equals(p.consultationId()));
    }

    private ProjectCard card(ProjectReview review, Long consultationId, Long focus) {
        return new ProjectCard(review, () -> new ReviewDialog(review, budget.maxProjectYuan(), feasibility,
                () -> show(consultationId, focus)).open());
    }

    private Paragraph hint(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassNames(LumoUtility.TextColor.SECONDARY);
        return p;
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("consultation.not-found.title") : getTranslation("budget.projects.title", details.title());
    }
}
