package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.proposal.ProposalFilter;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** The proposals of one consultation, sorted and filtered; eligible residents start a new one here. */
@Route("consultations/:consultationId/proposals")
@AnonymousAllowed
public class ProposalsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The longest list whose whole length the scroll bar shows at once. */
    static final int COUNTED_UP_TO = 10_000;

    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final CategoryService categories;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private ConsultationChoices consultation;
    private ProposalGrid grid;
    private ProposalFilterBar filters;
    /** The filter the grid's length was counted for. */
    private ProposalFilter counted;

    public ProposalsView(ProposalService proposals, ConsultationService consultations, CategoryService categories,
                         PlaceService places, CurrentUser currentUser) {
        this.proposals = proposals;
        this.consultations = consultations;
        this.categories = categories;
        this.places = places;
        this.currentUser = currentUser;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        consultation = ProposalRoutes.idOf(event, ProposalRoutes.CONSULTATION_ID)
                .flatMap(id -> ConsultationChoices.load(id, consultations, categories, places)).orElse(null);
        if (consultation == null) {
            add(new H2(getTranslation("consultation.not-found.title")), new Paragraph(getTranslation("consultation.error.not-found")),
                    ProposalRoutes.link("consultations", getTranslation("consultation.back-to-list")));
            return;
        }
        build();
    }

    private void build() {
        Long id = consultation.id();
        Div back = new Div(ProposalRoutes.link(ProposalRoutes.consultationUrl(id),
                getTranslation("proposal.list.consultation", consultation.details().title())));
        back.addClassNames(LumoUtility.FontSize.SMALL);
        add(back, new H2(getTranslation("proposal.list.title")), new Paragraph(getTranslation("proposal.list.intro",
                consultation.details().endorsementThreshold())));
        proposeOrExplain();

        grid = new ProposalGrid();
        filters = new ProposalFilterBar(consultation, this::refresh);
        grid.setItems(q -> proposals.list(id, filters.filter(), filters.sort(), Paging.of(q, Sort.unsorted())).stream());
        // past the counted length the grid finds more as the reader nears its end, a counted length at a time
        grid.getLazyDataView().setItemCountEstimateIncrease(COUNTED_UP_TO);
        sizeScrollBar();
        // the first page goes out with the view, so the opened list asks the server nothing more
        grid.getDataCommunicator().setRequestedRange(0, grid.getPageSize());
        add(filters, grid);
    }

    private void refresh() {
        if (!filters.filter().equals(counted)) {
            sizeScrollBar();
        }
        grid.getDataProvider().refreshAll();
    }

    /**
     * The list's length as the grid's estimate, counted when the list opens and when the filter changes (not when the
     * order does): the scroll bar then reaches the last proposal, so a reader can drag it far down (Vaadin's default
     * of 200 rows, grown as the reader reaches its end, kept row 5,000 of a busy list minutes of dragging away). An
     * estimate, not a fixed size: if proposals are withdrawn meanwhile, the grid finds the real end when it gets there.
     * Counting stops at {@link #COUNTED_UP_TO}: a longer list's scroll bar first reaches that far, then grows.
     */
    private void sizeScrollBar() {
        counted = filters.filter();
        long count = proposals.count(consultation.id(), counted, COUNTED_UP_TO + 1);
        grid.getLazyDataView().setItemCountEstimate((int) Math.clamp(count, 1, COUNTED_UP_TO));
    }

    /** The "New proposal" button for whoever may propose now; for other signed-in users, why they may not. */
    private void proposeOrExplain() {
        Long id = consultation.id();
        boolean phaseAllows = consultation.details().phase().allowsProposals();
        Optional<Long> myGrid = proposals.myEligibleGrid(id);
        if (phaseAllows && myGrid.isPresent()) {
            Button create = new Button(getTranslation("proposal.new"), new Icon(VaadinIcon.PLUS),
                    e -> getUI().ifPresent(ui -> ui.navigate(ProposalEditorView.class, ProposalRoutes.editor(id, null))));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        } else if (currentUser.get().isPresent()) {
            Paragraph why = new Paragraph(getTranslation(phaseAllows ? "proposal.error.not-eligible" : "proposal.error.phase"));
            why.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(why);
        }
    }

    @Override
    public String getPageTitle() {
        return consultation == null ? getTranslation("consultation.not-found.title")
                : getTranslation("proposal.list.page-title", consultation.details().title());
    }
}
