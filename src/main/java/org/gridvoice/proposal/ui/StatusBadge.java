package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.html.Span;
import org.gridvoice.proposal.ProposalStatus;
import org.springframework.modulith.NamedInterface;

/** 征集中 / 投票中 / 已通过 / 办理中 / 已办结 …: where a proposal stands, coloured by whether it moves on, succeeded or stopped. Other modules' screens (the home page) show it too. */
@NamedInterface("status-badge")
public class StatusBadge extends Span {

    public StatusBadge(ProposalStatus status) {
        setText(getTranslation(key(status)));
        getElement().getThemeList().add(theme(status));
    }

    static String key(ProposalStatus status) {
        return "proposal.status." + status.name();
    }

    static String theme(ProposalStatus status) {
        return switch (status) {
            case ACCEPTED, RESOLVED, CLOSED -> "badge success";
            case NOT_QUALIFIED, NOT_ACCEPTED, WITHDRAWN, MERGED -> "badge contrast";
            default -> "badge";
        };
    }
}
