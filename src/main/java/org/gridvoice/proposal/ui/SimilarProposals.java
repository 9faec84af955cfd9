package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.proposal.SimilarProposal;

/**
 * While a title is typed: open proposals that look alike, so the resident may endorse one
 * instead of posting the same again. Links open in a new tab and keep what was typed.
 */
class SimilarProposals extends Div {

    private final UnorderedList list = new UnorderedList();

    SimilarProposals() {
        getElement().setAttribute("aria-live", "polite");
        list.addClassNames(LumoUtility.Margin.NONE, LumoUtility.Padding.Left.MEDIUM);
        addClassNames(LumoUtility.FontSize.SMALL);
        setVisible(false);
    }

    void show(List<SimilarProposal> similar) {
        removeAll();
        list.removeAll();
        setVisible(!similar.isEmpty());
        if (similar.isEmpty()) {
            return;
        }
        for (SimilarProposal p : similar.stream().limit(5).toList()) {
            Anchor link = new Anchor(ProposalRoutes.proposalUrl(p.id()),
                    getTranslation("proposal.similar.item", p.title(), p.endorsementCount()));
            link.setTarget(AnchorTarget.BLANK);
            list.add(new ListItem(link));
        }
        Span heading = new Span(getTranslation("proposal.similar.title"));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(heading, list);
    }

    List<Anchor> links() {
        return list.getChildren().flatMap(item -> item.getChildren()).map(Anchor.class::cast).toList();
    }
}
