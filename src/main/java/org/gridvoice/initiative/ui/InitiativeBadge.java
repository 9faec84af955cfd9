package org.gridvoice.initiative.ui;

import com.vaadin.flow.component.html.Span;
import org.gridvoice.initiative.InitiativeStatus;

/** Where an initiative stands: collecting, met, scheduled (success), escalated (error), withdrawn. */
class InitiativeBadge extends Span {

    InitiativeBadge(InitiativeStatus status) {
        setText(getTranslation("initiative.status." + status.name()));
        getElement().getThemeList().add(switch (status) {
            case SCHEDULED -> "badge success";
            case ESCALATED -> "badge error primary";
            case THRESHOLD_MET -> "badge primary";
            case WITHDRAWN -> "badge contrast";
            default -> "badge";
        });
        addClassName("initiative-status");
    }
}
