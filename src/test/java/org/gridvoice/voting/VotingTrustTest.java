package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Map;
import org.gridvoice.notification.NotificationItem;
import org.gridvoice.notification.NotificationService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What lets a voter trust the result: replaced receipts are explained, and every elector hears that the result is out. */
@GridVoiceTest
class VotingTrustTest {

    @Autowired VotingFixture fixture;
    @Autowired ResultExport export;
    @Autowired VoterActivityService activity;
    @Autowired NotificationService notifications;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void open() {
        fixture.threeProposalsOnTheBallot("信任");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_OWN_VOTE, false));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_receipt_replaced_by_a_later_ballot_is_known_as_replaced_and_only_the_latest_is_counted() {
        String first = fixture.vote(0, Map.of(fixture.a, 1));
        String latest = fixture.vote(0, Map.of(fixture.a, -1));
        fixture.closeEarly();

        assertThat(export.ballotOfReceipt(fixture.consultation, first)).isEmpty();
        assertThat(export.receiptReplaced(fixture.consultation, first)).isTrue();
        assertThat(export.receiptReplaced(fixture.consultation, first.toLowerCase(Locale.ROOT))).as("typed in lower case").isTrue();
        assertThat(export.ballotOfReceipt(fixture.consultation, latest)).contains(Map.of(fixture.a, -1));
        assertThat(export.receiptReplaced(fixture.consultation, latest)).isFalse();
        assertThat(export.receiptReplaced(fixture.consultation, "AAAA-BBBB-CCCC")).isFalse();
    }

    @Test
    void every_elector_hears_the_result_is_out_in_their_own_language_even_one_who_neither_voted_nor_followed() throws Exception {
        jdbc.sql("UPDATE account_user SET language = 'en' WHERE id = :id").param("id", fixture.voters[2].id()).update();
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.closeEarly();

        MimeMessage chinese = TestMail.awaitMailTo(fixture.voters[1].email());
        assertThat(chinese.getSubject()).contains("的投票结果已公布");
        MimeMessage english = TestMail.awaitMailTo(fixture.voters[2].email());
        assertThat(english.getSubject()).contains("is published");
        assertThat(TestMail.awaitMailTo(fixture.voters[0].email()).getSubject()).contains("的投票结果已公布");

        People.actAs(fixture.voters[1]);
        assertThat(notifications.mine(PageRequest.of(0, 10), Locale.SIMPLIFIED_CHINESE).getContent()).extracting(NotificationItem::text)
                .anyMatch(t -> t.endsWith("的投票结果已公布。"));
    }

    @Test
    void my_votes_show_the_receipt_of_the_latest_ballot_and_never_the_choice_and_an_open_vote_waits_for_those_who_have_not_voted() {
        People.actAs(fixture.voters[1]);
        assertThat(activity.awaitingMyVote(5)).contains(fixture.consultation);
        String receipt = fixture.vote(1, Map.of(fixture.b, 1));
        People.actAs(fixture.voters[1]);
        assertThat(activity.awaitingMyVote(5)).doesNotContain(fixture.consultation);
        MyVote vote = activity.myVotes(PageRequest.of(0, 10)).getContent().stream()
                .filter(v -> v.consultationId().equals(fixture.consultation)).findFirst().orElseThrow();
        assertThat(vote.voted()).isTrue();
        assertThat(vote.receipt()).isEqualTo(receipt);
        assertThat(vote.closed()).isFalse();

        People.actAs(fixture.voters[2]);
        assertThat(activity.awaitingMyVote(5)).contains(fixture.consultation);
        fixture.closeEarly();
        People.actAs(fixture.voters[2]);
        assertThat(activity.awaitingMyVote(5)).as("closed: nothing waits any more").doesNotContain(fixture.consultation);
        assertThat(activity.myVotes(PageRequest.of(0, 10)).getContent()).filteredOn(v -> v.consultationId().equals(fixture.consultation))
                .singleElement().satisfies(v -> {
                    assertThat(v.voted()).isFalse();
                    assertThat(v.closed()).isTrue();
                });
    }
}
