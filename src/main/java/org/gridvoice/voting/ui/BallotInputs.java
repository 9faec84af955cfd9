package org.gridvoice.voting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.proposal.ui.AuthorLabel;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;

/**
 * The inputs of a ballot as the method asks, one card per proposal so it reads on a phone: yes / no /
 * abstain buttons, approval check boxes (at most k), or a rank to pick. Used by the online ballot and
 * by the committee's paper ballot form.
 */
class BallotInputs extends Div {

    final Map<Long, RadioButtonGroup<Integer>> answers = new LinkedHashMap<>();
    final Map<Long, Checkbox> picks = new LinkedHashMap<>();
    final Map<Long, Select<Integer>> ranks = new LinkedHashMap<>();
    final Span picked = new Span();
    /** A budget ballot's remaining budget, announced as the voter picks. */
    final Div remaining = new Div();
    private final VotingMethod method;
    private final BudgetBallot budget;

    /** {@code current}: the choices to show filled in (the voter's own current ballot), or empty. */
    BallotInputs(VotingRulesForm rules, List<ProposalSummary> ballot, Map<Long, Integer> current, String idPrefix) {
        this(rules, ballot, current, idPrefix, null);
    }

    /** {@code budget}: the budget and costs of a budget ballot (null for any other method). */
    BallotInputs(VotingRulesForm rules, List<ProposalSummary> ballot, Map<Long, Integer> current, String idPrefix, BudgetBallot budget) {
        this.method = rules.method();
        this.budget = budget;
        Div cards = new Div();
        cards.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        for (ProposalSummary proposal : ballot) {
            cards.add(card(proposal, rules, ballot.size(), current.get(proposal.id())));
        }
        add(cards);
        if (rules.method() == VotingMethod.APPROVAL) {
            picked.setId(idPrefix + "-picked");
            picked.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.Margin.Vertical.SMALL);
            picked.getElement().setAttribute("aria-live", "polite");
            add(picked);
            limitApprovals(rules.approvalsPerVoter());
        }
        if (rules.method() == VotingMethod.BUDGET && budget != null) {
            remaining.setId(idPrefix + "-remaining");
            remaining.addClassNames("gv-budget-remaining", LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Padding.SMALL,
                    LumoUtility.Background.BASE, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM);
            remaining.getElement().setAttribute("aria-live", "polite");
            remaining.getElement().setAttribute("role", "status");
            // stays in sight while the voter scrolls through the projects on a phone
            remaining.getStyle().set("position", "sticky").set("bottom", "0").set("z-index", "1");
            add(remaining);
            limitToBudget();
        }
    }

    private Div card(ProposalSummary proposal, VotingRulesForm rules, int size, Integer value) {
        Anchor link = new Anchor("proposals/" + proposal.id(), proposal.title());
        link.getElement().setAttribute("router-link", true);
        link.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div card = new Div(link);
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL);
        Span meta = new Span(getTranslation("voting.ballot.meta", AuthorLabel.of(this, proposal), proposal.gridName() == null ? "" : proposal.gridName(),
                proposal.endorsementCount()));
        meta.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        card.add(meta);
        switch (rules.method()) {
            case YES_NO_ABSTAIN -> {
                RadioButtonGroup<Integer> answer = new RadioButtonGroup<>();
                answer.setItems(1, -1, 0);
                answer.setItemLabelGenerator(v -> getTranslation(Votes.key(v)));
                answer.setAriaLabel(proposal.title());
                answer.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
                answer.setValue(value);
                answers.put(proposal.id(), answer);
                card.add(answer);
            }
            case APPROVAL -> {
                Checkbox pick = new Checkbox(getTranslation("voting.ballot.approve"));
                pick.setAriaLabel(getTranslation("voting.ballot.approve.aria", proposal.title()));
                pick.setValue(value != null);
                picks.put(proposal.id(), pick);
                card.add(pick);
            }
            case BUDGET -> {
                long cost = budget == null ? 0 : budget.cost(proposal.id());
                Span price = new Span(getTranslation("budget.ballot.cost", cost));
                price.addClassNames("budget-ballot-cost", LumoUtility.Display.BLOCK, LumoUtility.FontWeight.SEMIBOLD);
                Checkbox pick = new Checkbox(getTranslation("budget.ballot.pick"));
                pick.setAriaLabel(getTranslation("budget.ballot.pick.aria", proposal.title(), cost));
                pick.setValue(value != null);
                picks.put(proposal.id(), pick);
                card.add(price, pick);
            }
            case RANKED -> {
                Select<Integer> rank = new Select<>();
                rank.setLabel(getTranslation("voting.ballot.rank"));
                rank.setAriaLabel(getTranslation("voting.ballot.rank.aria", proposal.title()));
                rank.setEmptySelectionAllowed(true);
                rank.setEmptySelectionCaption(getTranslation("voting.ballot.rank.none"));
                rank.setItems(IntStream.rangeClosed(1, size).boxed().toList());
                rank.setItemLabelGenerator(r -> r == null ? getTranslation("voting.ballot.rank.none") : getTranslation("voting.ballot.rank.n", r));
                rank.setValue(value);
                ranks.put(proposal.id(), rank);
                card.add(rank);
            }
        }
        return card;
    }

    // the limit is the service's rule; here it only keeps a phone user from ticking a box that cannot count
    private void limitApprovals(int k) {
        Runnable update = () -> {
            long n = picks.values().stream().filter(Checkbox::getValue).count();
            picked.setText(getTranslation("voting.ballot.picked", n, k));
            picks.values().forEach(box -> box.setEnabled(box.getValue() || n < k));
        };
        picks.values().forEach(box -> box.addValueChangeListener(e -> update.run()));
        update.run();
    }

    // the budget is the service's rule too; here a project that no longer fits cannot be ticked, and says why
    private void limitToBudget() {
        Runnable update = () -> {
            long spent = picks.entrySet().stream().filter(e -> e.getValue().getValue()).mapToLong(e -> budget.cost(e.getKey())).sum();
            long left = budget.totalYuan() - spent;
            long n = picks.values().stream().filter(Checkbox::getValue).count();
            remaining.setText(getTranslation("budget.ballot.remaining", left, budget.totalYuan(), n, spent));
            picks.forEach((id, box) -> {
                boolean fits = box.getValue() || budget.cost(id) <= left;
                box.setEnabled(fits);
                box.setHelperText(fits ? null : getTranslation("budget.ballot.no-fit", budget.cost(id), left));
            });
        };
        picks.values().forEach(box -> box.addValueChangeListener(e -> update.run()));
        update.run();
    }

    /** The choices as entered, by proposal id, as the service takes them. */
    Map<Long, Integer> choices() {
        Map<Long, Integer> choices = new HashMap<>();
        switch (method) {
            case YES_NO_ABSTAIN -> answers.forEach((id, a) -> {
                if (a.getValue() != null) {
                    choices.put(id, a.getValue());
                }
            });
            case APPROVAL, BUDGET -> picks.forEach((id, box) -> {
                if (box.getValue()) {
                    choices.put(id, 1);
                }
            });
            case RANKED -> ranks.forEach((id, r) -> {
                if (r.getValue() != null) {
                    choices.put(id, r.getValue());
                }
            });
        }
        return choices;
    }
}
