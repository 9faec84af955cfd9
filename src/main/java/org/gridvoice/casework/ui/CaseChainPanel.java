package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
            list.getElement().setProperty("innerHTML", entries(links));
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

    /**
     * The list's items as one piece of HTML (built by jsoup, which escapes every text), not three components per entry: a
     * long case would otherwise hold hundreds in every visitor's session (ops/reliability/README.md, "Heap per session").
     * The export is plain JSON Lines, not a view of the app: normal links, no router.
     */
    private String entries(List<CaseChainLink> links) {
        org.jsoup.nodes.Document html = new org.jsoup.nodes.Document("");
        html.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element list = html.appendElement("ul");
        for (CaseChainLink link : links) {
            list.appendElement("li").appendElement("a").attr("href", link.href()).text(getTranslation("casework.chain.entry", kind(link.kind()),
                    Dates.format(link.at(), getLocale()), Long.toString(link.seq())));
        }
        return list.html();
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
