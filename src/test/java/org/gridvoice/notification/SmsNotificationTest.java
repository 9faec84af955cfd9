package org.gridvoice.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.proposal.ProposalService;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The important notifications (residency decided, a vote opened, your case resolved) also come by
 * text message, queued with the notification, to those who chose SMS and confirmed their phone;
 * accounts without an address get the bell (and their SMS), never a mail.
 */
@GridVoiceTest
class SmsNotificationTest {

    private static final long GRID_STATION_XINGFULI = 1L;

    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ResidencyService residencies;
    @Autowired Notifier notifier;
    @Autowired TransactionTemplate transaction;
    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService cases;
    @Autowired CaseWorkflow workflow;
    @Autowired ProposalService proposals;
    @Autowired NotificationService notifications;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** Gives the person a mobile number: confirmed or not, SMS chosen or not, and their address kept or dropped. */
    private String phone(Long userId, boolean confirmed, boolean chosen, boolean keepEmail) {
        String phone = TestSms.uniquePhone();
        jdbc.sql("""
                UPDATE account_user SET phone = :p, phone_confirmed = :c, sms_notifications = :s,
                    email = CASE WHEN :keep THEN email ELSE NULL END WHERE id = :id""")
                .param("p", phone).param("c", confirmed).param("s", chosen).param("keep", keepEmail).param("id", userId).update();
        return phone;
    }

    private List<String> queued(String phone) {
        return jdbc.sql("SELECT CONCAT(template, ' ', params, ' ', language) FROM shared_sms_outbox WHERE phone = :p ORDER BY id")
                .param("p", phone).query(String.class).list();
    }

    private long mailsNaming(String displayName) {
        return jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE body_text LIKE :n").param("n", "%" + displayName + "%")
                .query(Long.class).single();
    }

    private long notificationsOf(Long userId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = :k").param("u", userId).param("k", kind)
                .query(Long.class).single();
    }

    private Long pendingResidency(Long userId) {
        return jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at)
                VALUES (:u, 1, 1, '2号楼', '1单元', '302', 'PENDING', NOW()) RETURNING id""").param("u", userId).query(Long.class).single();
    }

    @Test
    void a_residency_decision_comes_by_sms_only_with_the_choice_and_a_confirmed_phone_and_a_phone_only_account_gets_no_mail() {
        SignedInUser phoneOnly = people.resident();
        String phoneOnlyNumber = phone(phoneOnly.id(), true, true, false);
        SignedInUser notChosen = people.resident();
        String notChosenNumber = phone(notChosen.id(), true, false, true);
        SignedInUser unconfirmed = people.resident();
        String unconfirmedNumber = phone(unconfirmed.id(), false, true, true);
        Long first = pendingResidency(phoneOnly.id());
        Long second = pendingResidency(notChosen.id());
        Long third = pendingResidency(unconfirmed.id());

        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        residencies.approve(first);
        residencies.approve(second);
        residencies.approve(third);

        assertThat(queued(phoneOnlyNumber)).containsExactly("RESIDENCY_DECIDED {\"status\":\"已通过\"} zh-CN");
        assertThat(notificationsOf(phoneOnly.id(), "RESIDENCY_APPROVED")).as("in the bell").isEqualTo(1);
        assertThat(mailsNaming(phoneOnly.displayName())).as("no address, no mail").isZero();
        assertThat(queued(notChosenNumber)).as("did not choose SMS").isEmpty();
        assertThat(mailsNaming(notChosen.displayName())).as("mailed by the account module as before").isEqualTo(1);
        assertThat(queued(unconfirmedNumber)).as("the number is not confirmed").isEmpty();
    }

    @Test
    void other_kinds_never_come_by_sms_and_a_phone_only_account_hears_of_them_in_the_bell_only() {
        SignedInUser phoneOnly = people.resident();
        String number = phone(phoneOnly.id(), true, true, false);

        transaction.executeWithoutResult(s -> {
            notifier.notify(phoneOnly.id(), "PROPOSAL_ENDORSED", List.of("某人", "楼下装路灯"), "proposals/1");
            notifier.notifyInAppAndDigest(phoneOnly.id(), "RESULT_PUBLISHED", List.of("停车"), "consultations/1/voting");
        });

        assertThat(queued(number)).isEmpty();
        assertThat(notificationsOf(phoneOnly.id(), "PROPOSAL_ENDORSED")).isEqualTo(1);
        assertThat(mailsNaming(phoneOnly.displayName())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND NOT mailed").param("u", phoneOnly.id())
                .query(Long.class).single()).as("nothing waits for a digest that cannot be mailed").isZero();
    }

    @Test
    void electors_who_chose_sms_hear_that_a_vote_opened_and_the_residents_behind_a_case_that_it_was_resolved() throws Exception {
        fixture.threeProposalsOnTheBallot("短信通知");
        String chosen = phone(fixture.voters[0].id(), true, true, true);
        String notChosen = phone(fixture.voters[1].id(), true, false, true);
        Long author = proposals.summaryOf(fixture.a).authorId();
        String authorNumber = phone(author, true, true, true);
        SignedInUser follower = people.resident();
        String followerNumber = phone(follower.id(), true, true, true);
        People.actAs(follower);
        notifications.follow(fixture.consultation);

        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        List<String> opened = awaitQueued(chosen);
        assertThat(opened).singleElement().satisfies(sms -> assertThat(sms).startsWith("VOTE_OPENED {\"title\":\"短信通知")
                .contains("\"closes\":\"").endsWith(" zh-CN"));
        assertThat(notificationsOf(fixture.voters[1].id(), "VOTE_OPENED")).as("in the bell of every elector").isEqualTo(1);
        assertThat(queued(notChosen)).isEmpty();

        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        Long caseId = cases.route(fixture.a, new RouteForm(null));
        SignedInUser officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        People.actAs(officer);
        workflow.accept(caseId, null);
        assertThat(queued(authorNumber)).as("accepting is not resolving").noneMatch(s -> s.startsWith("CASE_RESOLVED"));
        workflow.resolve(caseId, new CaseNoteForm("已修好", null));

        assertThat(queued(authorNumber)).filteredOn(s -> s.startsWith("CASE_RESOLVED")).singleElement()
                .satisfies(sms -> assertThat(sms).contains("\"title\":\""));
        assertThat(queued(followerNumber)).as("a follower's case it is not").noneMatch(s -> s.startsWith("CASE_RESOLVED"));
        assertThat(notificationsOf(follower.id(), "CASE_STEP")).as("the follower still hears in the bell").isGreaterThan(0);
    }

    /** Voting's opening notice is written after the opening commits (an application module listener). */
    private List<String> awaitQueued(String phone) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> found = queued(phone);
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(100);
        }
        return queued(phone);
    }
}
