package org.gridvoice.proposal.ui;

import org.gridvoice.account.ReasonForm;
import org.gridvoice.shared.ui.ReasonDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.ui.CommentsPanel;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.proposal.ProposalDetails;
import org.gridvoice.proposal.ProposalMergeService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;

/** One proposal: what it asks, who asks it, its endorsements, and what the reader or its author may do. */
@Route("proposals/:id")
@AnonymousAllowed
public class ProposalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final CategoryService categories;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final ObjectProvider<CommentsPanel> comments;
    private final ModerationService moderation;
    private final ProposalMergeService merges;
    private ProposalDetails details;

    public ProposalView(ProposalService proposals, ConsultationService consultations, CategoryService categories,
                        CurrentUser currentUser, MarkdownRenderer markdown, ObjectProvider<CommentsPanel> comments,
                        ModerationService moderation, ProposalMergeService merges) {
        this.moderation = moderation;
        this.merges = merges;
        this.proposals = proposals;
        this.consultations = consultations;
        this.categories = categories;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.comments = comments;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(ProposalRoutes.idOf(event, ProposalRoutes.ID).orElse(null));
    }

    private void show(Long id) {
        removeAll();
        details = null;
        ConsultationDetails consultation = null;
        if (id != null) {
            try {
                details = proposals.details(id);
                consultation = consultations.details(details.summary().consultationId());
            } catch (InvalidInput notFound) {
                details = null;
            }
        }
        if (details == null) {
            add(new H2(getTranslation("proposal.not-found.title")), new Paragraph(getTranslation("proposal.error.not-found")),
                    ProposalRoutes.link("consultations", getTranslation("consultation.back-to-list")));
            return;
        }
        ProposalSummary summary = details.summary();
        Div back = new Div(new RouterLink(getTranslation("proposal.back-to-list", consultation.title()), ProposalsView.class,
                ProposalRoutes.list(summary.consultationId())));
        back.addClassNames(LumoUtility.FontSize.SMALL);
        ProposalProgressPanel progress = new ProposalProgressPanel(details.progress());
        add(back, new H2(summary.title()), badges(progress.badge));
        if (details.mergedInto() != null) {
            Paragraph merged = new Paragraph(getTranslation("proposal.merge.merged-into") + " ");
            merged.add(new RouterLink(Objects.requireNonNullElse(details.mergedIntoTitle(), "#" + details.mergedInto()), ProposalView.class,
                    ProposalRoutes.proposal(details.mergedInto())));
            merged.addClassNames("gv-proposal-merged", LumoUtility.FontWeight.SEMIBOLD);
            add(merged);
        }
        add(facts(), progress);
        if (consultations.budget(summary.consultationId()).isPresent()) {
            add(costFacts(summary));
        }
        if (summary.status() == ProposalStatus.WITHDRAWN && details.withdrawReason() != null) {
            Paragraph withdrawn = new Paragraph(getTranslation("proposal.withdrawn-reason", details.withdrawReason()));
            withdrawn.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            add(withdrawn);
        }
        Div body = new Div(new Html("<div>" + details.bodyHtml() + "</div>"));
        body.addClassName("gv-card");
        add(body, new EndorsementPanel(details, consultation.phase().allowsProposals(),
                () -> act(() -> proposals.endorse(id), "proposal.endorsed"),
                () -> act(() -> proposals.withdrawEndorsement(id), "proposal.endorse.taken-back")));
        Div actions = authorActions();
        if (details.earlierVersions() > 0) {
            Button versions = new Button(getTranslation("proposal.versions", details.earlierVersions()), new Icon(VaadinIcon.TIME_BACKWARD),
                    e -> new VersionsDialog(proposals.versions(id), markdown::toHtml).open());
            versions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(versions);
        }
        add(actions);
        report(summary).ifPresent(this::add);
        add(comments.getObject().show(new ContentRef(ContentRef.PROPOSAL, id)));
    }

    /**
     * A signed-in reader may report someone else's visible proposal once; afterwards it says they did. Readers who may
     * not report (not verified in its community, not its staff) read why instead of a link.
     */
    private Optional<Component> report(ProposalSummary summary) {
        Long me = currentUser.get().map(SignedInUser::id).orElse(null);
        if (me == null || me.equals(summary.authorId()) || details.hidden()) {
            return Optional.empty();
        }
        if (moderation.reportedByMe(ContentRef.PROPOSAL, List.of(summary.id())).contains(summary.id())) {
            Span reported = new Span(new Icon(VaadinIcon.FLAG), new Span(getTranslation("proposal.reported")));
            reported.addClassNames("gv-proposal-reported", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                    LumoUtility.Display.INLINE_FLEX, LumoUtility.Gap.XSMALL, LumoUtility.AlignItems.CENTER);
            return Optional.of(reported);
        }
        ContentRef ref = new ContentRef(ContentRef.PROPOSAL, summary.id());
        Optional<String> refusal = moderation.flagRefusal(ref);
        if (refusal.isPresent()) {
            // not offered as a link: the same reason the service would give, where the link would be
            Span refused = new Span(getTranslation(refusal.get()));
            refused.addClassNames("gv-proposal-report-refused", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            return Optional.of(new Div(refused));
        }
        Anchor link = new Anchor("flag/proposal/" + summary.id(), getTranslation("proposal.report"));
        link.getElement().setAttribute("router-link", true);
        link.addClassNames("gv-proposal-report", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return Optional.of(new Div(link));
    }

    /** The status badge (the endorsement panel says whether it is qualified: the status says it from then on). */
    private Div badges(StatusBadge status) {
        Div badges = new Div(status);
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        return badges;
    }

    private Div facts() {
        ProposalSummary s = details.summary();
        Div facts = new Div(new Paragraph(getTranslation("proposal.by", AuthorLabel.of(this, s))),
                new Paragraph(getTranslation("proposal.grid", s.gridName())));
        if (details.enteredByName() != null) {
            Paragraph entered = new Paragraph(getTranslation("attest.entered-by", details.enteredByName(), AuthorLabel.of(this, s)));
            entered.addClassName("gv-entered-by");
            facts.add(entered);
        }
        categories.activeCategories().stream().filter(c -> c.id().equals(s.categoryId())).findFirst().map(this::categoryName)
                .ifPresent(name -> facts.add(new Paragraph(getTranslation("proposal.category", name))));
        if (details.placeText() != null && !details.placeText().isBlank()) {
            facts.add(new Paragraph(getTranslation("proposal.place", details.placeText())));
        }
        Paragraph when = new Paragraph(getTranslation("proposal.posted", Dates.format(s.createdAt(), getLocale())));
        if (details.editedAt() != null) {
            when.setText(getTranslation("proposal.posted-edited", Dates.format(s.createdAt(), getLocale()),
                    Dates.format(details.editedAt(), getLocale())));
        }
        when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        facts.add(when);
        return facts;
    }

    /**
     * A budget consultation's proposal: the author's estimate, and a link to its feasibility review on the
     * projects page (the budgeting module builds on this one: linked by URL only).
     */
    private Div costFacts(ProposalSummary s) {
        Paragraph estimate = new Paragraph(proposals.costEstimate(s.id()).map(cost -> getTranslation("budget.proposal.estimate", cost))
                .orElseGet(() -> getTranslation("budget.proposal.estimate.none")));
        estimate.setId("proposal-cost");
        estimate.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Anchor review = ProposalRoutes.link("consultations/" + s.consultationId() + "/budget?proposal=" + s.id(),
                getTranslation("budget.proposal.review-link"));
        review.setId("proposal-review-link");
        return new Div(estimate, review);
    }

    private String categoryName(CategorySummary category) {
        return category.name(getLocale());
    }

    /**
     * Edit (while still editable), Withdraw (while open) and whether their name is shown, for the
     * author only; Merge into another proposal for the committee of the community.
     */
    private Div authorActions() {
        Div actions = new Div();
        actions.addClassName("gv-actions");
        ProposalSummary s = details.summary();
        boolean author = currentUser.get().map(SignedInUser::id).map(me -> Objects.equals(me, s.authorId())).orElse(false);
        if (details.editable()) {
            Button edit = new Button(getTranslation("action.edit"), new Icon(VaadinIcon.EDIT), e -> getUI().ifPresent(ui ->
                    ui.navigate(ProposalEditorView.class, ProposalRoutes.editor(s.consultationId(), s.id()))));
            actions.add(edit);
        }
        if (author && s.status().withdrawable()) {
            Button withdraw = new Button(getTranslation("proposal.withdraw"), new Icon(VaadinIcon.CLOSE_CIRCLE),
                    e -> new ReasonDialog(new ReasonDialog.Keys("proposal.withdraw.title", "proposal.withdraw.text",
                            "proposal.withdraw.reason", "proposal.withdraw.reason.help", "proposal.withdraw.confirm"), true,
                            text -> proposals.withdraw(s.id(), new ReasonForm(text)), () -> {
                        Toasts.success(getTranslation("proposal.withdrawn"));
                        show(s.id());
                    }, s.title()).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        if (author) {
            Checkbox showName = new Checkbox(getTranslation("proposal.form.show-name"), s.authorShown());
            showName.setHelperText(getTranslation("proposal.form.show-name.help"));
            showName.addValueChangeListener(e -> act(() -> proposals.showAuthorName(s.id(), e.getValue()), "proposal.form.show-name.saved"));
            actions.add(showName);
        }
        if (merges.mayMerge(s.consultationId())) {
            actions.add(MergeDialog.button(s, merges, () -> show(s.id())));
        }
        return actions;
    }

    private void act(Runnable call, String doneKey) {
        Long id = details.summary().id();
        if (new FormErrors(this).attempt(call)) {
            Toasts.success(getTranslation(doneKey));
        }
        show(id);
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("proposal.not-found.title") : details.summary().title();
    }
}
