package org.gridvoice.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.budgeting.BudgetFixture;
import org.gridvoice.budgeting.FeasibilityForm;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.ResultService;
import org.gridvoice.voting.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A budget result with a tie, without a browser: the outcomes as the rule gives them, the committee's tie break dialog. */
class BudgetResultScreensTest extends ViewTest {

    @Autowired BudgetFixture fixture;
    @Autowired FeasibilityService feasibility;
    @Autowired VoteService votes;
    @Autowired ResultService results;

    @Test
    void a_tie_waits_with_its_reason_for_residents_and_the_committee_funds_the_tied_project_it_chooses() {
        fixture.consultation(100_000L, null);
        Long p = fixture.project("P 六万", 60_000);
        Long q = fixture.project("Q 五万", 50_000);
        Long r = fixture.project("R 三万", 30_000);
        People.actAs(fixture.committee);
        for (Long id : List.of(p, q, r)) {
            feasibility.review(id, new FeasibilityForm(true, "可行", null, null));
        }
        SignedInUser[] voters = {people.verifiedResidentOf(2L), people.verifiedResidentOf(2L), people.verifiedResidentOf(2L),
                people.verifiedResidentOf(2L)};
        fixture.deliberate();
        fixture.openVoting();
        cast(voters[0], p, r);
        cast(voters[1], p);
        cast(voters[2], q);
        cast(voters[3], q);
        fixture.closeVoting();
        People.signOut();

        signIn(voters[0]);
        navigate("consultations/" + fixture.consultation + "/voting");
        assertThat(outcomes()).containsExactly("并列：待居委会决定", "并列：待居委会决定", "等待并列裁定");
        assertThat(_get(Div.class, s -> s.withId("result-tie")).getElement().getTextRecursively()).contains("居委会将决定资助哪些");
        assertThat(_find(Button.class, s -> s.withId("budget-tie-open"))).as("only the committee breaks a tie").isEmpty();

        signIn(fixture.committee);
        navigate("consultations/" + fixture.consultation + "/voting");
        _click(_get(Button.class, s -> s.withId("budget-tie-open")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Long> choice = _get(CheckboxGroup.class, s -> s.withId("budget-tie-choice"));
        TextArea reason = _get(TextArea.class, s -> s.withId("budget-tie-reason"));
        set(choice, Set.of(p, q));
        set(reason, "都要");
        _click(_get(Button.class, s -> s.withId("budget-tie-decide")));
        assertThat(choice.isInvalid()).as("both do not fit: refused next to the choice").isTrue();
        assertThat(results.budgetResult(fixture.consultation).orElseThrow().tieWaiting()).isTrue();

        set(choice, Set.of(q));
        set(reason, "Q 受益的住户更多");
        _click(_get(Button.class, s -> s.withId("budget-tie-decide")));
        assertThat(outcomes()).containsExactly("跳过：预算不足", "获资助", "获资助");
        assertThat(_get(Paragraph.class, s -> s.withId("budget-result-total")).getText())
                .isEqualTo("已资助 80,000 元 / 共 100,000 元（2 个项目）；剩余 20,000 元。");
        assertThat(_get(Div.class, s -> s.withId("result-tie")).getElement().getTextRecursively()).contains("Q 受益的住户更多");
        assertThat(_find(Button.class, s -> s.withId("budget-tie-open"))).as("no tie waits any more").isEmpty();
    }

    private void cast(SignedInUser voter, Long... picks) {
        People.actAs(voter);
        Map<Long, Integer> choices = new java.util.HashMap<>();
        for (Long pick : picks) {
            choices.put(pick, 1);
        }
        votes.cast(fixture.consultation, new BallotForm(choices));
    }

    /** The outcome column of the funding table, in rank order. */
    private static List<String> outcomes() {
        return _find(NativeTableRow.class).stream().filter(row -> row.getElement().hasAttribute("data-proposal"))
                .map(row -> row.getElement().getChild(4).getTextRecursively()).toList();
    }
}
