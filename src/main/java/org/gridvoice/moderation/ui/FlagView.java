package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.moderation.FlagForm;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.moderation.ReportSubject;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;

/**
 * Reporting a proposal or a comment to the committee. Other screens link here by URL only
 * ({@code flag/comment/123}, {@code flag/proposal/45}). The form shows what is reported (author, where,
 * an excerpt, a link to it); after sending, the reader lands back on the content, marked as reported by them.
 */
@Route("flag/:type/:id")
@PermitAll
public class FlagView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TYPE = "type";
    static final String ID = "id";
    private static final Set<String> FLAGGABLE = Set.of(ContentRef.PROPOSAL, ContentRef.COMMENT);

    private final ModerationService moderation;
    final RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    private ContentRef target;
    private ReportSubject subject;

    public FlagView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        target = targetOf(event).orElse(null);
        subject = null;
        if (target != null) {
            try {
                subject = moderation.subject(target);
            } catch (InvalidInput notReportable) {
                target = null;
            }
        }
        if (target == null) {
            add(new H2(getTranslation("moderation.flag.invalid.title")), new Paragraph(getTranslation("moderation.flag.invalid")));
        } else if (subject.reportedByMe()) {
            Paragraph already = new Paragraph(getTranslation("moderation.flag.reported-already"));
            add(new H2(getPageTitle()), subjectCard(), already, backLink());
        } else {
            // the reason the service would refuse with, before the reader fills in anything
            moderation.flagRefusal(target).ifPresentOrElse(refusal -> {
                Paragraph refused = new Paragraph(getTranslation(refusal));
                refused.addClassName("gv-report-refused");
                add(new H2(getPageTitle()), subjectCard(), refused);
            }, this::showForm);
        }
    }

    /** The content named by the URL, or empty when the type is not flaggable or the id is not a number. */
    static Optional<ContentRef> targetOf(BeforeEnterEvent event) {
        String type = event.getRouteParameters().get(TYPE).orElse(null);
        if (type == null || !FLAGGABLE.contains(type)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            return id > 0 ? Optional.of(new ContentRef(type, id)) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void showForm() {
        reason.setLabel(getTranslation("moderation.flag.reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(ModerationTexts.reasonKey(r)));
        reason.setRequiredIndicatorVisible(true);
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.clear();
        reason.setInvalid(false);

        note.setLabel(getTranslation("moderation.flag.note"));
        note.setHelperText(getTranslation("moderation.flag.note.help"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.clear();
        note.setInvalid(false);

        FormErrors errors = new FormErrors(this).bind("reason", reason).bind("note", note);
        Button submit = new Button(getTranslation("moderation.flag.submit"), e -> {
            if (errors.attempt(() -> moderation.flag(new FlagForm(target, reason.getValue(), note.getValue())))) {
                Toasts.success(getTranslation("moderation.flag.sent." + target.type()));
                backToContent();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> backToContent());
        Div buttons = new Div(cancel, submit);
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.Margin.Top.MEDIUM);

        Div form = new Div(reason, note, buttons);
        form.addClassName("gv-card");
        form.setMaxWidth("640px");
        add(new H2(getPageTitle()), subjectCard(), new Paragraph(getTranslation("moderation.flag.intro")), form);
    }

    /** Who wrote what is reported, where it is, an excerpt, and a link to it in place. */
    private Div subjectCard() {
        Paragraph what = new Paragraph(getTranslation("moderation.flag.what." + target.type(),
                subject.authorName() == null ? getTranslation("proposal.author.a-resident") : subject.authorName(), subject.context() == null ? "" : subject.context()));
        what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div card = new Div(what);
        if (!subject.excerpt().isEmpty()) {
            Paragraph excerpt = new Paragraph(subject.excerpt());
            excerpt.addClassNames("gv-report-excerpt", LumoUtility.TextColor.SECONDARY);
            excerpt.getStyle().set("white-space", "pre-wrap").set("border-inline-start", "3px solid var(--lumo-contrast-20pct)")
                    .set("padding-inline-start", "var(--lumo-space-s)");
            card.add(excerpt);
        }
        card.add(backLink());
        card.addClassNames("gv-card", LumoUtility.Margin.Bottom.MEDIUM);
        card.setMaxWidth("640px");
        return card;
    }

    private Anchor backLink() {
        Anchor link = new Anchor(subject.route(), getTranslation("moderation.flag.open"));
        link.addClassName("gv-report-link");
        return link;
    }

    // the route names the comment after '#', which the router does not carry: navigate, then put the anchor back and scroll to it
    private void backToContent() {
        String route = subject.route();
        int hash = route.indexOf('#');
        UI ui = UI.getCurrent();
        ui.navigate(hash < 0 ? route : route.substring(0, hash));
        if (hash >= 0) {
            ui.getPage().executeJs("history.replaceState(history.state, '', $0);"
                    + " setTimeout(() => document.getElementById($1)?.scrollIntoView({block: 'center'}), 0);",
                    route, route.substring(hash + 1));
        }
    }

    @Override
    public String getPageTitle() {
        return target == null ? getTranslation("moderation.flag.invalid.title")
                : getTranslation("moderation.flag.title." + target.type());
    }
}
