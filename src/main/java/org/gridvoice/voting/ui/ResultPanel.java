package org.gridvoice.voting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.consultation.ConsultationChange;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.voting.BudgetResult;
import org.gridvoice.voting.ChannelCounts;
import org.gridvoice.voting.IrvRound;
import org.gridvoice.voting.MyBallot;
import org.gridvoice.voting.Outcome;
import org.gridvoice.voting.OutcomeService;
import org.gridvoice.voting.OutcomeStatementForm;
import org.gridvoice.voting.ResultExport;
import org.gridvoice.voting.ResultLine;
import org.gridvoice.voting.TieBreakForm;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingResult;
import org.gridvoice.voting.VotingRulesForm;

/**
 * The published result: turnout against electorate and quorum, counts and outcome per proposal,
 * the runoff rounds, a chart, the committee's tie break and outcome statement, the audit chain
 * head at close with a link to the chain entry it is the hash of, downloads to recount, and a receipt check.
 */
class ResultPanel extends Div {

    final TextField receipt = new TextField();
    final Paragraph receiptAnswer = new Paragraph();
    final TextArea statement = new TextArea();
    final CheckboxGroup<Long> tieChoice = new CheckboxGroup<>();
    final TextArea tieReason = new TextArea();

    private final Map<Long, String> titles;
    private final VotingResult result;

