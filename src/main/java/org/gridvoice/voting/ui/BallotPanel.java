package org.gridvoice.voting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollIntoViewOption;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.voting.BallotAccess;
import org.gridvoice.voting.BallotChannel;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.MyBallot;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingRulesForm;

/**
 * The ballot (see {@link BallotInputs}). Shows the voter's current vote and receipt; casting again
 * replaces it until voting closes — unless the ballot was recorded on paper at the committee, which
 * only the committee can replace (the service refuses, the panel says so up front).
 */
class BallotPanel extends Div {

    final Map<Long, RadioButtonGroup<Integer>> answers;
    final Map<Long, Checkbox> picks;
    final Map<Long, Select<Integer>> ranks;
    final Span picked;
    Button cast;
    final Paragraph receipt = new Paragraph();
    /** What the last cast did, with its receipt code: stays beside the button (a toast would vanish before some read it). */
    final Div confirmation = new Div();

    final Div remaining;
    /** The voter's ballot as last stored: what the receipt line and the next cast's message speak of. */
    private MyBallot mine;

    /** {@code budget}: a budget ballot's budget and costs (null for any other method); {@code ballot} then holds its projects. */
    BallotPanel(Long consultationId, VotingRulesForm rules, List<ProposalSummary> ballot, BudgetBallot budget, VoteService votes,
                Runnable afterCast) {
        addClassName("gv-card");
        setId("ballot");
        add(new H3(getTranslation("voting.ballot")));
        BallotAccess access = votes.access(consultationId);
        if (access != BallotAccess.ELECTOR || ballot.isEmpty()) {
            answers = Map.of();
            picks = Map.of();
            ranks = Map.of();
            picked = new Span();
            remaining = new Div();
            if (access != BallotAccess.ELECTOR) {
                add(new Paragraph(getTranslation("voting.ballot.access." + access.name())));
                if (access == BallotAccess.SIGNED_OUT) {
                    add(new Anchor("login", getTranslation("nav.login")));
                }
                add(preview(ballot));
            } else {
                add(new Paragraph(getTranslation("voting.ballot.empty")));
            }
            return;
        }
        Optional<MyBallot> stored = votes.myBallot(consultationId);
        mine = stored.orElse(null);
        Map<Long, Integer> current = stored.map(MyBallot::choices).orElse(Map.of());
        add(new Paragraph(getTranslation("voting.ballot.how." + rules.method().name(),
                rules.approvalsPerVoter() == null ? 0 : rules.approvalsPerVoter())));
        if (rules.onePerHousehold()) {
            add(new Paragraph(getTranslation("voting.ballot.household")));
        }
        receipt.setId("ballot-receipt");
        showReceipt();
        add(receipt);
        boolean onPaper = mine != null && mine.channel() == BallotChannel.PAPER;
        if (onPaper) {
            Paragraph paper = new Paragraph(getTranslation("paper.ballot.on-paper"));
            paper.setId("ballot-on-paper");
            paper.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            add(paper);
        }
        if (budget != null) {
            add(new Paragraph(getTranslation("budget.ballot.total", budget.totalYuan())));
        }
        BallotInputs inputs = new BallotInputs(rules, ballot, current, "ballot", budget);
        remaining = inputs.remaining;
        answers = inputs.answers;
        picks = inputs.picks;
        ranks = inputs.ranks;
        picked = inputs.picked;
        add(inputs);
        // the confirmation is there from the start, empty, so that screen readers announce it when a cast fills it in
        confirmation.setId("ballot-confirmation");
        confirmation.getElement().setAttribute("role", "status");
        confirmation.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.SMALL);
        // after a cast only what it changed is redrawn (the receipt, the button, the live counts): the inputs already
        // show what was stored, and rebuilding the whole voting view doubled the time the voter waited
        cast = new Button(getTranslation(mine != null ? "voting.ballot.change" : "voting.ballot.cast"), new Icon(VaadinIcon.CHECK), e -> {
            confirmation.setText("");
            if (new FormErrors(this).attempt(() -> {
                String code = votes.cast(consultationId, new BallotForm(inputs.choices()));
                confirmation.setText(mine != null ? getTranslation("voting.ballot.changed.done", code, mine.receipt())
                        : getTranslation("voting.ballot.cast.done", code));
                // on a phone the button sits at the screen's bottom edge and the confirmation below it would be out of sight
                confirmation.scrollIntoView(ScrollIntoViewOption.Block.NEAREST);
            })) {
                mine = votes.myBallot(consultationId).orElse(null);
                showReceipt();
                cast.setText(getTranslation("voting.ballot.change"));
                afterCast.run();
            }
        });
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(cast, confirmation);
    }

    private void showReceipt() {
        if (mine != null) {
            receipt.setText(getTranslation("voting.ballot.current", mine.receipt(), Dates.format(mine.castAt(), getLocale())));
        }
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
