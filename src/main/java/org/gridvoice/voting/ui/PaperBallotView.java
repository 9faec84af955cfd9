package org.gridvoice.voting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.gridvoice.account.VerifiedResidentSearch;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.voting.PaperBallotDesk;
import org.gridvoice.voting.PaperElector;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingRulesService;
import org.gridvoice.shared.ui.RouteIds;

/**
 * The committee desk for paper ballots (现场投票): staff of the vote's community find the elector who
 * came in person, see whether they have voted and how (never what), enter their ballot with a
 * second staff member as witness, and hand them the receipt code. Only while voting is open.
 */
@Route("consultations/:id/voting/paper")
@PermitAll
public class PaperBallotView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final VotingRulesService rules;
    private final VoteService votes;
    private final PaperBallotDesk desk;
    private final FeasibilityService feasibility;
    private ConsultationDetails details;
    final TextField search = new TextField();
    final Div results = new Div();
    final Div work = new Div();

    public PaperBallotView(ConsultationService consultations, ProposalService proposals, VotingRulesService rules, VoteService votes,
                           PaperBallotDesk desk, FeasibilityService feasibility) {
        this.feasibility = feasibility;
        this.consultations = consultations;
        this.proposals = proposals;
        this.rules = rules;
        this.votes = votes;
        this.desk = desk;
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
        Anchor back = new Anchor("consultations/" + id + "/voting", getTranslation("paper.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getTranslation("paper.title", details.title())));
        if (!desk.servesCommunityOf(id)) {
            add(note("paper.not-staff"));
            return;
        }
        if (!desk.mayRecord(id)) {
            add(note("paper.error.phase"));
            return;
        }
        add(new Paragraph(getTranslation("paper.intro")));
        search.setLabel(getTranslation("paper.search"));
        search.setHelperText(getTranslation("paper.search.help"));
        search.setMaxLength(60);
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setId("paper-search");
        Button find = new Button(getTranslation("paper.search.button"), new Icon(VaadinIcon.SEARCH), e -> find());
        find.setId("paper-search-button");
        search.addKeyDownListener(Key.ENTER, e -> find());
        Div row = new Div(search, find);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        results.setId("paper-results");
        results.getElement().setAttribute("aria-live", "polite");
        results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        work.setId("paper-work");
        add(row, results, work);
    }

    void find() {
        results.removeAll();
        work.removeAll();
        if (search.getValue().isBlank()) {
            results.add(note("paper.search.empty"));
            return;
        }
        List<PaperElector> found = desk.find(details.id(), search.getValue());
        if (found.isEmpty()) {
            results.add(note("paper.search.none"));
        }
        found.forEach(elector -> results.add(card(elector)));
        if (found.size() >= VerifiedResidentSearch.MAX_RESULTS) {
            results.add(note("paper.search.more"));
        }
    }

    private Div card(PaperElector elector) {
        Span name = new Span(elector.name());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
        Span address = new Span(getTranslation("paper.address", elector.building(), elector.unit(), elector.room()));
        address.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL);
        Span status = new Span(getTranslation("paper.status." + elector.status().name()));
        status.getElement().getThemeList().add(elector.status().allowsPaper() ? "badge" : "badge contrast");
        Button choose = new Button(getTranslation(elector.status() == PaperElector.Status.VOTED_PAPER ? "paper.choose.change" : "paper.choose"),
                e -> choose(elector));
        choose.setAriaLabel(getTranslation("paper.choose.aria", elector.name()));
        choose.setEnabled(elector.status().allowsPaper());
        Div card = new Div(name, address, status, choose);
        card.addClassNames("paper-elector", LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL,
                LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL, LumoUtility.AlignItems.START);
        return card;
    }

    private void choose(PaperElector elector) {
        results.removeAll();
        work.removeAll();
        BudgetBallot budget = BudgetBallot.of(details.id(), consultations, feasibility, proposals).orElse(null);
        work.add(new PaperBallotForm(details.id(), elector, rules.rules(details.id()).form(),
                budget == null ? proposals.ballot(details.id()) : budget.projects(), budget, votes, receipt -> showReceipt(elector, receipt)));
    }

    private void showReceipt(PaperElector elector, String receipt) {
        work.removeAll();
        Span code = new Span(receipt);
        code.setId("paper-receipt-code");
        code.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.Display.BLOCK, "gv-break-all");
        // large enough to read out and copy by hand onto the elector's slip
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("letter-spacing", "0.05em");
        Button print = new Button(getTranslation("paper.receipt.print"), new Icon(VaadinIcon.PRINT),
                e -> getElement().executeJs("window.print()"));
        Button next = new Button(getTranslation("paper.another"), e -> {
            work.removeAll();
            search.clear();
            search.focus();
        });
        next.setId("paper-another");
        Div box = new Div(new H3(getTranslation("paper.receipt.title")), new Paragraph(getTranslation("paper.receipt.text", elector.name())),
                code, new Div(print, next));
        box.setId("paper-receipt");
        box.addClassName("gv-card");
        box.getElement().setAttribute("role", "status");
        work.add(box);
    }

    private Paragraph note(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassNames(LumoUtility.TextColor.SECONDARY);
        return p;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("consultation.not-found.title") : getTranslation("paper.title", details.title());
    }
}
