package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Consumer;
import org.gridvoice.meeting.MeetingDetails;
import org.gridvoice.meeting.RsvpAnswer;

/** "Will you come?": the counts for everyone, the three answers for a resident of the scope (theirs marked). */
class RsvpPanel extends Div {

    RsvpPanel(MeetingDetails details, boolean signedIn, Consumer<RsvpAnswer> answer) {
        setId("meeting-rsvp");
        add(new H3(getTranslation("meeting.rsvp.title")));
        Paragraph counts = new Paragraph(getTranslation("meeting.rsvp.counts", details.answers(RsvpAnswer.YES),
                details.answers(RsvpAnswer.MAYBE), details.answers(RsvpAnswer.NO)));
        counts.setId("meeting-rsvp-counts");
        add(counts);
        if (details.rsvpRefusal() == null) {
            Div buttons = new Div();
            buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
            for (RsvpAnswer a : RsvpAnswer.values()) {
                Button b = new Button(getTranslation("meeting.rsvp." + a.name()), e -> answer.accept(a));
                b.setId("meeting-rsvp-" + a.name().toLowerCase(java.util.Locale.ROOT));
                if (a == details.myAnswer()) {
                    b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    b.getElement().setAttribute("aria-pressed", "true");
                }
                buttons.add(b);
            }
            add(buttons);
            if (details.myAnswer() != null) {
                add(new Paragraph(getTranslation("meeting.rsvp.mine", getTranslation("meeting.rsvp." + details.myAnswer().name()))));
            }
        } else if (signedIn || !"meeting.error.sign-in".equals(details.rsvpRefusal())) {
            add(new Paragraph(getTranslation(details.rsvpRefusal())));
        } else {
            add(new Paragraph(getTranslation("meeting.rsvp.sign-in")));
        }
    }
}
