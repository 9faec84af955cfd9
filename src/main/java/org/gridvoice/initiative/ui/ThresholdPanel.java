package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.initiative.Threshold;

/**
 * The public counter: households and adult residents who signed, each of its total with what the rule needs,
 * a progress bar towards the nearer one, and against which figures it is counted. Names are never shown here.
 */
class ThresholdPanel extends Div {

    final Span households = new Span();
    final Span adults = new Span();

    ThresholdPanel(Threshold t) {
        setId("initiative-counter");
        addClassName("gv-card");
        households.setText(getTranslation("initiative.counter.households", t.households(), t.householdTotal(), t.householdsNeeded()));
        households.setId("initiative-households");
        adults.setText(getTranslation("initiative.counter.adults", t.signers(), t.adults(), t.adultsNeeded()));
        adults.setId("initiative-adults");
        households.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        adults.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Div measures = new Div(households, adults);
        measures.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        ProgressBar bar = new ProgressBar(0, 1, t.progress());
        bar.getElement().setAttribute("aria-label", getTranslation("initiative.counter.progress"));
        if (t.met()) {
            bar.addThemeName("success");
        }
        Paragraph rule = new Paragraph(getTranslation("initiative.counter.rule", t.percent()) + " "
                + getTranslation(t.stated() ? "initiative.counter.roll-stated" : "initiative.counter.roll-verified"));
        rule.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(new H3(getTranslation("initiative.counter.title")), measures, bar, rule);
        if (t.residentsGroups() > 0) {
            Paragraph groups = new Paragraph(getTranslation("initiative.counter.groups", t.groupsPercent(), t.residentsGroups(), t.groupsNeeded()));
            groups.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            groups.setId("initiative-groups");
            add(groups);
        }
    }
}
