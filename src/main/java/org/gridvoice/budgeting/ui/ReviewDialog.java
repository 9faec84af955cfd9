package org.gridvoice.budgeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.gridvoice.budgeting.Feasibility;
import org.gridvoice.budgeting.FeasibilityForm;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.budgeting.ProjectReview;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * A reviewer's verdict on one proposal: feasible or not with the public reason, and optionally a corrected
 * cost with its public note. Checked here for a quick answer and again by the service, whose refusals
 * appear next to the fields; the dialog closes only when the review is recorded.
 */
class ReviewDialog extends Dialog {

    final RadioButtonGroup<Boolean> verdict = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final IntegerField cost = new IntegerField();
    final TextArea note = new TextArea();
    final Button save;

    ReviewDialog(ProjectReview project, Long capYuan, FeasibilityService service, Runnable reviewed) {
        setHeaderTitle(getTranslation("budget.review.title", project.title()));
        setWidth("min(560px, 95vw)");
        setId("review-dialog");
        Paragraph estimate = new Paragraph(project.estimateYuan() == null ? getTranslation("budget.review.no-estimate")
                : getTranslation("budget.review.estimate", project.estimateYuan()));
        verdict.setLabel(getTranslation("budget.review.verdict"));
        verdict.setItems(true, false);
        verdict.setItemLabelGenerator(feasible -> getTranslation(feasible ? "budget.review.feasible" : "budget.review.infeasible"));
        verdict.setRequiredIndicatorVisible(true);
        verdict.setId("review-verdict");
        reason.setLabel(getTranslation("budget.review.reason"));
        reason.setHelperText(getTranslation("budget.review.reason.help"));
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("review-reason");
        cost.setLabel(getTranslation("budget.review.cost"));
        cost.setHelperText(capYuan == null ? getTranslation("budget.review.cost.help")
                : getTranslation("budget.review.cost.help.cap", capYuan));
        cost.setMin(1);
        cost.setMax(100_000_000);
        cost.setSuffixComponent(new Span(getTranslation("budget.yuan.unit")));
        cost.setId("review-cost");
        note.setLabel(getTranslation("budget.review.note"));
        note.setHelperText(getTranslation("budget.review.note.help"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setId("review-note");
        if (project.feasibility() != Feasibility.PENDING) {
            verdict.setValue(project.feasibility() == Feasibility.FEASIBLE);
            reason.setValue(project.reason() == null ? "" : project.reason());
            if (project.costYuan() != null && !project.costYuan().equals(project.estimateYuan())) {
                cost.setValue(Math.toIntExact(project.costYuan()));
                note.setValue(project.costNote() == null ? "" : project.costNote());
            }
        }
        cost.setWidth("min(100%, 18em)");
        // a field marked as missing is cleared as soon as it is filled in
        verdict.addValueChangeListener(e -> verdict.setInvalid(false));
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        note.addValueChangeListener(e -> note.setInvalid(false));
        add(estimate, verdict, reason, cost, note);
        if (project.overCap()) {
            Paragraph overCap = new Paragraph(getTranslation("budget.review.over-cap", capYuan == null ? 0 : capYuan));
            overCap.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.ERROR);
            add(overCap);
        }
        FormErrors errors = new FormErrors(this).bind("feasible", verdict).bind("reason", reason).bind("correctedCostYuan", cost)
                .bind("costNote", note);
        save = new Button(getTranslation("budget.review.save"), e -> {
            if (!complete()) {
                return;
            }
            FeasibilityForm form = new FeasibilityForm(verdict.getValue(), reason.getValue(),
                    cost.getValue() == null ? null : cost.getValue().longValue(), note.getValue());
            if (errors.attempt(() -> service.review(project.proposalId(), form))) {
                Toasts.success(getTranslation("budget.review.saved"));
                close();
                reviewed.run();
            }
        });
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** What can be told before asking the service: a verdict, a reason, and a note for a corrected cost. */
    private boolean complete() {
        boolean ok = true;
        verdict.setInvalid(verdict.getValue() == null);
        verdict.setErrorMessage(verdict.isInvalid() ? getTranslation("validation.required") : null);
        ok &= !verdict.isInvalid();
        boolean noReason = reason.getValue().isBlank();
        reason.setInvalid(noReason);
        reason.setErrorMessage(noReason ? getTranslation("validation.required") : null);
        ok &= !noReason;
        if (cost.isInvalid()) {
            ok = false;
        }
        boolean noteMissing = cost.getValue() != null && note.getValue().isBlank();
        note.setInvalid(noteMissing);
        note.setErrorMessage(noteMissing ? getTranslation("budget.review.note.required") : null);
        ok &= !noteMissing;
        return ok;
    }
}
