package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Objects;
import java.util.Optional;
import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.BudgetForm;
import org.gridvoice.consultation.Phase;
import org.gridvoice.shared.ui.FormErrors;

/**
 * The budget of a budget consultation (民生微实事): a switch, the total in yuan and an optional cap per
 * project. Saved on its own after the consultation (the service decides; refusals appear here). Fixed
 * once voting has opened.
 */
class BudgetFields extends Div {

    final Checkbox enabled = new Checkbox();
    final IntegerField total = new IntegerField();
    final IntegerField cap = new IntegerField();
    private Budget saved;

    BudgetFields() {
        setId("consultation-budget-fields");
        addClassName("gv-card");
        enabled.setLabel(getTranslation("budget.field.enabled"));
        enabled.setHelperText(getTranslation("budget.field.enabled.help"));
        enabled.setId("budget-enabled");
        total.setLabel(getTranslation("budget.field.total"));
        total.setHelperText(getTranslation("budget.field.total.help"));
        total.setId("budget-total");
        cap.setLabel(getTranslation("budget.field.cap"));
        cap.setHelperText(getTranslation("budget.field.cap.help"));
        cap.setId("budget-cap");
        for (IntegerField field : new IntegerField[] {total, cap}) {
            field.setMin(1);
            field.setMax(100_000_000);
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("budget.yuan.unit")));
            field.setWidth("min(100%, 16em)");
        }
        total.setRequiredIndicatorVisible(true);
        enabled.addValueChangeListener(e -> showAmounts());
        Div amounts = new Div(total, cap);
        amounts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        add(new H3(getTranslation("budget.field.title")), enabled, amounts);
        showAmounts();
    }

    /** The budget as saved (empty for an ordinary consultation); fixed once voting has opened. */
    void fill(Optional<Budget> budget, Phase phase) {
        saved = budget.orElse(null);
        enabled.setValue(saved != null);
        if (saved != null) {
            total.setValue(Math.toIntExact(saved.totalYuan()));
            cap.setValue(saved.maxProjectYuan() == null ? null : Math.toIntExact(saved.maxProjectYuan()));
        }
        if (phase == Phase.VOTING || phase == Phase.CLOSED) {
            enabled.setEnabled(false);
            total.setEnabled(false);
            cap.setEnabled(false);
            Paragraph fixed = new Paragraph(getTranslation("budget.field.fixed"));
            fixed.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(fixed);
        }
        showAmounts();
    }

    private void showAmounts() {
        total.setVisible(enabled.getValue());
        cap.setVisible(enabled.getValue());
    }

    FormErrors errors(Component owner) {
        return new FormErrors(owner).bind("totalYuan", total).bind("maxProjectYuan", cap).bind("budget", total);
    }

    /** The budget to save, or null to make the consultation ordinary. */
    BudgetForm form() {
        if (!enabled.getValue()) {
            return null;
        }
        return new BudgetForm(total.getValue() == null ? null : total.getValue().longValue(),
                cap.getValue() == null ? null : cap.getValue().longValue());
    }

    /** Whether saving would change anything (an unchanged budget is not saved again: every change is on the record). */
    boolean changed() {
        if (!enabled.isEnabled()) {
            return false;
        }
        BudgetForm form = form();
        if (form == null || saved == null) {
            return form != null || saved != null;
        }
        return !Objects.equals(form.totalYuan(), saved.totalYuan()) || !Objects.equals(form.maxProjectYuan(), saved.maxProjectYuan());
    }

    /** After a successful save, what is saved now. */
    void saved(Long consultationId) {
        BudgetForm form = form();
        saved = form == null ? null : new Budget(consultationId, form.totalYuan(), form.maxProjectYuan());
    }
}
