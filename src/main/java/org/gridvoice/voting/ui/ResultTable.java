package org.gridvoice.voting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.voting.ResultLine;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.shared.ui.PhoneTables;

/** Each proposal's counts as a real table (what a screen reader reads), with accepted / tied when it is a result. */
class ResultTable extends Div {

    final NativeTable table = new NativeTable();

    ResultTable(VotingMethod method, List<ResultLine> lines, List<ProposalSummary> proposals, boolean final_) {
        Map<Long, String> titles = proposals.stream().collect(Collectors.toMap(ProposalSummary::id, ProposalSummary::title));
        addClassName("gv-table-wrap");
        table.setId(final_ ? "result-table" : "live-table");
        table.addClassName("gv-table");
        List<String> headers = new ArrayList<>(List.of("voting.table.proposal"));
        List<Function<ResultLine, String>> cells = new ArrayList<>();
        switch (method) {
            case YES_NO_ABSTAIN -> {
                headers.addAll(List.of("voting.value.yes", "voting.value.no", "voting.value.abstain"));
                cells.add(l -> Integer.toString(l.yes()));
                cells.add(l -> Integer.toString(l.no()));
                cells.add(l -> Integer.toString(l.abstentions()));
            }
            case APPROVAL, BUDGET -> {
                headers.add("voting.table.approvals");
                cells.add(l -> Integer.toString(l.approvals()));
            }
            case RANKED -> {
                headers.add("voting.table.first-preferences");
                cells.add(l -> Integer.toString(l.approvals()));
            }
        }
        if (final_) {
            headers.add("voting.table.outcome");
        }
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(key -> {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        });
        var body = table.getBody();
        for (ResultLine line : lines) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell();
            name.getElement().setAttribute("scope", "row");
            Anchor link = new Anchor("proposals/" + line.proposalId(), titles.getOrDefault(line.proposalId(), "#" + line.proposalId()));
            link.getElement().setAttribute("router-link", true);
            name.add(link);
            row.add(name);
            cells.forEach(cell -> row.add(new NativeTableCell(cell.apply(line))));
            if (final_) {
                Span outcome = new Span(getTranslation(line.accepted() ? "voting.outcome.accepted"
                        : line.tied() ? "voting.outcome.tied" : "voting.outcome.not-accepted"));
                outcome.getElement().getThemeList().add(line.accepted() ? "badge success" : line.tied() ? "badge contrast" : "badge");
                row.add(new NativeTableCell(outcome));
            }
        }
        PhoneTables.stack(table);
        add(table);
    }
}
