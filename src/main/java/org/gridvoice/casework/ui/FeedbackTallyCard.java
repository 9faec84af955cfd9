package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.casework.FeedbackTally;

/** How the residents asked about a resolved case answered so far: how many were asked and the count of each answer. */
class FeedbackTallyCard extends Div {

    FeedbackTallyCard(FeedbackTally tally) {
        setId("case-feedback-tally");
        addClassName("gv-card");
        add(new H3(getTranslation("casework.feedback.tally")));
        add(new Paragraph(getTranslation("casework.feedback.tally.asked", tally.asked(), tally.answered())));
        tally.resolution().forEach((answer, n) -> count(getTranslation("casework.resolution." + answer.name()), n));
        tally.satisfaction().forEach((answer, n) -> count(getTranslation("casework.satisfaction." + answer.name()), n));
    }

    private void count(String answer, int n) {
        Span count = new Span(getTranslation("casework.feedback.count", answer, n));
        count.addClassNames(LumoUtility.Display.BLOCK);
        add(count);
    }
}
