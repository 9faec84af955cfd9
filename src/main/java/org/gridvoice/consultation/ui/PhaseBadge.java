package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.html.Span;
import org.gridvoice.consultation.Phase;

/** 征集提案 / 投票 …: a coloured badge for a consultation's phase. */
class PhaseBadge extends Span {

    PhaseBadge(Phase phase) {
        setText(getTranslation(Phases.key(phase)));
        getElement().getThemeList().add(switch (phase) {
            case PROPOSALS, VOTING -> "badge success primary";
            case DELIBERATION -> "badge success";
            case UPCOMING -> "badge";
            case DRAFT, CLOSED -> "badge contrast";
        });
    }
}
