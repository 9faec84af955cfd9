package org.gridvoice.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.proposal.ui.AuthorLabel;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.voting.BallotAccess;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.MyBallot;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;

/**
 * The ballot, one card per proposal so it reads on a phone: yes / no / abstain buttons, approval
 * check boxes (at most k), or a rank to pick. Shows the voter's current vote and receipt; casting
 * again replaces it until voting closes.
 */
class BallotPanel extends Div {

    final Map<Long, RadioButtonGroup<Integer>> answers = new LinkedHashMap<>();
    final Map<Long, Checkbox> picks = new LinkedHashMap<>();
    final Map<Long, Select<Integer>> ranks = new LinkedHashMap<>();
    final Span picked = new Span();
    Button cast;
    final Paragraph receipt = new Paragraph();

    BallotPanel(Long consultationId, VotingRulesForm rules, List<ProposalSummary> ballot, VoteService votes, Runnable afterCast) {
        addClassName("gv-card");
        setId("ballot");
        add(new H3(getTranslation("voting.ballot")));
        BallotAccess access = votes.access(consultationId);
        if (access != BallotAccess.ELECTOR) {
            add(new Paragraph(getTranslation("voting.ballot.access." + access.name())));
            if (access == BallotAccess.SIGNED_OUT) {
                Anchor login = new Anchor("login", getTranslation("nav.login"));
                add(login);
            }
            add(preview(ballot));
            return;
        }
        if (ballot.isEmpty()) {
            add(new Paragraph(getTranslation("voting.ballot.empty")));
            return;
        }
        Optional<MyBallot> mine = votes.myBallot(consultationId);
        Map<Long, Integer> current = mine.map(MyBallot::choices).orElse(Map.of());
        add(new Paragraph(getTranslation("voting.ballot.how." + rules.method().name(),
                rules.approvalsPerVoter() == null ? 0 : rules.approvalsPerVoter())));
        if (rules.onePerHousehold()) {
            add(new Paragraph(getTranslation("voting.ballot.household")));
        }
        receipt.setId("ballot-receipt");
        receipt.getElement().setAttribute("aria-live", "polite");
        mine.ifPresent(b -> receipt.setText(getTranslation("voting.ballot.current", b.receipt(), Dates.format(b.castAt(), getLocale()))));
        add(receipt);
        Div cards = new Div();
        cards.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        for (ProposalSummary proposal : ballot) {
            cards.add(card(proposal, rules, ballot.size(), current.get(proposal.id())));
        }
        add(cards);
        if (rules.method() == VotingMethod.APPROVAL) {
            picked.setId("ballot-picked");
            picked.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.Margin.Vertical.SMALL);
            picked.getElement().setAttribute("aria-live", "polite");
            add(picked);
            limitApprovals(rules.approvalsPerVoter());
        }
        cast = new Button(getTranslation(mine.isPresent() ? "voting.ballot.change" : "voting.ballot.cast"), new Icon(VaadinIcon.CHECK), e -> {
            if (new FormErrors(this).attempt(() -> {
                String code = votes.cast(consultationId, new BallotForm(choices(rules.method())));
                Toasts.success(mine.map(earlier -> getTranslation("voting.ballot.changed.done", code, earlier.receipt()))
                        .orElseGet(() -> getTranslation("voting.ballot.cast.done", code)));
            })) {
                afterCast.run();
            }
        });
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(cast);
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

    private Map<Long, Integer> choices(VotingMethod method) {
        Map<Long, Integer> choices = new HashMap<>();
        switch (method) {
            case YES_NO_ABSTAIN -> answers.forEach((id, a) -> {
                if (a.getValue() != null) {
                    choices.put(id, a.getValue());
                }
            });
            case APPROVAL -> picks.forEach((id, box) -> {
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

    /** The proposals on the ballot, as a plain list for those who cannot vote (yet). */
    static Component preview(List<ProposalSummary> ballot) {
        OrderedList list = new OrderedList();
        ballot.forEach(p -> {
            Anchor link = new Anchor("proposals/" + p.id(), p.title());
            link.getElement().setAttribute("router-link", true);
            list.add(new ListItem(link));
        });
        return list;
    }
}
