package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.gridvoice.casework.CaseBudget;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseStep;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.TransferForm;
import org.gridvoice.photo.ui.PhotoPicker;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** The steps the office (or the coordinator) may take on the case now (as the case's lifecycle says), each asking for what it needs. */
class CaseActionsPanel extends Div {

    /** {@code pickers} makes a photo picker for the signed-in staff member's uploads. */
    CaseActionsPanel(CaseDetails details, CaseBudget budget, java.time.LocalDate today, CaseWorkflow workflow, OfficeService offices,
                     java.util.function.Supplier<PhotoPicker> pickers, Runnable changed) {
        addClassName("gv-card");
        setId("case-actions");
        add(new H3(getTranslation("casework.actions")));
        Div buttons = new Div();
        buttons.addClassName("gv-actions");
        Long id = details.id();
        var can = details.actions();
        if (can.coHandling()) {
            add(new Paragraph(getTranslation("casework.actions.co-handling", details.standing().office())));
        }
        if (can.may(CaseStep.ACCEPT)) {
            Button accept = new Button(getTranslation("casework.step.accept"), new Icon(VaadinIcon.CHECK), e -> Confirm.ask(this,
                    "casework.step.accept.title", "casework.step.accept.text", "casework.step.accept", () -> {
                        if (new FormErrors(this).attempt(() -> workflow.accept(id, null))) {
                            done("casework.step.accept.done", changed);
                        }
                    }));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(accept);
        }
        if (can.may(CaseStep.UPDATE)) {
            // the expected date is the lead office's promise, not a co-handling office's
            buttons.add(button("update", VaadinIcon.EDIT, () -> new StepDialog("update", null, null, !can.coHandling(), true,
                    StepDialog.Photos.ONE, pickers, in -> workflow.update(id, new CaseNoteForm(in.note(), in.expectedAt()), in.photos()),
                    in -> done("casework.step.update.done", changed))));
        }
        if (budget != null && can.may(CaseStep.PROGRESS)) {
            Button progress = new Button(getTranslation("casework.step.progress"), new Icon(VaadinIcon.PROGRESSBAR),
                    e -> new ProgressDialog(budget.percent(), today, form -> workflow.progress(id, form),
                            () -> done("casework.step.progress.done", changed)).open());
            progress.setId("case-progress");
            buttons.add(progress);
        }
        if (can.may(CaseStep.RESOLVE)) {
            // a funded project's resolution says what it cost; any other's goes as before
            Button resolve = button("resolve", VaadinIcon.FLAG_CHECKERED, () -> {
                StepDialog dialog = new StepDialog("resolve", resolveText(details), null, false, true, StepDialog.Photos.BEFORE_AFTER, pickers,
                        in -> {
                            if (budget == null) {
                                workflow.resolve(id, new CaseNoteForm(in.note(), null), in.before(), in.after());
                            } else {
                                workflow.resolve(id, new CaseNoteForm(in.note(), null), in.before(), in.after(), in.spentYuan());
                            }
                        }, in -> done("casework.step.resolve.done", changed));
                return budget == null ? dialog : dialog.askSpend(java.text.NumberFormat.getIntegerInstance(getLocale()).format(budget.budgetYuan()));
            });
            resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(resolve);
        }
        List<OfficeSummary> others = offices.activeOffices().stream().filter(o -> !o.id().equals(details.standing().officeId())).toList();
        if (can.may(CaseStep.TRANSFER)) {
            buttons.add(button("transfer", VaadinIcon.EXCHANGE, () -> new StepDialog("transfer", others, false, true,
                    in -> workflow.transfer(id, new TransferForm(in.officeId(), in.note())),
                    in -> done(can.transferGoesToCoordinator() ? "casework.step.transfer.done-coordinator" : "casework.step.transfer.done", changed,
                            name(others, in.officeId())))));
        }
        if (can.may(CaseStep.REJECT)) {
            Button reject = button("reject", VaadinIcon.BAN, () -> new StepDialog("reject", null, false, true,
                    in -> workflow.reject(id, new TransferForm(details.standing().officeId(), in.note())), in -> done("casework.step.reject.done", changed)));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(reject);
        }
        if (can.may(CaseStep.ASSIGN)) {
            Button assign = button("assign", VaadinIcon.USER_CHECK, () -> new StepDialog("assign", others, false, true,
                    in -> workflow.assign(id, new TransferForm(in.officeId(), in.note())),
                    in -> done("casework.step.assign.done", changed, name(others, in.officeId()))));
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(assign);
        }
        if (can.may(CaseStep.SUMMARISE)) {
            buttons.add(button("summary", VaadinIcon.FILE_TEXT, () -> new StepDialog("summary", null, false, true,
                    in -> workflow.summarise(id, new CaseNoteForm(in.note(), null)), in -> done("casework.step.summary.done", changed))));
        }
        if (can.may(CaseStep.NOTE)) {
            buttons.add(button("note", VaadinIcon.LOCK, () -> new StepDialog("note", null, null, false, true,
                    StepDialog.Photos.ONE, pickers, in -> workflow.note(id, new CaseNoteForm(in.note(), null), in.photos()),
                    in -> done("casework.step.note.done", changed))));
        }
        add(buttons);
    }

    // a request's case asks its requester and "me too" supporters, not a proposal's author and endorsers
    private static String resolveText(CaseDetails details) {
        return details.source() == org.gridvoice.casework.CaseSource.REQUEST ? "casework.step.resolve.text-request" : null;
    }

    private static String name(List<OfficeSummary> offices, Long officeId) {
        return offices.stream().filter(o -> o.id().equals(officeId)).map(OfficeSummary::name).findFirst().orElse("");
    }

    /** Says what happened ("Case accepted."), then shows the case as it is now. */
    private void done(String key, Runnable changed, Object... args) {
        Toasts.success(getTranslation(key, args));
        changed.run();
    }

    private Button button(String key, VaadinIcon icon, java.util.function.Supplier<StepDialog> dialog) {
        return new Button(getTranslation("casework.step." + key), new Icon(icon), e -> dialog.get().open());
    }
}
