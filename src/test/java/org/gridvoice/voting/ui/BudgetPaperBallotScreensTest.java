package org.gridvoice.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.budgeting.BudgetFixture;
import org.gridvoice.budgeting.FeasibilityForm;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A budget ballot entered on paper at the committee desk: the same projects, costs and remaining budget as online. */
class BudgetPaperBallotScreensTest extends ViewTest {

    private static final String PASSWORD = "witness-password-3";

    @Autowired BudgetFixture fixture;
    @Autowired FeasibilityService feasibility;
    @Autowired VoteService votes;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void staff_enter_a_paper_budget_ballot_within_the_budget_and_the_elector_finds_it_as_their_vote() {
        fixture.consultation(100_000L, null);
        Long p = fixture.project("P 六万", 60_000);
        Long q = fixture.project("Q 五万", 50_000);
        Long r = fixture.project("R 三万", 30_000);
        People.actAs(fixture.committee);
        for (Long id : List.of(p, q, r)) {
            feasibility.review(id, new FeasibilityForm(true, "可行", null, null));
        }
        SignedInUser elector = people.verifiedResidentOf(1L);
        String name = "纸质选民" + System.nanoTime();
        jdbc.sql("UPDATE account_user SET display_name = :n WHERE id = :u").param("n", name).param("u", elector.id()).update();
        SignedInUser witness = people.committeeOf(People.COMMUNITY_XINGFULI);
        jdbc.sql("UPDATE account_user SET password_hash = :h WHERE id = :u").param("h", passwords.encode(PASSWORD)).param("u", witness.id())
                .update();
        fixture.deliberate();
        fixture.openVoting();
        People.signOut();

        signIn(fixture.committee);
        navigate("consultations/" + fixture.consultation + "/voting/paper");
        PaperBallotView desk = _get(PaperBallotView.class);
        set(desk.search, name);
        _click(_get(Button.class, s -> s.withId("paper-search-button")));
        _click(_get(desk.results, Button.class, s -> s.withText("录入选票")));
        PaperBallotForm form = _get(PaperBallotForm.class);
        assertThat(form.inputs.picks).containsOnlyKeys(p, q, r);
        set(form.inputs.picks.get(p), true);
        assertThat(form.inputs.remaining.getText()).startsWith("剩余预算：40,000 元 / 共 100,000 元");
        assertThat(form.inputs.picks.get(q).isEnabled()).as("50,000 no longer fits").isFalse();
        set(form.inputs.picks.get(r), true);
        set(form.witnessLogin, witness.email());
        set(form.witnessPassword, PASSWORD);
        _click(form.record);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        confirm.close();
        String receipt = _get(Span.class, s -> s.withId("paper-receipt-code")).getText();

        signIn(elector);
        assertThat(votes.myBallot(fixture.consultation)).hasValueSatisfying(b -> {
            assertThat(b.receipt()).isEqualTo(receipt);
            assertThat(b.choices()).containsOnlyKeys(p, r);
        });
        People.signOut();
    }
}