    ResultPanel(ConsultationDetails details, VotingResult result, Long chainEntry, ConsultationChange earlyClose, VotingRulesForm rules,
                List<ProposalSummary> proposals, ChannelCounts channels,
                List<IrvRound> rounds, BudgetResult budget, OutcomeService outcomes, ResultExport export, VoteService votes, Runnable changed) {
        this.result = result;
        this.titles = proposals.stream().collect(Collectors.toMap(ProposalSummary::id, ProposalSummary::title));
        setId("result");
        addClassName("gv-card");
        Outcome outcome = outcomes.outcome(details.id()).orElseThrow();
        add(new H3(getTranslation("voting.result")),
                new Paragraph(getTranslation("voting.result.closed-at", Dates.format(result.closedAt(), getLocale()))));
        if (earlyClose != null) {
            add(earlyCloseNote(earlyClose));
        }
        int percent = result.electorate() == 0 ? 0 : Math.round(result.turnout() * 100f / result.electorate());
        Paragraph turnout = new Paragraph(getTranslation(rules.onePerHousehold() ? "voting.result.turnout.households" : "voting.result.turnout",
                result.turnout(), result.electorate(), percent));
        turnout.setId("result-turnout");
        Paragraph quorum = new Paragraph(getTranslation(result.quorumMet() ? "voting.result.quorum-met" : "voting.result.quorum-missed",
                rules.quorumPercent()));
        quorum.setId("result-quorum");
        quorum.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(turnout);
        if (channels != null) {
            // online and paper ballots are counted alike; this only says how they came in (they add up to the turnout)
            Paragraph byChannel = new Paragraph(getTranslation("paper.result.channels", channels.online(), channels.paper()));
            byChannel.setId("result-channels");
            add(byChannel);
        }
        add(quorum);
        if (budget != null) {
            // a budget vote is told by its funding: the rule, the table of outcomes, the chart and the tie break
            add(new BudgetResultPanel(details.id(), details.editable(), budget, titles, outcome, outcomes, changed));
        } else {
            add(new ResultTable(result.method(), result.lines(), proposals, true));
            if (result.method() == VotingMethod.RANKED && !rounds.isEmpty()) {
                add(roundsTable(rounds));
            }
            add(chart(rounds));
        }
        if (details.editable() && result.lines().stream().anyMatch(ResultLine::accepted)) {
            // casework builds on voting: linked by URL only
            Anchor route = new Anchor("consultations/" + details.id() + "/cases", getTranslation("voting.result.route"));
            route.getElement().setAttribute("router-link", true);
            route.setId("result-route");
            route.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
            add(route);
        }
        if (budget == null) {
            tie(details, outcome, outcomes, changed);
        }
        statement(details, outcome, outcomes, changed);
        Paragraph head = new Paragraph(getTranslation("voting.result.chain-head"));
        Code hash = new Code(result.chainHead());
        hash.setId("result-chain-head");
        hash.addClassNames(LumoUtility.Display.BLOCK, "gv-break-all");
        add(new H4(getTranslation("voting.result.recount")), head, hash);
        if (chainEntry != null) {
            // the published export, not a screen of the app: the browser downloads it
            Anchor entry = new Anchor(AuditTrail.link(chainEntry),
                    getTranslation("voting.result.chain-entry", String.valueOf(chainEntry)));
            entry.getElement().setAttribute("router-ignore", true);
            entry.setId("result-chain-entry");
            entry.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.Margin.Bottom.SMALL);
            add(entry);
        }
        add(downloads(details.id()));
        add(receiptCheck(details.id(), export, votes));
    }

    /** Why the vote ended before its date: the committee's public reason from the change record. */
    private Div earlyCloseNote(ConsultationChange early) {
        Paragraph when = new Paragraph(getTranslation(early.byName() == null ? "voting.result.closed-early" : "voting.result.closed-early.by",
                Dates.format(early.at(), getLocale()), early.byName()));
        when.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Bottom.XSMALL);
        Paragraph why = new Paragraph(getTranslation("voting.result.closed-early.reason", early.reason()));
        why.addClassNames(LumoUtility.Margin.Top.NONE);
        Div note = new Div(new Icon(VaadinIcon.INFO_CIRCLE_O), new Div(when, why));
        note.setId("result-early-close");
        note.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.Padding.SMALL, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM);
        return note;
    }

    private Div roundsTable(List<IrvRound> rounds) {
        Div wrap = new Div(new H4(getTranslation("voting.rounds")));
        for (IrvRound round : rounds) {
            String counts = round.votes().entrySet().stream()
                    .map(e -> getTranslation("voting.rounds.count", title(e.getKey()), e.getValue()))
                    .collect(Collectors.joining(getTranslation("list.separator")));
            String end = round.eliminated() == null ? getTranslation("voting.rounds.final")
                    : getTranslation("voting.rounds.eliminated", title(round.eliminated()));
            wrap.add(new Paragraph(getTranslation("voting.rounds.round", round.number(), counts, end)));
        }
        wrap.setId("result-rounds");
        return wrap;
    }

    private ResultChart chart(List<IrvRound> rounds) {
        List<String> categories = result.lines().stream().map(l -> title(l.proposalId())).toList();
        List<ResultChart.Series> series = new ArrayList<>();
        switch (result.method()) {
            case YES_NO_ABSTAIN -> {
                series.add(new ResultChart.Series(getTranslation("voting.value.yes"), result.lines().stream().map(ResultLine::yes).toList()));
                series.add(new ResultChart.Series(getTranslation("voting.value.no"), result.lines().stream().map(ResultLine::no).toList()));
                series.add(new ResultChart.Series(getTranslation("voting.value.abstain"),
                        result.lines().stream().map(ResultLine::abstentions).toList()));
            }
            case APPROVAL -> series.add(new ResultChart.Series(getTranslation("voting.table.approvals"),
                    result.lines().stream().map(ResultLine::approvals).toList()));
            case RANKED -> rounds.forEach(r -> series.add(new ResultChart.Series(getTranslation("voting.rounds.short", r.number()),
                    result.lines().stream().map(l -> r.votes().getOrDefault(l.proposalId(), 0)).toList())));
        }
        return new ResultChart(getTranslation("voting.chart.aria"), categories, series);
    }

    private void tie(ConsultationDetails details, Outcome outcome, OutcomeService outcomes, Runnable changed) {
        List<Long> tied = result.lines().stream().filter(ResultLine::tied).map(ResultLine::proposalId).toList();
        if (tied.isEmpty() || !result.quorumMet()) {
            return;
        }
        Div box = new Div(new H4(getTranslation("voting.tie")));
        box.setId("result-tie");
        if (outcome.tieBrokenAt() != null) {
            box.add(new Paragraph(getTranslation("voting.tie.broken", outcome.tieBrokenBy(), Dates.format(outcome.tieBrokenAt(), getLocale()))),
                    new Paragraph(outcome.tieBreakReason()));
        } else if (details.editable()) {
            box.add(new Paragraph(getTranslation("voting.tie.committee")));
            tieChoice.setLabel(getTranslation("voting.tie.choose"));
            tieChoice.setItems(tied);
            tieChoice.setItemLabelGenerator(this::title);
            tieReason.setLabel(getTranslation("voting.tie.reason"));
            tieReason.setHelperText(getTranslation("voting.tie.reason.help"));
            tieReason.setMaxLength(1000);
            tieReason.setWidthFull();
            FormErrors errors = new FormErrors(this).bind("accepted", tieChoice).bind("reason", tieReason);
            Button decide = new Button(getTranslation("voting.tie.decide"), e -> Confirm.ask(this, "voting.tie.confirm.title",
                    "voting.tie.confirm.text", "voting.tie.decide", () -> {
                        if (errors.attempt(() -> outcomes.breakTie(details.id(), new TieBreakForm(tieChoice.getValue(), tieReason.getValue())))) {
                            Toasts.success(getTranslation("voting.tie.done"));
                            changed.run();
                        }
                    }));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(tieChoice, tieReason, decide);
        } else {
            box.add(new Paragraph(getTranslation("voting.tie.waiting")));
        }
        add(box);
    }

    private void statement(ConsultationDetails details, Outcome outcome, OutcomeService outcomes, Runnable changed) {
        Div box = new Div(new H4(getTranslation("voting.statement")));
        box.setId("result-statement");
        if (outcome.statementPublishedAt() != null) {
            Div text = new Div(new Html("<div>" + outcome.statementHtml() + "</div>"));
            text.addClassName("gv-markdown");
            Paragraph when = new Paragraph(getTranslation("voting.statement.published", outcome.statementPublishedBy(),
                    Dates.format(outcome.statementPublishedAt(), getLocale())));
            when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            box.add(text, when);
        } else if (details.editable()) {
            statement.setLabel(getTranslation("voting.statement.field"));
            statement.setHelperText(getTranslation("voting.statement.field.help"));
            statement.setMaxLength(10000);
            statement.setMinHeight("8em");
            statement.setWidthFull();
            FormErrors errors = new FormErrors(this).bind("markdown", statement);
            Button publish = new Button(getTranslation("voting.statement.publish"), new Icon(VaadinIcon.UPLOAD), e -> Confirm.ask(this,
                    "voting.statement.confirm.title", "voting.statement.confirm.text", "voting.statement.publish", () -> {
                        if (errors.attempt(() -> outcomes.publishStatement(details.id(), new OutcomeStatementForm(statement.getValue())))) {
                            Toasts.success(getTranslation("voting.statement.done"));
                            changed.run();
                        }
                    }));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(statement, publish);
        } else {
            Paragraph none = new Paragraph(getTranslation("voting.statement.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            box.add(none);
        }
        add(box);
    }

    private Div downloads(Long id) {
        Anchor tallies = new Anchor("open-data/consultations/" + id + "/tallies.csv", getTranslation("voting.download.tallies"));
        Anchor ballots = new Anchor("open-data/consultations/" + id + "/ballots.csv", getTranslation("voting.download.ballots"));
        for (Anchor a : new Anchor[] {tallies, ballots}) {
            a.getElement().setAttribute("download", true);
            a.getElement().setAttribute("router-ignore", true);
        }
        tallies.setId("download-tallies");
        ballots.setId("download-ballots");
        Div links = new Div(tallies, ballots);
        links.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        return links;
    }

    private Div receiptCheck(Long id, ResultExport export, VoteService votes) {
        receipt.setLabel(getTranslation("voting.receipt.field"));
        receipt.setHelperText(getTranslation("voting.receipt.field.help"));
        receipt.setPlaceholder("ABCD-EFGH-JKLM");
        receipt.setMaxLength(20);
        if (votes.hasVoted(id)) {
            votes.myBallot(id).map(MyBallot::receipt).ifPresent(receipt::setValue);
        }
        receiptAnswer.setId("receipt-answer");
        receiptAnswer.getElement().setAttribute("aria-live", "polite");
        FormErrors errors = new FormErrors(this).bind("receipt", receipt);
        Button check = new Button(getTranslation("voting.receipt.check"), new Icon(VaadinIcon.SEARCH), e -> {
            receiptAnswer.setText("");
            errors.attempt(() -> {
                Optional<Map<Long, Integer>> ballot = export.ballotOfReceipt(id, receipt.getValue());
                receiptAnswer.setText(ballot.map(c -> getTranslation("voting.receipt.found", describe(c)))
                        .orElseGet(() -> getTranslation(export.receiptReplaced(id, receipt.getValue())
                                ? "voting.receipt.replaced" : "voting.receipt.missing")));
            });
        });
        Div row = new Div(receipt, check);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        return new Div(new H4(getTranslation("voting.receipt")), row, receiptAnswer);
    }

    private String describe(Map<Long, Integer> choices) {
        String separator = getTranslation("list.separator");
        return switch (result.method()) {
            case YES_NO_ABSTAIN -> choices.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> getTranslation("voting.receipt.answer", title(e.getKey()), getTranslation(Votes.key(e.getValue()))))
                    .collect(Collectors.joining(separator));
            case APPROVAL, BUDGET -> choices.keySet().stream().sorted().map(this::title).collect(Collectors.joining(separator));
            case RANKED -> choices.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .map(e -> getTranslation("voting.receipt.rank", e.getValue(), title(e.getKey())))
                    .collect(Collectors.joining(separator));
        };
    }

    private String title(Long proposalId) {
        return titles.getOrDefault(proposalId, "#" + proposalId);
    }
}
