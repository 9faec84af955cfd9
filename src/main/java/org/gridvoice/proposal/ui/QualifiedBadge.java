package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.html.Span;

/** 已达附议门槛: the proposal has the endorsements its consultation asks for. */
class QualifiedBadge extends Span {

    QualifiedBadge() {
        setText(getTranslation("proposal.qualified"));
        getElement().getThemeList().add("badge success");
    }
}
