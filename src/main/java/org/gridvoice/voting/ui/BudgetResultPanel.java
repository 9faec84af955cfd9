package org.gridvoice.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import org.gridvoice.budgeting.BudgetFunding;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.PhoneTables;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.voting.BudgetResult;
import org.gridvoice.voting.Outcome;
import org.gridvoice.voting.OutcomeService;
import org.gridvoice.voting.TieBreakForm;

/**
 * A closed budget vote's funding: the rule in words (as CONSUL states it), each project's rank, votes,
 * cost, outcome and the budget left after its turn, a chart, the total funded, and — when a tie waits —
 * the committee's tie break with its public reason.
 */
class BudgetResultPanel extends Div {

    final NativeTable table = new NativeTable();

    BudgetResultPanel(Long consultationId, boolean committee, BudgetResult result, Map<Long, String> titles, Outcome outcome,
                      OutcomeService outcomes, Runnable changed) {
        setId("budget-result");
        Paragraph rule = new Paragraph(getTranslation("budget.result.rule"));
        rule.setId("budget-result-rule");
        Paragraph total = new Paragraph(getTranslation("budget.result.total", result.fundedYuan(), result.totalYuan(),
                result.totalYuan() - result.fundedYuan(), result.lines().stream().filter(l -> l.outcome() == BudgetFunding.Outcome.FUNDED).count()));
        total.setId("budget-result-total");
        total.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(new H4(getTranslation("budget.result.rule.title")), rule, total, table(result.lines(), titles),
                chart(result.lines(), titles));
        tie(consultationId, committee, result, titles, outcome, outcomes, changed);
    }

    private Div table(List<BudgetFunding.Line> lines, Map<Long, String> titles) {
        table.setId("budget-result-table");
        table.addClassName("gv-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("budget.result.rank", "budget.result.project", "budget.result.votes", "budget.result.cost",
                "budget.result.outcome", "budget.result.remaining")) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation(key));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        for (BudgetFunding.Line line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.getElement().setAttribute("data-proposal", String.valueOf(line.proposalId()));
            row.add(new NativeTableCell(String.valueOf(line.rank())));
            NativeTableHeaderCell name = new NativeTableHeaderCell();
            name.getElement().setAttribute("scope", "row");
            Anchor link = new Anchor("proposals/" + line.proposalId(), titles.getOrDefault(line.proposalId(), "#" + line.proposalId()));
            link.getElement().setAttribute("router-link", true);
            name.add(link);
            row.add(name, new NativeTableCell(String.valueOf(line.votes())),
                    new NativeTableCell(getTranslation("budget.yuan", line.costYuan())));
            Span outcome = new Span(getTranslation("budget.outcome." + line.outcome().name()));
            outcome.addClassName("budget-outcome");
            outcome.getElement().getThemeList().add(switch (line.outcome()) {
                case FUNDED -> "badge success";
                case TIED -> "badge contrast";
                default -> "badge";
            });
            row.add(new NativeTableCell(outcome), new NativeTableCell(getTranslation("budget.yuan", line.remainingAfterYuan())));
        }
        PhoneTables.stack(table);
        Div wrap = new Div(table);
        wrap.addClassName("gv-table-wrap");
        return wrap;
    }

    private BudgetChart chart(List<BudgetFunding.Line> lines, Map<Long, String> titles) {
        List<String> categories = lines.stream().map(l -> titles.getOrDefault(l.proposalId(), "#" + l.proposalId())).toList();
        List<Integer> funded = lines.stream().map(l -> l.outcome() == BudgetFunding.Outcome.FUNDED ? l.votes() : 0).toList();
        List<Integer> notFunded = lines.stream().map(l -> l.outcome() == BudgetFunding.Outcome.FUNDED ? 0 : l.votes()).toList();
        return new BudgetChart(getTranslation("budget.result.chart.aria"), categories, getTranslation("budget.result.chart.funded"), funded,
                getTranslation("budget.result.chart.not-funded"), notFunded);
    }

    private void tie(Long consultationId, boolean committee, BudgetResult result, Map<Long, String> titles, Outcome outcome,
                     OutcomeService outcomes, Runnable changed) {
        Div box = new Div(new H4(getTranslation("budget.tie.heading")));
        box.setId("result-tie");
        if (outcome.tieBrokenAt() != null) {
            // every break's reason, one a line: a later tie may wait after an earlier one was broken
            Paragraph reasons = new Paragraph(outcome.tieBreakReason());
            reasons.getStyle().set("white-space", "pre-line");
            box.add(new Paragraph(getTranslation("voting.tie.broken", outcome.tieBrokenBy(), Dates.format(outcome.tieBrokenAt(), getLocale()))),
                    reasons);
        }
        if (!result.tieWaiting()) {
            if (outcome.tieBrokenAt() != null) {
                add(box);
            }
            return;
        }
        List<Long> tied = result.lines().stream().filter(l -> l.outcome() == BudgetFunding.Outcome.TIED).map(BudgetFunding.Line::proposalId)
                .toList();
        if (!committee) {
            box.add(new Paragraph(getTranslation("budget.tie.waiting")));
            add(box);
            return;
        }
        box.add(new Paragraph(getTranslation("budget.tie.committee")));
        Button open = new Button(getTranslation("budget.tie.open"), new Icon(VaadinIcon.SCALE),
                e -> tieDialog(consultationId, tied, titles, outcomes, changed).open());
        open.setId("budget-tie-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(open);
        add(box);
    }

    private Dialog tieDialog(Long consultationId, List<Long> tied, Map<Long, String> titles, OutcomeService outcomes, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("budget.tie.title"));
        dialog.setWidth("min(560px, 95vw)");
        dialog.setId("budget-tie-dialog");
        CheckboxGroup<Long> choice = new CheckboxGroup<>();
        choice.setLabel(getTranslation("budget.tie.choose"));
        choice.setItems(tied);
        choice.setItemLabelGenerator(id -> titles.getOrDefault(id, "#" + id));
        choice.setId("budget-tie-choice");
        TextArea reason = new TextArea();
        reason.setLabel(getTranslation("voting.tie.reason"));
        reason.setHelperText(getTranslation("voting.tie.reason.help"));
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("budget-tie-reason");
        FormErrors errors = new FormErrors(dialog).bind("accepted", choice).bind("reason", reason);
        Button decide = new Button(getTranslation("voting.tie.decide"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
                return;
            }
            if (errors.attempt(() -> outcomes.breakTie(consultationId, new TieBreakForm(choice.getValue(), reason.getValue())))) {
                Toasts.success(getTranslation("voting.tie.done"));
                dialog.close();
                changed.run();
            }
        });
        decide.setId("budget-tie-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("budget.tie.text")), choice, reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), decide);
        return dialog;
    }
}
