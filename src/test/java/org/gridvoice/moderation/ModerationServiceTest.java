package org.gridvoice.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.CommentView;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@GridVoiceTest
@RecordApplicationEvents
class ModerationServiceTest {

    @Autowired ModerationService moderation;
    @Autowired DiscussionService discussion;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private ContentRef proposal;
    private ContentRef comment;
    private SignedInUser proposer;
    private SignedInUser commenter;
    private SignedInUser committee;
    private Long consultationId;

    @BeforeEach
    void contentToModerate() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "管理测试" + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        consultationId = consultation;
        proposer = people.verifiedResidentOf(1L);
        People.actAs(proposer);
        proposal = new ContentRef(ContentRef.PROPOSAL, proposals.create(new ProposalForm(consultation, "广场舞音量", "晚上太吵", environment, null, null)));
        commenter = people.resident();
        People.actAs(commenter);
        comment = new ContentRef(ContentRef.COMMENT, discussion.comment(new CommentForm(proposal, null, "某某住在 3 号楼 502，电话 138…", null)));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** Someone who may flag the test's content: a verified resident of its community. */
    private SignedInUser reporter() {
        return people.verifiedResidentOf(1L);
    }

    private void flagAs(SignedInUser who, ContentRef target, FlagReason reason) {
        People.actAs(who);
        moderation.flag(new FlagForm(target, reason, null));
    }

    private CommentView commentView() {
        return discussion.thread(proposal, PageRequest.of(0, 5)).getContent().getFirst().comment();
    }

    @Test
    void three_flags_hide_a_comment_until_the_committee_restores_it_with_a_public_reason() {
        flagAs(reporter(), comment, FlagReason.PRIVACY);
        flagAs(reporter(), comment, FlagReason.PRIVACY);
        assertThat(commentView().hidden()).isFalse();
        flagAs(reporter(), comment, FlagReason.ABUSE);
        assertThat(commentView()).satisfies(c -> {
            assertThat(c.hidden()).isTrue();
            assertThat(c.bodyHtml()).isEmpty();
            assertThat(c.hiddenReason()).as("pending review").isNull();
        });

        People.actAs(committee);
        assertThat(moderation.queue(PageRequest.of(0, 50)).getContent()).filteredOn(i -> i.target().equals(comment)).singleElement()
                .satisfies(i -> {
                    assertThat(i.status()).isEqualTo(ModerationStatus.HIDDEN_PENDING);
                    assertThat(i.reasons()).containsExactly(FlagReason.PRIVACY, FlagReason.PRIVACY, FlagReason.ABUSE);
                });
        moderation.restore(comment, new ReasonForm("内容未涉及隐私，予以恢复"));
        assertThat(commentView().hidden()).isFalse();
        assertThat(moderation.queue(PageRequest.of(0, 50)).getContent()).noneMatch(i -> i.target().equals(comment));
        assertThat(moderation.log(People.COMMUNITY_XINGFULI, PageRequest.of(0, 50)).getContent())
                .filteredOn(e -> e.target().equals(comment)).extracting(ModerationLogEntry::action, ModerationLogEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESTORED", "内容未涉及隐私，予以恢复"),
                        org.assertj.core.groups.Tuple.tuple("AUTO_HIDDEN", null));
        assertThat(events.stream(ContentModerated.class)).anyMatch(e -> e.target().equals(comment) && e.authorId().equals(commenter.id()));
    }

