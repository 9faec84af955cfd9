package org.gridvoice.account.ui;

import com.vaadin.flow.component.html.Span;
import org.gridvoice.account.ResidencyStatus;

/** 已认证 / 待审核 …: a coloured badge for a residency's status. */
class ResidencyStatusBadge extends Span {

    ResidencyStatusBadge(ResidencyStatus status) {
        setText(getTranslation("residency.status." + status.name()));
        getElement().getThemeList().add(switch (status) {
            case APPROVED -> "badge success";
            case PENDING -> "badge";
            case REJECTED, REVOKED -> "badge error";
            case WITHDRAWN -> "badge contrast";
        });
        addClassName("gv-residency-status");
    }
}
