package org.gridvoice.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.gridvoice.casework.CaseGlance;
import org.gridvoice.casework.CaseOverviewService;
import org.gridvoice.discussion.CommentActivityService;
import org.gridvoice.proposal.ProposalActivityService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.request.RequestService;
import org.gridvoice.request.RequestSummary;
import org.gridvoice.voting.VoterActivityService;
import org.springframework.data.domain.Pageable;

/**
 * "My activity": the signed-in person's proposals, endorsements, comments, votes (receipts, never
 * choices), the cases they follow and the requests they filed or supported ("me too"), each with
 * its state now and a link. Every list is a lazy
 * grid that asks the database for one small page at a time.
 */
@Route("my-activity")
@PermitAll
public class MyActivityView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;

    final TabSheet tabs = new TabSheet();
    final Grid<ProposalSummary> proposalGrid;
    final Grid<ProposalSummary> endorsementGrid;
    final Grid<ActivityRows.CommentRow> commentGrid;
    final Grid<ActivityRows.VoteRow> voteGrid;
    final Grid<CaseGlance> caseGrid;
    final Grid<RequestSummary> requestGrid;

    public MyActivityView(ProposalActivityService proposals, CommentActivityService comments, VoterActivityService votes,
                          CaseOverviewService cases, RequestService requests, ActivityRows rows) {
        addClassName("gv-page");
        add(new H1(getTranslation("home.activity.title")));
        proposalGrid = grid("activity-proposals", "home.activity.proposals.none", page -> proposals.mine(page).getContent(),
                p -> HomeItems.proposal(this, p));
        endorsementGrid = grid("activity-endorsements", "home.activity.endorsements.none", page -> proposals.endorsedByMe(page).getContent(),
                p -> HomeItems.proposal(this, p));
        commentGrid = grid("activity-comments", "home.activity.comments.none", page -> rows.comments(comments.mine(page).getContent()),
                c -> rows.comment(this, c));
        voteGrid = grid("activity-votes", "home.activity.votes.none", page -> rows.votes(votes.myVotes(page).getContent()),
                v -> rows.vote(this, v));
        caseGrid = grid("activity-cases", "home.activity.cases.none", page -> cases.mine(page).getContent(), c -> HomeItems.kase(this, c));
        requestGrid = grid("activity-requests", "request.activity.none", page -> requests.mine(page).getContent(),
                r -> HomeItems.request(this, r));
        tabs.setWidthFull();
        tabs.add(getTranslation("home.activity.tab.proposals"), proposalGrid);
        tabs.add(getTranslation("home.activity.tab.endorsements"), endorsementGrid);
        tabs.add(getTranslation("home.activity.tab.comments"), commentGrid);
        tabs.add(getTranslation("home.activity.tab.votes"), voteGrid);
        tabs.add(getTranslation("home.activity.tab.cases"), caseGrid);
        tabs.add(getTranslation("request.activity.tab"), requestGrid);
        add(tabs);
    }

    /** A one-column lazy grid: each row drawn by {@code row}; a page is fetched only when scrolled to. */
    private <T> Grid<T> grid(String id, String emptyKey, SerializableFunction<Pageable, List<T>> fetch,
                             SerializableFunction<T, Component> row) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(new ComponentRenderer<>(row::apply)).setHeader(getTranslation("home.activity.column"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setPageSize(PAGE);
        grid.setHeight("min(70vh, 40em)");
        grid.setItems((Query<T, Void> query) -> fetch.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.activity.title");
    }
}
