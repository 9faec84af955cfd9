package org.gridvoice.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The committee's paper ballot desk, the elector's online ballot after it, and the result's channels, without a browser. */
class PaperBallotScreensTest extends ViewTest {

    private static final String PASSWORD = "witness-password-2";

    @Autowired VotingFixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    private SignedInUser witness;
    private String name;

    @BeforeEach
    void voteOpen() {
        fixture.threeProposalsOnTheBallot("现场界面");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        witness = people.committeeOf(People.COMMUNITY_XINGFULI);
        jdbc.sql("UPDATE account_user SET password_hash = :h WHERE id = :u").param("h", passwords.encode(PASSWORD)).param("u", witness.id())
                .update();
        name = "现场选民" + System.nanoTime();
        jdbc.sql("UPDATE account_user SET display_name = :n WHERE id = :u").param("n", name).param("u", fixture.voters[0].id()).update();
        People.signOut();
    }

    private String page() {
        return "consultations/" + fixture.consultation + "/voting";
    }

    private static String text(Notification toast) {
        return toast.getElement().getProperty("text", "");
    }

    private PaperBallotForm findAndChoose() {
        navigate(page() + "/paper");
        PaperBallotView desk = _get(PaperBallotView.class);
        set(desk.search, name);
        _click(_get(Button.class, s -> s.withId("paper-search-button")));
        _click(_get(desk.results, Button.class, s -> s.withText("Record the ballot")));
        return _get(PaperBallotForm.class);
    }

    @Test
    void staff_record_a_paper_ballot_with_a_witness_hand_over_the_receipt_and_the_elector_cannot_vote_online() {
        inEnglish();
        signIn(fixture.committee);
        navigate(page());
        Anchor action = _get(Anchor.class, s -> s.withId("voting-paper"));
        assertThat(action.getText()).isEqualTo("Record a paper ballot (at the committee office)");

        PaperBallotForm form = findAndChoose();
        set(form.inputs.answers.get(fixture.a), 1);
        set(form.witnessLogin, fixture.committee.email());
        set(form.witnessPassword, "wrong");
        _click(form.record);
        fire(_get(ConfirmDialog.class));
        assertThat(form.witnessLogin.getErrorMessage()).isEqualTo("The witness's sign-in name or password is wrong.");
        assertThat(_find(Div.class, s -> s.withId("paper-receipt"))).as("nothing recorded").isEmpty();

        set(form.witnessLogin, witness.email());
        set(form.witnessPassword, PASSWORD);
        _click(form.record);
        fire(_get(ConfirmDialog.class));
        String receipt = _get(Span.class, s -> s.withId("paper-receipt-code")).getText();
        assertThat(receipt).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        // the desk now shows the elector as voted on paper, never what
        PaperBallotView desk = _get(PaperBallotView.class);
        set(desk.search, name);
        _click(_get(Button.class, s -> s.withId("paper-search-button")));
        assertThat(desk.results.getElement().getTextRecursively()).contains("Voted on paper").doesNotContain("Yes");

        signIn(fixture.voters[0]);
        navigate(page());
        assertThat(_get(Paragraph.class, s -> s.withId("ballot-on-paper")).getText())
                .isEqualTo("You voted on paper at the committee office; ask there to change your vote.");
        BallotPanel ballot = _get(BallotPanel.class);
        assertThat(ballot.receipt.getText()).contains(receipt);
        set(ballot.answers.get(fixture.a), -1);
        _click(ballot.cast);
        assertThat(NotificationsKt.getNotifications()).extracting(PaperBallotScreensTest::text)
                .contains("You voted on paper at the committee office; ask there to change your vote.");
        assertThat(ballot.confirmation.getText()).as("nothing says the vote went in").isEmpty();
    }

    @Test
    void the_desk_is_for_staff_of_the_community_while_voting_and_the_result_shows_online_and_paper_counts() {
        inEnglish();
        signIn(fixture.voters[1]);
        navigate(page());
        assertThat(_find(Anchor.class, s -> s.withId("voting-paper"))).as("no desk for residents").isEmpty();
        navigate(page() + "/paper");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Only committee members and grid officers of this community record paper ballots.");

        signIn(fixture.committee);
        PaperBallotForm form = findAndChoose();
        set(form.inputs.answers.get(fixture.b), -1);
        set(form.witnessLogin, witness.email());
        set(form.witnessPassword, PASSWORD);
        _click(form.record);
        fire(_get(ConfirmDialog.class));
        fixture.vote(2, Map.of(fixture.b, 1));
        fixture.closeEarly();

        signIn(fixture.committee);
        navigate(page() + "/paper");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Paper ballots are recorded only while voting is open.");
        People.signOut();
        navigate(page());
        assertThat(_get(Paragraph.class, s -> s.withId("result-channels")).getText())
                .isEqualTo("Of these, 1 online and 1 on paper (counted alike).");
    }

    private static void fire(ConfirmDialog dialog) {
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        dialog.close(); // the browser closes it on confirm; the server-side test must do it itself
    }
}
