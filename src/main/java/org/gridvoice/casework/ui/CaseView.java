package org.gridvoice.casework.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.casework.CaseChainService;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseEvent;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.FeedbackService;
import org.gridvoice.casework.FeedbackTally;
import org.gridvoice.casework.SnapshotComment;
import org.gridvoice.place.OfficeService;
import org.gridvoice.shared.ui.Dates;
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
    private CaseDetails details;

    public CaseView(CaseService cases, CaseWorkflow workflow, FeedbackService feedback, OfficeService offices, Clock clock,
                    CaseChainService chain) {
        this.chain = chain;
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
        details = null;
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
        Div badges = new Div(CaseTexts.status(this, details.status()));
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        if (details.lateAt() != null && details.status().open()) {
            badges.add(badge("casework.badge.late", "badge error"));
        }
        if (details.escalatedAt() != null) {
            badges.add(badge("casework.badge.escalated", "badge error primary"));
        }
        if (details.fallback()) {
            badges.add(badge("casework.badge.fallback", "badge contrast"));
        }
        add(new H2(getTranslation("casework.case.title", details.id(), details.title())), badges, standing());
        if (details.actions().feedback()) {
            // what the office says it did: the note of its latest resolution
            String whatWasDone = details.events().stream().filter(e -> e.kind() == CaseEventKind.RESOLVED).reduce((first, last) -> last)
                    .map(CaseEvent::note).orElse(null);
            add(new FeedbackPanel(details.id(), details.office(), whatWasDone, feedback, () -> show(details.id())));
        }
        if (hasActions()) {
            add(new CaseActionsPanel(details, workflow, offices, () -> show(details.id())));
        }
        add(snapshot());
        if (details.officeSummary() != null) {
            Div summary = new Div(new H3(getTranslation("casework.office-summary")), new Paragraph(details.officeSummary()));
            summary.addClassName("gv-card");
            add(summary);
        }
        if (details.status() == CaseStatus.RESOLVED || details.status() == CaseStatus.CLOSED) {
            add(feedbackTally(feedback.tally(details.id())));
        }
        add(timeline(details.events()));
        add(new CaseChainPanel(details.id(), chain));
    }

    private boolean hasActions() {
        var a = details.actions();
        return a.accept() || a.update() || a.resolve() || a.transfer() || a.reject() || a.assign() || a.note();
    }

    private Div standing() {
        LocalDateTime now = LocalDateTime.now(clock);
        Div facts = new Div();
        facts.setId("case-standing");
        facts.add(new Paragraph(getTranslation("casework.case.office", details.office())));
        if (!details.coOffices().isEmpty()) {
            facts.add(new Paragraph(getTranslation("casework.case.co-offices", String.join(getTranslation("list.separator"), details.coOffices()))));
        }
        if (details.status() == CaseStatus.NEW) {
            facts.add(new Paragraph(getTranslation("casework.case.response-due", Dates.format(details.responseDueAt(), getLocale()),
                    CaseTexts.timeLeft(this, details.responseDueAt(), now))));
        }
        if (details.status().open()) {
            facts.add(new Paragraph(getTranslation("casework.case.resolution-due", Dates.format(details.resolutionDueAt(), getLocale()),
                    CaseTexts.timeLeft(this, details.resolutionDueAt(), now))));
        }
        if (details.expectedAt() != null && details.status().open()) {
            facts.add(new Paragraph(getTranslation("casework.case.expected", Dates.format(details.expectedAt(), getLocale()))));
        }
        if (details.status() == CaseStatus.CLOSED && details.closedAt() != null) {
            // on time when the office resolved it by its resolution deadline (the residents' confirmation may come later)
            boolean onTime = details.resolvedAt() != null && !details.resolvedAt().isAfter(details.resolutionDueAt());
            Paragraph closed = new Paragraph(getTranslation(onTime ? "casework.case.closed.on-time" : "casework.case.closed.late",
                    Dates.format(details.closedAt(), getLocale()), Dates.format(details.resolutionDueAt(), getLocale())));
            closed.setId("case-closed");
            facts.add(closed);
        }
        if (details.status() == CaseStatus.RESOLVED && details.feedbackUntil() != null) {
            facts.add(new Paragraph(getTranslation("casework.case.feedback-until", Dates.format(details.feedbackUntil(), getLocale()))));
        }
        facts.add(new Paragraph(getTranslation("casework.case.hops", details.hops())));
        facts.add(new Paragraph(getTranslation("casework.case.routed", details.routedBy(), Dates.format(details.routedAt(), getLocale()))));
        if (details.routeNote() != null) {
            facts.add(new Paragraph(getTranslation("casework.case.route-note", details.routeNote())));
        }
        return facts;
    }

    private Div snapshot() {
        Div card = new Div();
        card.addClassName("gv-card");
        card.setId("case-snapshot");
        Paragraph note = new Paragraph(getTranslation("casework.snapshot.note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Anchor proposal = new Anchor("proposals/" + details.proposalId(), getTranslation("casework.snapshot.proposal-link"));
        proposal.getElement().setAttribute("router-link", true);
        Anchor consultation = new Anchor("consultations/" + details.consultationId() + "/voting",
                getTranslation("casework.snapshot.consultation", details.consultation()));
        consultation.getElement().setAttribute("router-link", true);
        String category = "zh".equals(getLocale().getLanguage()) ? details.categoryZh() : details.categoryEn();
        card.add(new H3(getTranslation("casework.snapshot")), note,
                new Paragraph(getTranslation("casework.snapshot.meta", details.author(), category, details.grid(), details.endorsements())));
        if (details.place() != null && !details.place().isBlank()) {
            card.add(new Paragraph(getTranslation("casework.snapshot.place", details.place())));
        }
        Div body = new Div(new Html("<div>" + details.bodyHtml() + "</div>"));
        body.setId("case-residents-words");
        body.addClassName("gv-markdown");
        card.add(body, new Paragraph(vote()), new Div(proposal), new Div(consultation));
        for (String stance : List.of("FOR", "AGAINST")) {
            List<SnapshotComment> side = details.comments().stream().filter(c -> c.stance().equals(stance)).toList();
            if (!side.isEmpty()) {
                card.add(new H3(getTranslation("casework.snapshot.comments." + stance)));
                side.forEach(c -> {
                    Div comment = new Div(new Span(getTranslation("casework.snapshot.comment-by", c.author(), c.upvotes())),
                            new Html("<div>" + c.bodyHtml() + "</div>"));
                    comment.addClassNames(LumoUtility.Border.LEFT, LumoUtility.Padding.Left.MEDIUM, LumoUtility.Margin.Vertical.SMALL);
                    card.add(comment);
                });
            }
        }
        return card;
    }

    private String vote() {
        String[] v = details.vote().split(";");
        return switch (v[0]) {
            case "YES_NO_ABSTAIN" -> getTranslation("casework.snapshot.vote.yna", v[1], v[2], v[3], v[5], v[6]);
            case "APPROVAL" -> getTranslation("casework.snapshot.vote.approval", v[4], v[5], v[6]);
            default -> getTranslation("casework.snapshot.vote.ranked", v[4], v[5], v[6]);
        };
    }

    private Div feedbackTally(FeedbackTally tally) {
        Div box = new Div(new H3(getTranslation("casework.feedback.tally")));
        box.setId("case-feedback-tally");
        box.addClassName("gv-card");
        box.add(new Paragraph(getTranslation("casework.feedback.tally.asked", tally.asked(), tally.answered())));
        tally.resolution().forEach((answer, n) -> box.add(new Span(getTranslation("casework.feedback.count",
                getTranslation("casework.resolution." + answer.name()), n))));
        tally.satisfaction().forEach((answer, n) -> box.add(new Span(getTranslation("casework.feedback.count",
                getTranslation("casework.satisfaction." + answer.name()), n))));
        box.getChildren().filter(c -> c instanceof Span).forEach(c -> ((Span) c).addClassNames(LumoUtility.Display.BLOCK));
        return box;
    }

    private Div timeline(List<CaseEvent> events) {
        Div box = new Div(new H3(getTranslation("casework.timeline")));
        box.setId("case-timeline");
        OrderedList list = new OrderedList();
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
        for (CaseEvent e : events) {
            ListItem item = new ListItem();
            item.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.Padding.Vertical.SMALL);
            Span when = new Span(Dates.format(e.at(), getLocale()) + (e.actor() == null ? "" : " · " + e.actor()));
            when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
            Span what = new Span(getTranslation("casework.event.line." + e.kind().name(), e.office() == null ? "" : e.office(),
                    e.toOffice() == null ? "" : e.toOffice()));
            what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            item.add(when, what);
            if (e.internal()) {
                item.add(badge("casework.badge.internal", "badge contrast small"));
            }
            if (e.note() != null && e.kind() == CaseEventKind.CONFIRMED) {
                // the answers on the first line, the resident's comment after it
                int end = e.note().indexOf('\n');
                Paragraph answers = new Paragraph(confirmation(end < 0 ? e.note() : e.note().substring(0, end)));
                answers.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
                item.add(answers);
                if (end >= 0) {
                    Paragraph comment = new Paragraph(getTranslation("casework.event.comment", e.note().substring(end + 1)));
                    comment.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
                    item.add(comment);
                }
            } else if (e.note() != null) {
                Paragraph note = new Paragraph(e.note());
                note.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
                item.add(note);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private String confirmation(String note) {
        String resolution = "";
        String satisfaction = "";
        for (String part : note.split(";")) {
            if (part.startsWith("resolution=")) {
                resolution = getTranslation("casework.resolution." + part.substring("resolution=".length()));
            } else if (part.startsWith("satisfaction=")) {
                satisfaction = getTranslation("casework.satisfaction." + part.substring("satisfaction=".length()));
            }
        }
        return getTranslation("casework.event.confirmation", resolution, satisfaction);
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("casework.not-found.title") : getTranslation("casework.case.title", details.id(), details.title());
    }
}
