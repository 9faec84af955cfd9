package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.html.Span;
import org.gridvoice.proposal.ProposalStatus;
import org.springframework.modulith.NamedInterface;

/** 征集中 / 已撤回: whether a proposal is still open. Other modules' screens (the home page) show it too. */
@NamedInterface("status-badge")
public class StatusBadge extends Span {

    public StatusBadge(ProposalStatus status) {
        setText(getTranslation(key(status)));
        getElement().getThemeList().add(status == ProposalStatus.OPEN ? "badge" : "badge contrast");
    }

    static String key(ProposalStatus status) {
        return "proposal.status." + status.name();
    }
}
