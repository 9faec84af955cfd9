package org.gridvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.PaperElector;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingRulesForm;

/**
 * One elector's paper ballot as the method asks (empty: staff never see an earlier ballot), the
 * witness's sign-in name and password, and a confirmation before it is recorded.
 */
class PaperBallotForm extends Div {

    final BallotInputs inputs;
    final TextField witnessLogin = new TextField();
    final PasswordField witnessPassword = new PasswordField();
    final Button record;

    PaperBallotForm(Long consultationId, PaperElector elector, VotingRulesForm rules, List<ProposalSummary> ballot, BudgetBallot budget,
                    VoteService votes, Consumer<String> recorded) {
        setId("paper-form");
        addClassName("gv-card");
        add(new H3(getTranslation("paper.form.title", elector.name())));
        if (elector.status() == PaperElector.Status.VOTED_PAPER) {
            add(new Paragraph(getTranslation("paper.form.replaces")));
        }
        add(new Paragraph(getTranslation("voting.ballot.how." + rules.method().name(),
                rules.approvalsPerVoter() == null ? 0 : rules.approvalsPerVoter())));
        inputs = new BallotInputs(rules, ballot, Map.of(), "paper", budget);
        witnessLogin.setLabel(getTranslation("witness.login"));
        witnessLogin.setId("paper-witness-login");
        witnessLogin.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        witnessLogin.setWidthFull();
        witnessPassword.setLabel(getTranslation("witness.password"));
        witnessPassword.setId("paper-witness-password");
        witnessPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        witnessPassword.setWidthFull();
        Paragraph witnessHelp = new Paragraph(getTranslation("paper.witness.help"));
        witnessHelp.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        FormErrors errors = new FormErrors(this).bind("witness", witnessLogin);
        record = new Button(getTranslation("paper.record"), new Icon(VaadinIcon.CHECK), e -> Confirm.ask(this, "paper.confirm.title",
                "paper.confirm.text", "paper.record", () -> {
                    String[] receipt = {null};
                    boolean done = errors.attempt(() -> receipt[0] = votes.castOnPaper(consultationId, elector.userId(),
                            new BallotForm(inputs.choices()), witnessLogin.getValue(), witnessPassword.getValue()));
                    // the witness types their password again for every ballot
                    witnessPassword.clear();
                    if (done) {
                        recorded.accept(receipt[0]);
                    }
                }, elector.name()));
        record.setId("paper-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(inputs, new H3(getTranslation("paper.witness")), witnessHelp, witnessLogin, witnessPassword, record);
    }
}
