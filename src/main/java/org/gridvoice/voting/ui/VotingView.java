package org.gridvoice.voting.ui;

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
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.OutcomeService;
import org.gridvoice.voting.PaperBallotDesk;
import org.gridvoice.voting.ResultExport;
import org.gridvoice.voting.ResultService;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingResult;
import org.gridvoice.voting.VotingRules;
import org.gridvoice.voting.VotingRulesService;
import org.gridvoice.shared.ui.RouteIds;

/**
 * A consultation's vote (表决), whatever its phase: the rules (which its committee sets until
 * voting opens), the ballot while voting is open, and the result once it has closed.
 */
@Route("consultations/:id/voting")
@AnonymousAllowed
public class VotingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final VotingRulesService rules;
    private final VoteService votes;
    private final ResultService results;
    private final OutcomeService outcomes;
    private final ResultExport export;
    private final PaperBallotDesk desk;
    private final FeasibilityService feasibility;
    private ConsultationDetails details;

    public VotingView(ConsultationService consultations, ProposalService proposals, VotingRulesService rules, VoteService votes,
                      ResultService results, OutcomeService outcomes, ResultExport export, PaperBallotDesk desk,
                      FeasibilityService feasibility) {
        this.desk = desk;
        this.feasibility = feasibility;
        this.consultations = consultations;
        this.proposals = proposals;
        this.rules = rules;
        this.votes = votes;
        this.results = results;
        this.outcomes = outcomes;
        this.export = export;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(RouteIds.id(event));
    }

    void show(Long id) {
        removeAll();
        details = null;
        if (id != null) {
            try {
                details = consultations.details(id);
            } catch (InvalidInput notFound) {
                details = null;
            }
        }
        if (details == null) {
            add(new H2(getTranslation("consultation.not-found.title")), new Paragraph(getTranslation("consultation.error.not-found")));
            return;
        }
        Anchor back = new Anchor("consultations/" + id, getTranslation("voting.back", details.title()));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getTranslation("voting.title", details.title())));
        VotingRules current = rules.rules(id);
        boolean votingStarted = details.phase() == Phase.VOTING || details.phase() == Phase.CLOSED;
        Budget budget = consultations.budget(id).orElse(null);
        add(new RulesPanel(details, current, votingStarted ? rules.electorate(id) : null, rules, budget, () -> show(details.id())));
        if (budget != null) {
            add(projectsLink(id));
        }
        var result = results.result(id);
        if (result.isPresent()) {
            showResult(result.get());
        } else if (details.phase() == Phase.VOTING) {
            BudgetBallot budgetBallot = budget == null ? null : BudgetBallot.of(id, consultations, feasibility, proposals).orElse(null);
            List<ProposalSummary> ballot = budgetBallot == null ? proposals.ballot(id) : budgetBallot.projects();
            if (desk.mayRecord(id)) {
                Anchor paper = new Anchor("consultations/" + id + "/voting/paper", getTranslation("paper.action"));
                paper.getElement().setAttribute("router-link", true);
                paper.setId("voting-paper");
                paper.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
                add(paper);
            }
            Div live = new Div();
            add(new BallotPanel(id, current.form(), ballot, budgetBallot, votes, () -> showLiveCounts(live, id, current, ballot)), live);
            showLiveCounts(live, id, current, ballot);
        } else if (details.phase() == Phase.CLOSED) {
            add(hint(getTranslation("voting.result.none")));
        } else {
            add(new H3(getTranslation("voting.ballot.preview")));
            if (budget != null) {
                add(hint(getTranslation("budget.voting.preview")));
                int pending = details.editable() ? feasibility.pending(id) : 0;
                if (pending > 0) {
                    // the committee is told before voting opens: a proposal still unreviewed will not be on the ballot
                    Paragraph waiting = new Paragraph(getTranslation("budget.projects.pending", pending));
                    waiting.setId("voting-budget-pending");
                    waiting.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.ERROR);
                    add(waiting);
                }
            }
            List<ProposalSummary> ballot = budget == null ? proposals.ballot(id)
                    : BudgetBallot.of(id, consultations, feasibility, proposals).map(BudgetBallot::projects).orElse(List.of());
            add(ballot.isEmpty() ? hint(getTranslation("voting.ballot.empty-yet")) : BallotPanel.preview(ballot));
            if (details.dates().votingOpenAt() != null) {
                add(hint(getTranslation("voting.opens-at", org.gridvoice.shared.ui.Dates.format(details.dates().votingOpenAt(), getLocale()))));
            }
        }
    }

    private void showLiveCounts(Div slot, Long id, VotingRules current, List<ProposalSummary> ballot) {
        slot.removeAll();
        results.liveCounts(id).ifPresentOrElse(live -> slot.add(new LiveCountsPanel(current.form().method(), live, ballot)),
                () -> slot.add(hint(getTranslation("voting.live.hidden." + current.form().visibility().name()))));
    }

    private void showResult(VotingResult result) {
        var lines = result.lines().stream().map(org.gridvoice.voting.ResultLine::proposalId).toList();
        add(new ResultPanel(details, result, results.chainEntry(details.id()).orElse(null),
                consultations.earlyClose(details.id(), Phase.VOTING).orElse(null), rules.rules(details.id()).form(), proposals.summariesOf(lines),
                results.channelCounts(details.id()).orElse(null), results.rounds(details.id()),
                result.method() == VotingMethod.BUDGET ? results.budgetResult(details.id()).orElse(null) : null, outcomes, export, votes,
                () -> show(details.id())));
    }

    /** The projects and their review live in the budgeting module: linked by URL, like the consultation. */
    private Anchor projectsLink(Long id) {
        Anchor link = new Anchor("consultations/" + id + "/budget", getTranslation("budget.projects.open"));
        link.getElement().setAttribute("router-link", true);
        link.setId("voting-budget-link");
        link.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
        return link;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames(LumoUtility.TextColor.SECONDARY);
        return p;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("consultation.not-found.title") : getTranslation("voting.title", details.title());
    }
}
