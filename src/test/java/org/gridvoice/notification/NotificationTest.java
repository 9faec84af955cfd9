package org.gridvoice.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.gridvoice.account.EmailPreference;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.moderation.FlagForm;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@GridVoiceTest
class NotificationTest {

    @Autowired NotificationService notifications;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired ModerationService moderation;
    @Autowired DigestMail digest;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired org.gridvoice.account.AccountService accounts;

    private Long consultation;
    private SignedInUser committee;
    private long environment;

    @BeforeEach
    void openConsultation() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "通知测试" + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private Long propose(SignedInUser author, String title) {
        People.actAs(author);
        return proposals.create(new ProposalForm(consultation, title, "内容", environment, null, null));
    }

    private java.util.List<String> texts(SignedInUser user, Locale locale) {
        People.actAs(user);
        return notifications.mine(PageRequest.of(0, 20), locale).getContent().stream().map(NotificationItem::text).toList();
    }

    @Test
    void an_endorsement_reaches_the_author_in_the_bell_and_by_mail_with_a_working_unsubscribe_link() throws Exception {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = propose(author, "楼下装路灯");
        SignedInUser endorser = people.verifiedResidentOf(2L);
        People.actAs(endorser);
        proposals.endorse(id);

        assertThat(texts(author, Locale.SIMPLIFIED_CHINESE)).containsExactly(endorser.displayName() + " 附议了您的提案“楼下装路灯”。");
        assertThat(notifications.unreadCount()).isEqualTo(1);
        MimeMessage mail = TestMail.awaitMailTo(author.email());
        assertThat(mail.getSubject()).isEqualTo("格声：" + endorser.displayName() + " 附议了您的提案“楼下装路灯”。");
        String body = TestMail.body(mail);
        assertThat(body).contains("/proposals/" + id);
        String token = body.replaceAll("(?s).*unsubscribe\\?token=([0-9]+(?:\\.[A-Za-z0-9_-]+)+).*", "$1");

        assertThat(notifications.unsubscribe(token + "x")).isFalse();
        assertThat(notifications.unsubscribe(token)).isTrue();
        assertThat(jdbc.sql("SELECT email_pref FROM account_user WHERE id = :id").param("id", author.id()).query(String.class).single())
                .isEqualTo("NEVER");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    /** The unsubscribe token of the {@code n}-th mail (from 1) to the user, once it arrived. */
    private String unsubscribeTokenOfMail(SignedInUser user, int n) throws Exception {
        TestMail.awaitMailTo(user.email());
        for (int i = 0; i < 150 && TestMail.mailsTo(user.email()).size() < n; i++) {
            Thread.sleep(100);
        }
        String body = TestMail.body(TestMail.mailsTo(user.email()).get(n - 1));
        assertThat(body).contains("unsubscribe?token=");
        return body.replaceAll("(?s).*unsubscribe\\?token=([0-9]+(?:\\.[A-Za-z0-9_-]+)+).*", "$1");
    }

    private void endorse(Long proposal, long grid) {
        People.actAs(people.verifiedResidentOf(grid));
        proposals.endorse(proposal);
    }

    @Test
    void an_unsubscribe_link_works_once_and_ends_when_the_mail_preference_changes() throws Exception {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = propose(author, "换楼道灯");
        endorse(id, 2L);
        String first = unsubscribeTokenOfMail(author, 1);
        People.actAs(author);
        accounts.updateMyProfile(new org.gridvoice.account.ProfileForm(author.displayName(), "zh-CN", EmailPreference.DAILY_DIGEST));
        accounts.updateMyProfile(new org.gridvoice.account.ProfileForm(author.displayName(), "zh-CN", EmailPreference.IMMEDIATE));
        People.signOut();
        assertThat(notifications.unsubscribe(first)).as("the preference changed since the mail").isFalse();
        assertThat(jdbc.sql("SELECT email_pref FROM account_user WHERE id = :id").param("id", author.id()).query(String.class).single())
                .isEqualTo("IMMEDIATE");

        endorse(id, 3L);
        String second = unsubscribeTokenOfMail(author, 2);
        assertThat(second).isNotEqualTo(first);
        assertThat(notifications.unsubscribe(second)).isTrue();
        assertThat(notifications.unsubscribe(second)).as("used once already").isFalse();
    }

    @Test
    void comments_reach_the_proposal_author_and_replies_reach_the_comment_author_but_nobody_hears_of_their_own_act() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = propose(author, "增加座椅");
        SignedInUser commenter = people.resident();
        People.actAs(commenter);
        Long top = discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, id), null, "支持", null));
        People.actAs(author);
        discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, id), top, "谢谢", null));
        SignedInUser third = people.resident();
        People.actAs(third);
        discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, id), top, "我也同意", null));

        assertThat(texts(author, Locale.ENGLISH)).containsExactlyInAnyOrder(
                commenter.displayName() + " commented on your proposal “增加座椅”.",
                third.displayName() + " commented on your proposal “增加座椅”.");
        assertThat(texts(commenter, Locale.ENGLISH)).containsExactlyInAnyOrder(
                author.displayName() + " replied to your comment on “增加座椅”.",
                third.displayName() + " replied to your comment on “增加座椅”.");
        assertThat(texts(third, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void a_reply_to_the_proposal_authors_own_comment_reaches_them_as_a_reply_linked_to_the_reply() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = propose(author, "修补路面");
        People.actAs(author);
        Long own = discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, id), null, "补充：坑在 5 号楼前", null));
        SignedInUser replier = people.resident();
        People.actAs(replier);
        Long reply = discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, id), own, "我也看到了", null));

        assertThat(texts(author, Locale.ENGLISH)).containsExactly(replier.displayName() + " replied to your comment on “修补路面”.");
        assertThat(texts(author, Locale.SIMPLIFIED_CHINESE)).containsExactly(replier.displayName() + " 回复了您在“修补路面”下的评论。");
        People.actAs(author);
        assertThat(notifications.mine(PageRequest.of(0, 5), Locale.ENGLISH).getContent().getFirst().link())
                .isEqualTo("proposals/" + id + "#comment-" + reply);
    }

    @Test
    void digest_readers_get_one_mail_a_day_with_everything_new() throws Exception {
        SignedInUser author = people.verifiedResidentOf(1L);
        jdbc.sql("UPDATE account_user SET email_pref = 'DAILY_DIGEST', language = 'en' WHERE id = :id").param("id", author.id()).update();
        Long first = propose(author, "公告栏更新");
        Long second = propose(author, "快递柜遮雨");
        People.actAs(people.verifiedResidentOf(2L));
        proposals.endorse(first);
        proposals.endorse(second);
        Thread.sleep(1000);
        assertThat(TestMail.mailsTo(author.email())).as("nothing right away").isEmpty();

        digest.send();
        MimeMessage mail = TestMail.awaitMailTo(author.email());
        assertThat(mail.getSubject()).isEqualTo("GridVoice: 2 new notifications");
        assertThat(TestMail.body(mail)).contains("“公告栏更新”", "“快递柜遮雨”", "unsubscribe?token=");
        digest.send();
        Thread.sleep(1000);
        // nothing mailed is mailed again (a vote the phase clock opens meanwhile may bring the elector something new)
        assertThat(TestMail.mailsTo(author.email()).stream().skip(1).map(TestMail::body))
                .as("a second digest repeats nothing").noneMatch(body -> body.contains("“公告栏更新”") || body.contains("“快递柜遮雨”"));
    }

    @Test
    void flags_reach_the_committee_and_its_decision_reaches_the_author() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = propose(author, "小区广告");
        People.actAs(people.verifiedResidentOf(1L));
        moderation.flag(new FlagForm(new ContentRef(ContentRef.PROPOSAL, id), FlagReason.SPAM, null));
        assertThat(texts(committee, Locale.SIMPLIFIED_CHINESE)).anyMatch(t -> t.contains("被举报（待处理举报 1 条）"));

        People.actAs(committee);
        moderation.hide(new ContentRef(ContentRef.PROPOSAL, id), new ReasonForm("商业广告"));
        assertThat(texts(author, Locale.SIMPLIFIED_CHINESE)).anyMatch(t -> t.startsWith("居委会隐藏了您的") && t.endsWith("：商业广告"));
    }

    @Test
    void followers_hear_when_a_consultation_enters_a_new_phase() {
        SignedInUser follower = people.resident();
        People.actAs(follower);
        notifications.follow(consultation);
        assertThat(notifications.following(consultation)).isTrue();
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("提前讨论"));
        assertThat(texts(follower, Locale.ENGLISH)).singleElement().satisfies(t -> assertThat(t).endsWith("is now in the phase: Deliberation."));
    }
}