    @Test
    void the_queue_shows_the_content_hidden_or_not_its_author_every_report_with_its_note_and_a_link_to_it_in_place() {
        People.actAs(reporter());
        moderation.flag(new FlagForm(comment, FlagReason.OTHER, "留了别人的电话"));
        flagAs(reporter(), comment, FlagReason.PRIVACY);
        flagAs(reporter(), comment, FlagReason.PRIVACY);
        flagAs(reporter(), proposal, FlagReason.SPAM);
        People.actAs(proposer);
        ContentRef onConsultation = new ContentRef(ContentRef.COMMENT, discussion.comment(new CommentForm(
                new ContentRef(ContentRef.CONSULTATION, consultationId), null, "这条评论在议题下", null)));
        flagAs(reporter(), onConsultation, FlagReason.OFF_TOPIC);

        People.actAs(committee);
        var queue = moderation.queue(PageRequest.of(0, 200)).getContent();
        assertThat(queue).filteredOn(i -> i.target().equals(comment)).singleElement().satisfies(i -> {
            assertThat(i.authorName()).isEqualTo(commenter.displayName());
            assertThat(i.content().hidden()).as("hidden after three reports").isTrue();
            assertThat(i.content().text()).as("the committee reads hidden text").isEqualTo("某某住在 3 号楼 502，电话 138…");
            assertThat(i.content().context()).isEqualTo("广场舞音量");
            assertThat(i.content().route()).isEqualTo("proposals/" + proposal.id() + "#comment-" + comment.id());
            assertThat(i.reports()).extracting(ModerationItem.Report::reason, ModerationItem.Report::note).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(FlagReason.OTHER, "留了别人的电话"),
                    org.assertj.core.groups.Tuple.tuple(FlagReason.PRIVACY, null),
                    org.assertj.core.groups.Tuple.tuple(FlagReason.PRIVACY, null));
        });
        assertThat(queue).filteredOn(i -> i.target().equals(proposal)).singleElement().satisfies(i -> {
            assertThat(i.authorName()).isEqualTo(proposer.displayName());
            assertThat(i.content().text()).isEqualTo("晚上太吵");
            assertThat(i.content().route()).isEqualTo("proposals/" + proposal.id());
        });
        assertThat(queue).filteredOn(i -> i.target().equals(onConsultation)).singleElement()
                .satisfies(i -> assertThat(i.content().route()).isEqualTo("consultations/" + consultationId + "#comment-" + onConsultation.id()));
        assertThat(moderation.item(comment)).get().extracting(ModerationItem::openFlags).isEqualTo(3);
        assertThat(moderation.log(People.COMMUNITY_XINGFULI, PageRequest.of(0, 50)).getContent())
                .filteredOn(e -> e.target().equals(comment)).extracting(ModerationLogEntry::route)
                .as("the public log links to the comment in place").containsExactly("proposals/" + proposal.id() + "#comment-" + comment.id());
    }

    @Test
    void a_reporter_sees_what_they_report_and_afterwards_that_they_reported_it() {
        SignedInUser reporter = reporter();
        People.actAs(reporter);
        ReportSubject subject = moderation.subject(comment);
        assertThat(subject.authorName()).isEqualTo(commenter.displayName());
        assertThat(subject.context()).isEqualTo("广场舞音量");
        assertThat(subject.excerpt()).isEqualTo("某某住在 3 号楼 502，电话 138…");
        assertThat(subject.route()).isEqualTo("proposals/" + proposal.id() + "#comment-" + comment.id());
        assertThat(subject.reportedByMe()).isFalse();

        moderation.flag(new FlagForm(comment, FlagReason.PRIVACY, null));
        assertThat(moderation.subject(comment).reportedByMe()).isTrue();
        assertThat(moderation.reportedByMe(ContentRef.COMMENT, java.util.List.of(comment.id()))).containsExactly(comment.id());
        People.actAs(people.resident());
        assertThat(moderation.reportedByMe(ContentRef.COMMENT, java.util.List.of(comment.id()))).as("someone else").isEmpty();
        assertThatThrownBy(() -> moderation.subject(new ContentRef(ContentRef.COMMENT, 999_999_999L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "moderation.error.target")).isTrue());
    }

    @Test
    void the_committee_hides_a_proposal_with_a_reason_shown_in_place_of_its_text() {
        flagAs(reporter(), proposal, FlagReason.OFF_TOPIC);
        People.actAs(committee);
        moderation.hide(proposal, new ReasonForm("与本议题无关"));
        People.signOut();
        assertThat(proposals.details(proposal.id())).satisfies(d -> {
            assertThat(d.hidden()).isTrue();
            assertThat(d.hiddenReason()).isEqualTo("与本议题无关");
            assertThat(d.bodyHtml()).isEmpty();
        });
        assertThatThrownBy(() -> flagAs(reporter(), proposal, FlagReason.SPAM))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "moderation.error.hidden-already")).isTrue());
    }

    /** The longest reason the form allows, in Chinese with 4-byte emoji: 500 UTF-16 units. */
    static String longestReason() {
        return "内容涉及他人隐私😀".repeat(50);
    }

    @Test
    void a_hide_with_the_longest_allowed_chinese_reason_is_stored_whole_and_mailed_with_a_short_subject() {
        String reason = longestReason();
        assertThat(reason).hasSize(500);
        People.actAs(committee);
        moderation.hide(comment, new ReasonForm(reason));
        assertThat(moderation.log(People.COMMUNITY_XINGFULI, PageRequest.of(0, 50)).getContent())
                .filteredOn(e -> e.target().equals(comment)).extracting(ModerationLogEntry::reason).contains(reason);
        var subjects = jdbc.sql("SELECT subject FROM shared_mail_outbox WHERE recipient = :r").param("r", commenter.email())
                .query(String.class).list();
        assertThat(subjects).singleElement().satisfies(subject -> {
            assertThat(subject.codePointCount(0, subject.length())).isLessThanOrEqualTo(200);
            assertThat(subject).endsWith("…");
            assertThat(Character.isHighSurrogate(subject.charAt(subject.length() - 2))).isFalse();
        });
        moderation.restore(comment, new ReasonForm(reason));
        assertThat(commentView().hidden()).isFalse();
    }

    @Test
    void flags_are_once_per_person_never_on_ones_own_content_and_other_needs_a_note() {
        SignedInUser flagger = reporter();
        flagAs(flagger, comment, FlagReason.SPAM);
        assertThatThrownBy(() -> flagAs(flagger, comment, FlagReason.ABUSE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "moderation.error.flagged-already")).isTrue());
        assertThatThrownBy(() -> flagAs(commenter, comment, FlagReason.SPAM))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "moderation.error.own")).isTrue());
        People.actAs(reporter());
        assertThatThrownBy(() -> moderation.flag(new FlagForm(comment, FlagReason.OTHER, " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("note", "moderation.error.note-required")).isTrue());
        long flags = jdbc.sql("SELECT COUNT(*) FROM moderation_flag f JOIN moderation_item i ON i.id = f.item_id"
                + " WHERE i.target_type = 'comment' AND i.target_id = :id").param("id", comment.id()).query(Long.class).single();
        assertThat(flags).isEqualTo(1);
    }

    @Test
    void only_the_committee_of_the_community_decides() {
        flagAs(reporter(), comment, FlagReason.SPAM);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> moderation.hide(comment, new ReasonForm("越权"))).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.resident());
        assertThatThrownBy(() -> moderation.dismiss(comment)).isInstanceOf(AccessDeniedException.class);
        People.actAs(committee);
        assertThatThrownBy(() -> moderation.hide(comment, new ReasonForm("")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("reason", "validation.required")).isTrue());
        moderation.dismiss(comment);
        assertThat(commentView().hidden()).isFalse();
        assertThat(moderation.log(People.COMMUNITY_XINGFULI, PageRequest.of(0, 5)).getContent().getFirst().action()).isEqualTo("DISMISSED");
    }

    @Test
    void unverified_accounts_and_residents_of_another_community_cannot_flag_so_three_of_them_hide_nothing() {
        for (SignedInUser outsider : java.util.List.of(people.resident(), people.resident(), people.verifiedResidentOf(People.GRID_MEIYUAN_1),
                people.committeeOf(People.COMMUNITY_MEIYUAN))) {
            People.actAs(outsider);
            assertThat(moderation.flagRefusal(comment)).contains("moderation.refused.not-resident");
            assertThatThrownBy(() -> moderation.flag(new FlagForm(comment, FlagReason.SPAM, null)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "moderation.refused.not-resident")).isTrue());
        }
        assertThat(commentView().hidden()).as("nothing hidden").isFalse();
        long flags = jdbc.sql("SELECT COUNT(*) FROM moderation_flag f JOIN moderation_item i ON i.id = f.item_id"
                + " WHERE i.target_type = 'comment' AND i.target_id = :id").param("id", comment.id()).query(Long.class).single();
        assertThat(flags).as("no flag recorded").isZero();
        People.signOut();
        assertThat(moderation.flagRefusal(comment)).contains("moderation.refused.signed-out");
    }

    @Test
    void verified_residents_the_committee_of_the_community_and_administrators_may_flag() {
        for (SignedInUser allowed : java.util.List.of(reporter(), people.committeeOf(People.COMMUNITY_XINGFULI), people.admin())) {
            People.actAs(allowed);
            assertThat(moderation.flagRefusal(proposal)).isEmpty();
            moderation.flag(new FlagForm(proposal, FlagReason.SPAM, null));
        }
        People.actAs(committee);
        assertThat(moderation.item(proposal)).get().satisfies(i -> {
            assertThat(i.openFlags()).isEqualTo(3);
            assertThat(i.status()).isEqualTo(ModerationStatus.HIDDEN_PENDING);
            assertThat(i.reports()).extracting(ModerationItem.Report::reporterVerified).containsExactly(true, false, false);
        });
    }

    @Test
    void a_flagger_is_stopped_after_ten_flags_in_an_hour_with_a_clear_message() {
        People.actAs(commenter);
        java.util.List<ContentRef> comments = new java.util.ArrayList<>();
        for (int n = 0; n < 11; n++) {
            comments.add(new ContentRef(ContentRef.COMMENT, discussion.comment(new CommentForm(proposal, null, "评论 " + n, null))));
        }
        SignedInUser flagger = reporter();
        for (ContentRef target : comments.subList(0, 10)) {
            flagAs(flagger, target, FlagReason.SPAM);
        }
        assertThatThrownBy(() -> flagAs(flagger, comments.get(10), FlagReason.SPAM))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "moderation.error.too-many-flags")).isTrue());
        flagAs(reporter(), comments.get(10), FlagReason.SPAM);
    }

    @Test
    void the_queue_tells_the_committee_which_reports_come_from_verified_residents_and_how_new_their_accounts_are() {
        SignedInUser old = reporter();
        jdbc.sql("UPDATE account_user SET created_at = :then WHERE id = :id").param("then", LocalDateTime.now().minusDays(90))
                .param("id", old.id()).update();
        flagAs(old, comment, FlagReason.SPAM);
        flagAs(reporter(), comment, FlagReason.SPAM);
        flagAs(reporter(), comment, FlagReason.ABUSE);
        People.actAs(committee);
        assertThat(moderation.item(comment)).get().satisfies(i -> {
            assertThat(i.reports()).extracting(ModerationItem.Report::newAccount).containsExactly(false, true, true);
            assertThat(i.reports()).allMatch(ModerationItem.Report::reporterVerified);
            assertThat(i.reports().getFirst().reporterSince()).isBefore(LocalDateTime.now().minusDays(89));
            assertThat(i.newAccountReports()).isEqualTo(2);
        });
    }
}
