package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.TransferForm;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** The steps the office (or the coordinator) may take on the case now, each asking for what it needs. */
class CaseActionsPanel extends Div {

    CaseActionsPanel(CaseDetails details, CaseWorkflow workflow, OfficeService offices, Runnable changed) {
        addClassName("gv-card");
        setId("case-actions");
        add(new H3(getTranslation("casework.actions")));
        Div buttons = new Div();
        buttons.addClassName("gv-actions");
        Long id = details.id();
        var can = details.actions();
        Runnable done = () -> {
            Toasts.success(getTranslation("casework.step.done"));
            changed.run();
        };
        if (can.accept()) {
            Button accept = new Button(getTranslation("casework.step.accept"), new Icon(VaadinIcon.CHECK), e -> Confirm.ask(this,
                    "casework.step.accept.title", "casework.step.accept.text", "casework.step.accept", () -> {
                        if (new FormErrors(this).attempt(() -> workflow.accept(id, null))) {
                            done.run();
                        }
                    }));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(accept);
        }
        if (can.update()) {
            buttons.add(button("update", VaadinIcon.EDIT, () -> new StepDialog("update", null, true, true,
                    in -> workflow.update(id, new CaseNoteForm(in.note(), in.expectedAt())), done)));
        }
        if (can.resolve()) {
            Button resolve = button("resolve", VaadinIcon.FLAG_CHECKERED, () -> new StepDialog("resolve", null, false, true,
                    in -> workflow.resolve(id, new CaseNoteForm(in.note(), null)), done));
            resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(resolve);
        }
        List<OfficeSummary> others = offices.activeOffices().stream().filter(o -> !o.id().equals(details.officeId())).toList();
        if (can.transfer()) {
            buttons.add(button("transfer", VaadinIcon.EXCHANGE, () -> new StepDialog("transfer", others, false, true,
                    in -> workflow.transfer(id, new TransferForm(in.officeId(), in.note())), done)));
        }
        if (can.reject()) {
            Button reject = button("reject", VaadinIcon.BAN, () -> new StepDialog("reject", null, false, true,
                    in -> workflow.reject(id, new TransferForm(details.officeId(), in.note())), done));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(reject);
        }
        if (can.assign()) {
            Button assign = button("assign", VaadinIcon.USER_CHECK, () -> new StepDialog("assign", others, false, true,
                    in -> workflow.assign(id, new TransferForm(in.officeId(), in.note())), done));
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(assign);
        }
        if (can.update()) {
            buttons.add(button("summary", VaadinIcon.FILE_TEXT, () -> new StepDialog("summary", null, false, true,
                    in -> workflow.summarise(id, new CaseNoteForm(in.note(), null)), done)));
        }
        if (can.note()) {
            buttons.add(button("note", VaadinIcon.LOCK, () -> new StepDialog("note", null, false, true,
                    in -> workflow.note(id, new CaseNoteForm(in.note(), null)), done)));
        }
        add(buttons);
    }

    private Button button(String key, VaadinIcon icon, java.util.function.Supplier<StepDialog> dialog) {
        return new Button(getTranslation("casework.step." + key), new Icon(icon), e -> dialog.get().open());
    }
}
