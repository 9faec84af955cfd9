package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.proposal.ProposalDetails;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;

/** A verified resident writes a new proposal (no proposal id) or rewords their own while that is still allowed. */
@Route("consultations/:consultationId/proposals/editor/:proposalId?")
@PermitAll
public class ProposalEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final CategoryService categories;
    private final PlaceService places;
    private final MarkdownRenderer markdown;
    private ConsultationChoices consultation;
    private ProposalDetails editing;
    private boolean unavailable;

    public ProposalEditorView(ProposalService proposals, ConsultationService consultations, CategoryService categories,
                              PlaceService places, MarkdownRenderer markdown) {
        this.proposals = proposals;
        this.consultations = consultations;
        this.categories = categories;
        this.places = places;
        this.markdown = markdown;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editing = null;
        unavailable = false;
        consultation = ProposalRoutes.idOf(event, ProposalRoutes.CONSULTATION_ID)
                .flatMap(id -> ConsultationChoices.load(id, consultations, categories, places)).orElse(null);
        if (consultation == null) {
            refuse("proposal.editor.unavailable");
            return;
        }
        if (event.getRouteParameters().get(ProposalRoutes.PROPOSAL_ID).isPresent()) {
            editing = ProposalRoutes.idOf(event, ProposalRoutes.PROPOSAL_ID).flatMap(this::editable).orElse(null);
            if (editing == null) {
                refuse("proposal.editor.unavailable");
                return;
            }
            build(null);
            return;
        }
        Optional<Long> myGrid = proposals.myEligibleGrid(consultation.id());
        if (!consultation.details().phase().allowsProposals()) {
            refuse("proposal.error.phase");
        } else if (myGrid.isEmpty()) {
            refuse("proposal.error.not-eligible");
        } else {
            build(myGrid.get());
        }
    }

    /** The user's own proposal of this consultation, while they may still reword it. */
    private Optional<ProposalDetails> editable(Long id) {
        try {
            return Optional.of(proposals.details(id))
                    .filter(d -> d.editable() && d.summary().consultationId().equals(consultation.id()));
        } catch (InvalidInput notFound) {
            return Optional.empty();
        }
    }

    private void refuse(String reasonKey) {
        unavailable = true;
        add(new H2(getTranslation("proposal.editor.unavailable.title")), new Paragraph(getTranslation(reasonKey)));
        if (consultation != null) {
            add(new RouterLink(getTranslation("proposal.back-to-list", consultation.details().title()), ProposalsView.class,
                    ProposalRoutes.list(consultation.id())));
        }
    }

    private void build(Long myGrid) {
        ProposalFormFields fields = new ProposalFormFields(consultation, title -> proposals.similar(consultation.id(), title),
                markdown::toHtml);
        add(new H2(getPageTitle()));
        if (editing == null) {
            add(new Paragraph(getTranslation("proposal.editor.new.intro", consultation.details().title())));
            fields.startNew(myGrid);
        } else {
            add(new Paragraph(getTranslation("proposal.editor.edit.intro")));
            fields.fill(editing);
            if (consultation.budget().isPresent()) {
                fields.fillCost(proposals.costEstimate(editing.summary().id()).orElse(null));
            }
        }
        FormErrors errors = fields.errors(this);
        Button save = new Button(getTranslation(editing == null ? "proposal.editor.post" : "action.save"), e -> save(fields, errors));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> leave(editing == null ? null : editing.summary().id()));
        Div actions = new Div(save, cancel);
        actions.addClassName("gv-actions");
        add(fields, actions);
    }

    private void save(ProposalFormFields fields, FormErrors errors) {
        ProposalForm form = fields.form();
        fields.showWriteTab();
        AtomicReference<Long> saved = new AtomicReference<>(editing == null ? null : editing.summary().id());
        boolean ok = errors.attempt(() -> {
            if (editing == null) {
                saved.set(proposals.create(form));
            } else {
                proposals.edit(editing.summary().id(), editing.version(), form);
            }
        });
        if (ok) {
            Toasts.success(getTranslation(editing == null ? "proposal.created" : "proposal.saved"));
            leave(saved.get());
        }
    }

    private void leave(Long id) {
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(ProposalsView.class, ProposalRoutes.list(consultation.id()));
            } else {
                ui.navigate(ProposalView.class, ProposalRoutes.proposal(id));
            }
        });
    }

    @Override
    public String getPageTitle() {
        if (unavailable || consultation == null) {
            return getTranslation("proposal.editor.unavailable.title");
        }
        return editing == null ? getTranslation("proposal.editor.new") : getTranslation("proposal.editor.edit", editing.summary().title());
    }
}
