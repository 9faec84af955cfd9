package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.gridvoice.meeting.MeetingCorrection;
import org.gridvoice.meeting.MeetingDetails;
import org.gridvoice.meeting.MeetingMinutes;
import org.gridvoice.meeting.MinutesForm;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * The minutes: published ones for everyone, with their correction notes; for the committee the draft
 * (saved and published once, with a confirmation) and, after publication, a form for a correction note.
 */
class MinutesPanel extends Div {

    MinutesPanel(MeetingDetails details, MeetingMinutes minutes, Runnable reload) {
        setId("meeting-minutes");
        add(new H3(getTranslation("meeting.minutes.title")));
        if (details.minutesHtml() != null) {
            add(new Paragraph(getTranslation("meeting.minutes.published-at", Dates.format(details.minutesPublishedAt(), getLocale()))));
            Div text = new Div(new Html("<div>" + details.minutesHtml() + "</div>"));
            text.addClassName("gv-card");
            add(text);
            for (MeetingCorrection c : details.corrections()) {
                Div note = new Div(new H4(getTranslation("meeting.correction.title", Dates.format(c.createdAt(), getLocale()))),
                        new Html("<div>" + c.noteHtml() + "</div>"));
                note.addClassNames("gv-card", "gv-meeting-correction");
                add(note);
            }
        } else if (!details.committee()) {
            add(new Paragraph(getTranslation("meeting.minutes.none")));
        }
        if (!details.committee()) {
            return;
        }
        if (details.steps().minutesRefusal() == null) {
            TextArea draft = new TextArea(getTranslation("meeting.minutes.draft"));
            draft.setId("meeting-minutes-draft");
            draft.setHelperText(getTranslation("meeting.minutes.draft.help"));
            draft.setValue(details.minutesDraft() == null ? "" : details.minutesDraft());
            draft.setWidthFull();
            draft.setMinHeight("10em");
            FormErrors errors = new FormErrors(this).bind("markdown", draft);
            Button save = new Button(getTranslation("meeting.minutes.save"), e -> {
                if (errors.attempt(() -> minutes.saveDraft(details.id(), new MinutesForm(draft.getValue())))) {
                    Toasts.success(getTranslation("meeting.minutes.saved"));
                }
            });
            Button publish = new Button(getTranslation("meeting.minutes.publish"), e -> Confirm.ask(this, "meeting.minutes.publish.title",
                    "meeting.minutes.publish.text", "meeting.minutes.publish", () -> {
                        if (errors.attempt(() -> {
                            minutes.saveDraft(details.id(), new MinutesForm(draft.getValue()));
                            minutes.publish(details.id());
                        })) {
                            Toasts.success(getTranslation("meeting.minutes.published"));
                            reload.run();
                        }
                    }));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            String notYet = details.steps().publishMinutesRefusal();
            publish.setEnabled(notYet == null);
            if (notYet != null) {
                publish.setTooltipText(getTranslation(notYet));
            }
            Div actions = new Div(save, publish);
            actions.addClassName("gv-actions");
            add(draft, actions);
        } else if (details.steps().correctionRefusal() == null) {
            TextArea note = new TextArea(getTranslation("meeting.correction.new"));
            note.setId("meeting-correction");
            note.setHelperText(getTranslation("meeting.correction.help"));
            note.setWidthFull();
            FormErrors errors = new FormErrors(this).bind("markdown", note);
            Button add = new Button(getTranslation("meeting.correction.add"), e -> Confirm.ask(this, "meeting.correction.confirm.title",
                    "meeting.correction.confirm.text", "meeting.correction.add", () -> {
                        if (errors.attempt(() -> minutes.correct(details.id(), new MinutesForm(note.getValue())))) {
                            Toasts.success(getTranslation("meeting.correction.added"));
                            reload.run();
                        }
                    }));
            add(note, add);
        }
    }
}
