package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.gridvoice.casework.CaseChainLink;
import org.gridvoice.casework.CaseChainService;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseVerification;
import org.gridvoice.shared.ui.Dates;

/**
 * The case on the public audit chain: a link to the entry that covers each public step, and "verify
 * this case", which anyone may run; its answer is read out by screen readers (a live region).
 */
class CaseChainPanel extends Div {

    final Button verify = new Button();
    final Paragraph result = new Paragraph();

    CaseChainPanel(Long caseId, CaseChainService chain) {
        addClassName("gv-card");
        setId("case-chain");
        add(new H3(getTranslation("casework.chain.title")), new Paragraph(getTranslation("casework.chain.intro")));
        List<CaseChainLink> links = chain.links(caseId);
        if (links.isEmpty()) {
            add(new Paragraph(getTranslation("casework.chain.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("case-chain-entries");
            list.addClassNames(LumoUtility.FontSize.SMALL);
            for (CaseChainLink link : links) {
                // the export is plain JSON Lines, not a view of the app: a normal link, no router
                Anchor entry = new Anchor(link.href(), getTranslation("casework.chain.entry", kind(link.kind()),
                        Dates.format(link.at(), getLocale()), Long.toString(link.seq())));
                list.add(new ListItem(entry));
            }
            add(list);
        }
        verify.setText(getTranslation("casework.chain.verify"));
        verify.setId("case-chain-verify");
        verify.addClickListener(e -> result.setText(describe(chain.verify(caseId))));
        result.setId("case-chain-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        add(verify, result);
    }

    private String describe(CaseVerification v) {
        if (v.matches()) {
            return getTranslation("casework.chain.matches", Integer.toString(v.matched()));
        }
        CaseVerification.Mismatch m = v.mismatch();
        return getTranslation(m.problem().messageKey(), kind(m.kind()), Dates.format(m.at(), getLocale()),
                m.seq() == null ? "" : Long.toString(m.seq()));
    }

    private String kind(CaseEventKind kind) {
        return kind == null ? getTranslation("casework.chain.unknown-step") : getTranslation("casework.event." + kind.name());
    }
}
