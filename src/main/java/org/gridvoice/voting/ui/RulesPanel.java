package org.gridvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Arrays;
import java.util.List;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.Phase;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRules;
import org.gridvoice.voting.VotingRulesForm;
import org.gridvoice.voting.VotingRulesService;

/** The rules in plain words for everyone; for the committee, until voting opens, the form that sets them. */
class RulesPanel extends Div {

    final Select<VotingMethod> method = new Select<>();
    final IntegerField approvals = new IntegerField();
    final IntegerField accepted = new IntegerField();
    final IntegerField quorum = new IntegerField();
    final IntegerField threshold = new IntegerField();
    final Select<ResultVisibility> visibility = new Select<>();
    final Checkbox household = new Checkbox();

    /** A budget consultation's budget, or null: it votes only by {@link VotingMethod#BUDGET}, and only it may. */
    private final Budget budget;

    RulesPanel(ConsultationDetails details, VotingRules rules, Long electorate, VotingRulesService service, Budget budget, Runnable saved) {
        this.budget = budget;
        addClassName("gv-card");
        add(new H3(getTranslation("voting.rules")), summary(rules.form(), electorate, details.phase() == Phase.CLOSED));
        boolean editable = details.editable() && !rules.locked() && details.phase() != Phase.VOTING && details.phase() != Phase.CLOSED;
        if (editable && budget != null && rules.form().method() != VotingMethod.BUDGET) {
            Paragraph choose = new Paragraph(getTranslation("budget.rules.choose"));
            choose.setId("rules-budget-choose");
            choose.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.ERROR);
            add(choose);
        }
        if (editable) {
            add(form(details.id(), rules.form(), service, saved));
        } else if (rules.locked()) {
            Paragraph locked = new Paragraph(getTranslation("voting.rules.locked"));
            locked.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(locked);
        }
    }

    private UnorderedList summary(VotingRulesForm form, Long electorate, boolean closed) {
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("voting.rules.method." + form.method().name())));
        if (form.method() == VotingMethod.APPROVAL) {
            list.add(new ListItem(getTranslation("voting.rules.k-m", form.approvalsPerVoter(), form.acceptedCount())));
        }
        if (form.method() == VotingMethod.YES_NO_ABSTAIN) {
            list.add(new ListItem(getTranslation("voting.rules.threshold", form.thresholdPercent())));
        }
        if (form.method() == VotingMethod.BUDGET && budget != null) {
            list.add(new ListItem(getTranslation("budget.rules.explain", budget.totalYuan())));
        }
        list.add(new ListItem(form.quorumPercent() == 0 ? getTranslation("voting.rules.no-quorum")
                : getTranslation(form.onePerHousehold() ? "voting.rules.quorum.households" : "voting.rules.quorum", form.quorumPercent())));
        // once closed, when counts were shown is history: everyone sees the result now
        list.add(new ListItem(getTranslation(closed ? "voting.rules.visibility.closed" : "voting.rules.visibility." + form.visibility().name())));
        if (form.onePerHousehold()) {
            list.add(new ListItem(getTranslation("voting.rules.household")));
        }
        if (electorate != null) {
            list.add(new ListItem(getTranslation(form.onePerHousehold() ? "voting.rules.electorate.households" : "voting.rules.electorate",
                    electorate)));
        } else {
            list.add(new ListItem(getTranslation("voting.rules.electorate.later")));
        }
        return list;
    }

    private Div form(Long consultationId, VotingRulesForm current, VotingRulesService service, Runnable saved) {
        method.setLabel(getTranslation("voting.rules.field.method"));
        // a budget consultation votes by budget only, and no other consultation can
        List<VotingMethod> offered = budget != null ? List.of(VotingMethod.BUDGET)
                : Arrays.stream(VotingMethod.values()).filter(m -> m != VotingMethod.BUDGET).toList();
        method.setItems(offered);
        method.setItemLabelGenerator(m -> getTranslation("voting.rules.method." + m.name()));
        method.setValue(offered.contains(current.method()) ? current.method() : offered.getFirst());
        if (budget != null) {
            method.setHelperText(getTranslation("budget.rules.method.help"));
        }
        approvals.setLabel(getTranslation("voting.rules.field.k"));
        approvals.setHelperText(getTranslation("voting.rules.field.k.help"));
        accepted.setLabel(getTranslation("voting.rules.field.m"));
        accepted.setHelperText(getTranslation("voting.rules.field.m.help"));
        quorum.setLabel(getTranslation("voting.rules.field.quorum"));
        quorum.setHelperText(getTranslation("voting.rules.field.quorum.help"));
        threshold.setLabel(getTranslation("voting.rules.field.threshold"));
        for (IntegerField percent : new IntegerField[] {quorum, threshold}) {
            percent.setMin(0);
            percent.setMax(100);
            percent.setStepButtonsVisible(true);
        }
        approvals.setMin(1);
        accepted.setMin(1);
        approvals.setValue(current.approvalsPerVoter());
        accepted.setValue(current.acceptedCount());
        quorum.setValue(current.quorumPercent());
        threshold.setValue(current.thresholdPercent());
        visibility.setLabel(getTranslation("voting.rules.field.visibility"));
        visibility.setItems(ResultVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("voting.rules.visibility." + v.name()));
        visibility.setValue(current.visibility());
        household.setLabel(getTranslation("voting.rules.field.household"));
        household.setValue(current.onePerHousehold());
        Runnable methodChanged = () -> {
            boolean approval = method.getValue() == VotingMethod.APPROVAL;
            approvals.setVisible(approval);
            accepted.setVisible(approval);
            threshold.setVisible(method.getValue() == VotingMethod.YES_NO_ABSTAIN);
        };
        method.addValueChangeListener(e -> methodChanged.run());
        methodChanged.run();

        FormErrors errors = new FormErrors(this).bind("method", method).bind("approvalsPerVoter", approvals).bind("acceptedCount", accepted)
                .bind("quorumPercent", quorum).bind("thresholdPercent", threshold).bind("visibility", visibility);
        Button save = new Button(getTranslation("voting.rules.save"), e -> {
            VotingRulesForm form = new VotingRulesForm(method.getValue(), approvals.isVisible() ? approvals.getValue() : null,
                    accepted.isVisible() ? accepted.getValue() : null, orZero(quorum.getValue()), orZero(threshold.getValue()),
                    visibility.getValue(), household.getValue());
            if (errors.attempt(() -> service.setRules(consultationId, form))) {
                Toasts.success(getTranslation("voting.rules.saved"));
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph note = new Paragraph(getTranslation("voting.rules.edit-note"));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        method.setWidth("min(100%, 24em)");
        visibility.setWidth("min(100%, 24em)");
        Div fields = new Div(method, approvals, accepted, quorum, threshold, visibility, household);
        fields.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.BASELINE);
        return new Div(fields, note, save);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
