package org.gridvoice.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestSms;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A day before a vote closes, each elector who has not voted (nor their household, under the
 * household rule) is reminded once: in the bell, by mail as they chose, by SMS if they chose it.
 */
@GridVoiceTest
class VoteReminderTest {

    @Autowired VotingFixture fixture;
    @Autowired VoteReminderJob reminders;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private long reminders(SignedInUser person) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'VOTE_REMINDER' AND link = :l")
                .param("u", person.id()).param("l", "consultations/" + fixture.consultation + "/voting").query(Long.class).single();
    }

    private long mailsNaming(SignedInUser person) {
        return jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE body_text LIKE :n AND body_text LIKE '%一天内截止%'")
                .param("n", "%" + person.displayName() + "%").query(Long.class).single();
    }

    private java.util.List<String> smsTo(String phone) {
        return jdbc.sql("SELECT template FROM shared_sms_outbox WHERE phone = :p").param("p", phone).query(String.class).list();
    }

    @Test
    void non_voters_are_reminded_once_a_day_before_the_close_and_neither_voters_nor_their_household_are() throws InterruptedException {
        fixture.threeProposalsOnTheBallot("投票提醒");
        // another household in grid 1: all the fixture's grid-1 voters live in 1号楼1单元101
        SignedInUser neighbour = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        jdbc.sql("UPDATE account_residency SET room = '102' WHERE user_id = :u").param("u", neighbour.id()).update();
        String phone = TestSms.uniquePhone();
        jdbc.sql("UPDATE account_user SET phone = :p, phone_confirmed = TRUE, sms_notifications = TRUE WHERE id = :u")
                .param("p", phone).param("u", fixture.voters[2].id()).update();
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, true));
        fixture.vote(0, Map.of(fixture.a, 1));

        reminders.remindAll();
        assertThat(reminders(fixture.voters[2])).as("a vote that closes in four weeks reminds nobody yet").isZero();

        jdbc.sql("""
                UPDATE consultation SET voting_open_at = NOW(6) - INTERVAL 3 DAY, voting_close_at = NOW(6) + INTERVAL 20 HOUR
                WHERE id = :c""").param("c", fixture.consultation).update();
        reminders.remindAll();
        reminders.remindAll();

        assertThat(reminders(fixture.voters[0])).as("voted").isZero();
        assertThat(reminders(fixture.voters[1])).as("their household voted").isZero();
        assertThat(reminders(fixture.voters[2])).as("has not voted: reminded once, however often the job runs").isEqualTo(1);
        assertThat(reminders(neighbour)).as("another household of the same grid").isEqualTo(1);
        assertThat(mailsNaming(fixture.voters[2])).as("by mail, as they chose (immediately)").isEqualTo(1);
        // the opening notice is sent after voting opened commits, by a listener of its own: wait for it
        for (int i = 0; i < 100 && smsTo(phone).size() < 2; i++) {
            Thread.sleep(100);
        }
        assertThat(smsTo(phone)).as("and by SMS, which they chose (besides the opening notice)")
                .containsExactlyInAnyOrder("VOTE_OPENED", "VOTE_REMINDER");
    }

    @Test
    void a_vote_without_the_household_rule_reminds_the_other_member_of_a_household() {
        fixture.threeProposalsOnTheBallot("个人投票提醒");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        jdbc.sql("""
                UPDATE consultation SET voting_open_at = NOW(6) - INTERVAL 3 DAY, voting_close_at = NOW(6) + INTERVAL 20 HOUR
                WHERE id = :c""").param("c", fixture.consultation).update();

        reminders.remindAll();

        assertThat(reminders(fixture.voters[0])).isZero();
        assertThat(reminders(fixture.voters[1])).as("each person votes for themselves here").isEqualTo(1);
    }
}
