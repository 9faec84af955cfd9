package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.meeting.AgendaDecision;
import org.gridvoice.meeting.AgendaDecisionForm;
import org.gridvoice.meeting.AgendaDecisionMethod;
import org.gridvoice.meeting.AgendaDecisionService;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;

/**
 * One agenda item at the desk: its recorded decision (and, for a passed proposal, the route button or
 * its case), or the record form: show of hands or consensus, the second committee member's sign-in
 * name and password, a confirmation; or referral to an online vote.
 */
class MeetingDeskItem extends Div {

    private final Long meetingId;
    private final AgendaDecision item;
    private final AgendaDecisionService decisions;
    private final Runnable changed;
    final RadioButtonGroup<AgendaDecisionMethod> method = new RadioButtonGroup<>();
    final IntegerField votesFor = count("meetingdesk.for");
    final IntegerField votesAgainst = count("meetingdesk.against");
    final IntegerField votesAbstain = count("meetingdesk.abstain");
    final TextArea consensus = new TextArea();
    final TextField witnessLogin = new TextField();
    final PasswordField witnessPassword = new PasswordField();

    MeetingDeskItem(Long meetingId, AgendaDecision item, AgendaDecisionService decisions, boolean open, Runnable changed) {
        this.meetingId = meetingId;
        this.item = item;
        this.decisions = decisions;
        this.changed = changed;
        setId("desk-item-" + item.position());
        addClassNames("gv-card", "desk-item");
        H4 title = new H4(getTranslation("meetingdesk.item.title", item.position(), item.title()));
        title.addClassNames(LumoUtility.Margin.Top.NONE);
        add(title);
        if (item.linksProposal()) {
            Anchor proposal = new Anchor("proposals/" + item.linkId(), getTranslation("meetingdesk.item.proposal", item.linkTitle()));
            proposal.getElement().setAttribute("router-link", true);
            add(new Div(proposal));
        }
        if (item.recorded()) {
            showDecision();
        } else if (open) {
            showForm();
        }
    }

    private void showDecision() {
        Div decision = new Div();
        decision.addClassName("desk-decision");
        decision.getElement().setAttribute("role", "status");
        if (item.method() == AgendaDecisionMethod.REFERRED) {
            Anchor draft = new Anchor("consultations/editor/" + item.referredConsultationId(), getTranslation("meetingdesk.referred.link"));
            draft.getElement().setAttribute("router-link", true);
            decision.add(new Span(getTranslation("meetingdesk.referred") + " "), draft);
            add(decision);
            return;
        }
        Span verdict = new Span(getTranslation(Boolean.TRUE.equals(item.passed()) ? "meetingdesk.decided.passed" : "meetingdesk.decided.failed"));
        verdict.getElement().getThemeList().add(Boolean.TRUE.equals(item.passed()) ? "badge success" : "badge error");
        Paragraph line = new Paragraph(item.method() == AgendaDecisionMethod.SHOW_OF_HANDS
                ? getTranslation("meetingdesk.decided.hands", item.votesFor(), item.votesAgainst(), item.votesAbstain(), item.present())
                : getTranslation("meetingdesk.decided.consensus", item.present()));
        decision.add(verdict, line);
        if (item.method() == AgendaDecisionMethod.CONSENSUS && item.consensusHtml() != null) {
            Div note = new Div(new Html("<div>" + item.consensusHtml() + "</div>"));
            note.addClassName("gv-markdown");
            decision.add(note);
        }
        if (item.caseId() != null) {
            Anchor c = new Anchor("cases/" + item.caseId(), getTranslation("meetingdesk.routed", String.valueOf(item.caseId())));
            c.getElement().setAttribute("router-link", true);
            c.setId("desk-case-" + item.position());
            decision.add(new Div(c));
        } else if (item.routable()) {
            Button route = new Button(getTranslation("meetingdesk.route"), new Icon(VaadinIcon.ARROW_FORWARD), e -> Confirm.ask(this,
                    "meetingdesk.route.title", "meetingdesk.route.text", "meetingdesk.route", () -> {
                        if (new FormErrors(this).attempt(() -> decisions.route(meetingId, item.itemId()))) {
                            changed.run();
                        }
                    }, item.linkTitle()));
            route.setId("desk-route-" + item.position());
            route.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decision.add(route);
        }
        add(decision);
    }

