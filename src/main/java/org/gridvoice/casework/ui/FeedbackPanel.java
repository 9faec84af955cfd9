package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.casework.FeedbackForm;
import org.gridvoice.casework.FeedbackService;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.Satisfaction;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** The two separate questions to a resident who was asked about a resolved case. */
class FeedbackPanel extends Div {

    final RadioButtonGroup<Resolution> resolution = new RadioButtonGroup<>();
    final RadioButtonGroup<Satisfaction> satisfaction = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();

    /**
     * {@code whatWasDone}: the office's own words when it marked the case resolved (null if there are none);
     * {@code request}: the case is a resident's request, which its requester filed or others backed with "me too".
     */
    FeedbackPanel(Long caseId, String office, String whatWasDone, boolean request, FeedbackService feedback, Runnable answered) {
        addClassName("gv-card");
        setId("case-feedback");
        add(new H3(getTranslation("casework.feedback.title")),
                new Paragraph(getTranslation(request ? "casework.feedback.text-request" : "casework.feedback.text")));
        if (whatWasDone != null && !whatWasDone.isBlank()) {
            Paragraph says = new Paragraph(getTranslation("casework.feedback.office-says", office));
            says.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Bottom.NONE);
            Paragraph words = new Paragraph(whatWasDone);
            words.setId("case-feedback-resolution");
            words.addClassNames(LumoUtility.Border.LEFT, LumoUtility.Padding.Left.MEDIUM, LumoUtility.Margin.Top.XSMALL);
            add(says, words);
        }
        resolution.setLabel(getTranslation("casework.feedback.resolution"));
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(r -> getTranslation("casework.resolution." + r.name()));
        resolution.setRequiredIndicatorVisible(true);
        satisfaction.setLabel(getTranslation("casework.feedback.satisfaction"));
        satisfaction.setItems(Satisfaction.values());
        satisfaction.setItemLabelGenerator(s -> getTranslation("casework.satisfaction." + s.name()));
        satisfaction.setRequiredIndicatorVisible(true);
        comment.setLabel(getTranslation("casework.feedback.comment"));
        comment.setMaxLength(1000);
        comment.setWidthFull();
        FormErrors errors = new FormErrors(this).bind("resolution", resolution).bind("satisfaction", satisfaction).bind("comment", comment);
        Button send = new Button(getTranslation("casework.feedback.send"), e -> {
            if (errors.attempt(() -> feedback.answer(caseId, new FeedbackForm(resolution.getValue(), satisfaction.getValue(),
                    comment.getValue())))) {
                Toasts.success(getTranslation("casework.feedback.thanks"));
                answered.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(resolution, satisfaction, comment, send);
    }
}
