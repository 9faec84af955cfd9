package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gridvoice.proposal.ProposalVersion;
import org.gridvoice.shared.ui.Dates;

/** The wordings a proposal had before its author changed it, oldest first. */
class VersionsDialog extends Dialog {

    VersionsDialog(List<ProposalVersion> versions, UnaryOperator<String> markdown) {
        setHeaderTitle(getTranslation("proposal.versions.title"));
        setWidth("min(720px, 95vw)");
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("proposal.versions.empty")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
        for (ProposalVersion version : versions) {
            Span when = new Span(getTranslation("proposal.versions.replaced", Dates.format(version.replacedAt(), getLocale())));
            when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            String html = markdown.apply(version.body());
            ListItem item = new ListItem(when, new H4(version.title()));
            if (!html.isBlank()) {
                item.add(new Div(new Html("<div>" + html + "</div>")));
            }
            item.addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
            list.add(item);
        }
        add(list);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
