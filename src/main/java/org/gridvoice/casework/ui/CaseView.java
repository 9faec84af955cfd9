package org.gridvoice.casework.ui;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.gridvoice.casework.CaseChainService;
import org.gridvoice.casework.CaseBudget;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseEvent;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.CaseStep;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.FeedbackService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.photo.ui.PhotoPicker;
import org.gridvoice.place.OfficeService;
import org.gridvoice.shared.validation.InvalidInput;

/**
 * A case in public: the residents' words exactly as routed, where the case stands with its due
 * times, and its whole timeline. Its office acts here; residents who were asked confirm here.
 */
@Route("cases/:id")
@AnonymousAllowed
public class CaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final CaseWorkflow workflow;
    private final FeedbackService feedback;
    private final OfficeService offices;
    private final Clock clock;
    private final CaseChainService chain;
    private final PhotoService photos;
    private final CurrentUser currentUser;
    /** The page title; the case itself (its whole timeline) is not kept once shown: it would stay in the session. */
    private String title;

    public CaseView(CaseService cases, CaseWorkflow workflow, FeedbackService feedback, OfficeService offices, Clock clock,
                    CaseChainService chain, PhotoService photos, CurrentUser currentUser) {
        this.chain = chain;
        this.photos = photos;
        this.currentUser = currentUser;
        this.cases = cases;
        this.workflow = workflow;
        this.feedback = feedback;
        this.offices = offices;
        this.clock = clock;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(event.getRouteParameters().get("id").map(Long::valueOf).orElse(null));
        } catch (NumberFormatException notANumber) {
            show(null);
        }
    }

    void show(Long id) {
        removeAll();
        title = null;
        CaseDetails details = null;
        if (id != null) {
            try {
                details = cases.details(id);
            } catch (InvalidInput notFound) {
                details = null;
            }
        }
        if (details == null) {
            add(new H2(getTranslation("casework.not-found.title")), new Paragraph(getTranslation("casework.error.not-found")));
            return;
        }
        Long caseId = details.id();
        title = getTranslation("casework.case.title", caseId, details.title());
        add(new H2(title), badges(details),
                new CaseStandingFacts(details, LocalDateTime.now(clock)));
        if (details.actions().may(CaseStep.FEEDBACK)) {
            // what the office says it did: the note of its latest resolution
            String whatWasDone = details.events().stream().filter(e -> e.kind() == CaseEventKind.RESOLVED).reduce((first, last) -> last)
                    .map(CaseEvent::note).orElse(null);
            add(new FeedbackPanel(details.id(), details.standing().office(), whatWasDone, details.source() == CaseSource.REQUEST, feedback,
                    () -> show(caseId)));
        }
        CaseBudget budget = cases.budget(details.id()).orElse(null);
        if (details.actions().anyOfficeStep()) {
            add(new CaseActionsPanel(details, budget, LocalDate.now(clock), workflow, offices, () -> new PhotoPicker(photos, currentUser, CaseWorkflow.MAX_PHOTOS),
                    () -> show(caseId)));
        }
        if (budget != null) {
            add(new BudgetProgressCard(budget));
        }
        add(new SnapshotCard(details));
        if (details.standing().officeSummary() != null) {
            Div summary = new Div(new H3(getTranslation("casework.office-summary")), new Paragraph(details.standing().officeSummary()));
            summary.addClassName("gv-card");
            add(summary);
        }
        if (details.status() == CaseStatus.RESOLVED || details.status() == CaseStatus.CLOSED) {
            add(new FeedbackTallyCard(feedback.tally(details.id())));
        }
        add(new CaseTimeline(details.events()));
        add(new CaseChainPanel(details.id(), chain));
    }

    private Div badges(CaseDetails details) {
        Div badges = new Div(CaseTexts.status(this, details.status()), CaseTexts.source(this, details.source()));
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        if (details.dates().lateAt() != null && details.status().open()) {
            badges.add(CaseTexts.badge(this, "casework.badge.late", "badge error"));
        }
        if (details.dates().escalatedAt() != null) {
            badges.add(CaseTexts.badge(this, "casework.badge.escalated", "badge error primary"));
        }
        if (details.standing().fallback()) {
            badges.add(CaseTexts.badge(this, "casework.badge.fallback", "badge contrast"));
        }
        return badges;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("casework.not-found.title") : title;
    }
}