    private void showForm() {
        method.setLabel(getTranslation("meetingdesk.method"));
        method.setItems(AgendaDecisionMethod.SHOW_OF_HANDS, AgendaDecisionMethod.CONSENSUS);
        method.setItemLabelGenerator(m -> getTranslation("meetingdesk.method." + m.name()));
        method.setValue(AgendaDecisionMethod.SHOW_OF_HANDS);
        votesFor.setId("desk-for-" + item.position());
        votesAgainst.setId("desk-against-" + item.position());
        votesAbstain.setId("desk-abstain-" + item.position());
        Div counts = new Div(votesFor, votesAgainst, votesAbstain);
        counts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        consensus.setLabel(getTranslation("meetingdesk.consensus"));
        consensus.setMaxLength(10_000);
        consensus.setWidthFull();
        consensus.setVisible(false);
        method.addValueChangeListener(e -> {
            boolean hands = e.getValue() == AgendaDecisionMethod.SHOW_OF_HANDS;
            counts.setVisible(hands);
            consensus.setVisible(!hands);
        });
        witnessLogin.setLabel(getTranslation("witness.login"));
        witnessLogin.setAutocomplete(Autocomplete.OFF);
        witnessLogin.setId("desk-witness-login-" + item.position());
        witnessLogin.setWidthFull();
        witnessPassword.setLabel(getTranslation("witness.password"));
        witnessPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        witnessPassword.setId("desk-witness-password-" + item.position());
        witnessPassword.setWidthFull();
        Paragraph help = new Paragraph(getTranslation("meetingdesk.witness.help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        FormErrors errors = new FormErrors(this).bind("votesFor", votesFor).bind("votesAgainst", votesAgainst)
                .bind("votesAbstain", votesAbstain).bind("consensus", consensus).bind("witness", witnessLogin);
        Button record = new Button(getTranslation("meetingdesk.record"), new Icon(VaadinIcon.CHECK), e -> Confirm.ask(this,
                "meetingdesk.record.title", "meetingdesk.record.text", "meetingdesk.record", () -> {
                    AgendaDecisionForm form = method.getValue() == AgendaDecisionMethod.CONSENSUS ? AgendaDecisionForm.consensus(consensus.getValue())
                            : new AgendaDecisionForm(AgendaDecisionMethod.SHOW_OF_HANDS, votesFor.getValue(), votesAgainst.getValue(),
                                    votesAbstain.getValue(), null);
                    boolean done = errors.attempt(() -> decisions.record(meetingId, item.itemId(), form, witnessLogin.getValue(),
                            witnessPassword.getValue()));
                    // the second signatory types their password again for every decision
                    witnessPassword.clear();
                    if (done) {
                        changed.run();
                    }
                }, item.title()));
        record.setId("desk-record-" + item.position());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refer = new Button(getTranslation("meetingdesk.refer"), e -> Confirm.ask(this, "meetingdesk.refer.title", "meetingdesk.refer.text",
                "meetingdesk.refer", () -> {
                    if (new FormErrors(this).attempt(() -> decisions.refer(meetingId, item.itemId()))) {
                        changed.run();
                    }
                }, item.title()));
        refer.setId("desk-refer-" + item.position());
        refer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H4 witness = new H4(getTranslation("meetingdesk.witness"));
        Div actions = new Div(record, refer);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        add(method, counts, consensus, witness, help, witnessLogin, witnessPassword, actions);
    }

    private IntegerField count(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setStepButtonsVisible(false);
        field.setWidth("7rem");
        return field;
    }
}
