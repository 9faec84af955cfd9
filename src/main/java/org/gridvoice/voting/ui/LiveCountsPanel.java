package org.gridvoice.voting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.voting.LiveCounts;
import org.gridvoice.voting.VotingMethod;

/** The counts so far, when the rules show them before the close; clearly not a result. */
class LiveCountsPanel extends Div {

    LiveCountsPanel(VotingMethod method, LiveCounts live, List<ProposalSummary> ballot) {
        addClassName("gv-card");
        setId("live-counts");
        add(new H3(getTranslation("voting.live")), new Paragraph(getTranslation("voting.live.note")),
                new Paragraph(getTranslation("voting.turnout", live.turnout(), live.electorate())),
                new ResultTable(method, live.lines(), ballot, false));
    }
}
