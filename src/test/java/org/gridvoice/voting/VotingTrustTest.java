package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.gridvoice.notification.NotificationItem;
import org.gridvoice.notification.NotificationService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
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
        jdbc.sql("UPDATE account_user SET email_pref = 'DAILY_DIGEST' WHERE id = :id").param("id", fixture.voters[2].id()).update();
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.closeEarly();

        assertThat(awaitNotification(fixture.voters[1], Locale.SIMPLIFIED_CHINESE)).endsWith("的投票结果已公布。");
        assertThat(awaitNotification(fixture.voters[0], Locale.SIMPLIFIED_CHINESE)).endsWith("的投票结果已公布。");
        assertThat(awaitNotification(fixture.voters[2], Locale.ENGLISH)).startsWith("The result of “").endsWith("” is published.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'RESULT_PUBLISHED' AND NOT mailed")
                .param("u", fixture.voters[2].id()).query(Long.class).single()).as("waits for the digest reader's daily mail").isEqualTo(1);
    }

    /** The newest result notice in the person's bell, once the listener (after the close commits) has written it. */
    private String awaitNotification(org.gridvoice.account.SignedInUser person, Locale locale) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            People.actAs(person);
            var found = notifications.mine(PageRequest.of(0, 10), locale).getContent().stream().map(NotificationItem::text)
                    .filter(t -> t.contains(fixture.consultation == null ? "" : "信任"))
                    // electors also hear that voting opened: wait for the result's notice
                    .filter(t -> t.contains("结果") || t.contains("result")).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no notification reached " + person.displayName());
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
