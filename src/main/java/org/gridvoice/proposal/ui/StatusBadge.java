package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.html.Span;
import org.gridvoice.proposal.ProposalStatus;

/** 征集中 / 已撤回: whether a proposal is still open. */
class StatusBadge extends Span {

    StatusBadge(ProposalStatus status) {
        setText(getTranslation(key(status)));
        getElement().getThemeList().add(status == ProposalStatus.OPEN ? "badge" : "badge contrast");
    }

    static String key(ProposalStatus status) {
        return "proposal.status." + status.name();
    }
}
