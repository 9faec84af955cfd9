package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.proposal.ProposalDetails;

/**
 * "3 / 5 endorsements" with the qualified badge, and the one endorsement action the reader has:
 * endorse, take it back, or a disabled Endorse button with the reason next to it.
 */
class EndorsementPanel extends Div {

    final Span count = new Span();
    final Span refusal = new Span();
    final Button action;

    EndorsementPanel(ProposalDetails details, boolean phaseAllows, Runnable endorse, Runnable takeBack) {
        count.setText(getTranslation("proposal.endorsements", details.summary().endorsementCount(), details.endorsementThreshold()));
        count.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div line = new Div(count);
        if (details.summary().qualified()) {
            line.add(new QualifiedBadge());
        }
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);

        if (details.endorsedByMe()) {
            action = new Button(getTranslation("proposal.endorse.take-back"), new Icon(VaadinIcon.ARROW_BACKWARD), e -> takeBack.run());
            if (!phaseAllows) {
                disable(getTranslation("proposal.error.phase"));
            } else {
                refusal.setText(getTranslation("proposal.endorse.mine"));
            }
        } else {
            action = new Button(getTranslation("proposal.endorse"), new Icon(VaadinIcon.THUMBS_UP), e -> endorse.run());
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (!details.endorsable()) {
                disable(details.endorseRefusal() == null ? "" : getTranslation(details.endorseRefusal()));
            }
        }
        refusal.setId("proposal-endorse-note");
        refusal.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        action.getElement().setAttribute("aria-describedby", "proposal-endorse-note");
        Div actions = new Div(action, refusal);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        add(line, actions);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL, LumoUtility.Margin.Vertical.MEDIUM);
    }

    private void disable(String why) {
        action.setEnabled(false);
        action.setTooltipText(why);
        refusal.setText(why);
    }
}
