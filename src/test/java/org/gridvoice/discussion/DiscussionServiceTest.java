package org.gridvoice.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class DiscussionServiceTest {

    @Autowired DiscussionService discussion;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    private ContentRef proposal;
    private SignedInUser author;

    @BeforeEach
    void aProposalToDiscuss() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "讨论测试" + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        author = people.verifiedResidentOf(1L);
        People.actAs(author);
        proposal = new ContentRef(ContentRef.PROPOSAL, proposals.create(new ProposalForm(consultation, "修缮自行车棚", "车棚漏雨", environment, null, null)));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private Long say(SignedInUser who, Long parentId, String text, Stance stance) {
        People.actAs(who);
        return discussion.comment(new CommentForm(proposal, parentId, text, stance));
    }

    @Test
    void anyone_signed_in_comments_with_a_stance_and_the_counts_follow() {
        say(people.resident(), null, "**同意**，车棚确实漏雨", Stance.FOR);
        say(people.resident(), null, "费用太高", Stance.AGAINST);
        say(people.resident(), null, "需要更多信息", null);
        assertThat(discussion.stanceCounts(proposal)).containsEntry(Stance.FOR, 1L).containsEntry(Stance.AGAINST, 1L)
                .containsEntry(Stance.NEUTRAL, 0L);
        var thread = discussion.thread(proposal, PageRequest.of(0, 10)).getContent();
        assertThat(thread).hasSize(3);
        assertThat(thread.getFirst().comment().bodyHtml()).contains("<strong>同意</strong>");
        assertThat(proposals.details(proposal.id()).summary().commentCount()).isEqualTo(3);
        People.signOut();
        assertThatThrownBy(() -> discussion.comment(new CommentForm(proposal, null, "匿名", null)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void replies_nest_three_levels_deep_and_no_deeper() {
        Long top = say(people.resident(), null, "第一层", null);
        Long second = say(people.resident(), top, "第二层", null);
        Long third = say(people.resident(), second, "第三层", null);
        assertThatThrownBy(() -> say(people.resident(), third, "第四层", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "discussion.error.too-deep")).isTrue());
        var thread = discussion.thread(proposal, PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(thread.replies()).extracting(CommentView::depth).containsExactly(1, 2);
    }

    @Test
    void bad_comments_are_refused_and_nothing_is_stored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM discussion_comment").query(Long.class).single();
        assertThatThrownBy(() -> say(people.resident(), null, "字".repeat(5_001), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("body", "validation.too-long")).isTrue());
        assertThatThrownBy(() -> say(people.resident(), null, "   ", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("body", "validation.required")).isTrue());
        People.actAs(people.resident());
        assertThatThrownBy(() -> discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, 987_654_321L), null, "不存在", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "discussion.error.target")).isTrue());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discussion_comment").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void an_up_vote_counts_once_and_not_for_ones_own_comment() {
        SignedInUser commenter = people.resident();
        Long id = say(commenter, null, "好主意", Stance.FOR);
        SignedInUser fan = people.resident();
        People.actAs(fan);
        discussion.upvote(id);
        assertThatThrownBy(() -> discussion.upvote(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "discussion.error.upvoted-already")).isTrue());
        assertThat(discussion.thread(proposal, PageRequest.of(0, 5)).getContent().getFirst().comment())
                .satisfies(c -> {
                    assertThat(c.upvotes()).isEqualTo(1);
                    assertThat(c.upvotedByMe()).isTrue();
                });
        People.actAs(commenter);
        assertThatThrownBy(() -> discussion.upvote(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "discussion.error.own-upvote")).isTrue());
    }

    @Test
    void authors_edit_their_own_comment_which_shows_as_edited_and_delete_leaves_a_tombstone() {
        SignedInUser commenter = people.resident();
        Long top = say(commenter, null, "原来的话", Stance.NEUTRAL);
        Long reply = say(people.resident(), top, "回复", null);
        People.actAs(commenter);
        long version = discussion.thread(proposal, PageRequest.of(0, 5)).getContent().getFirst().comment().version();
        discussion.edit(top, version, "改过的话", Stance.FOR);
        assertThatThrownBy(() -> discussion.edit(top, version, "旧页面", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "discussion.error.stale")).isTrue());
        People.actAs(people.resident());
        assertThatThrownBy(() -> discussion.delete(top)).isInstanceOf(AccessDeniedException.class);

        People.actAs(commenter);
        discussion.delete(top);
        var thread = discussion.thread(proposal, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(thread.comment().deleted()).isTrue();
        assertThat(thread.comment().bodyHtml()).isEmpty();
        assertThat(thread.replies()).extracting(CommentView::id).containsExactly(reply);
    }

    @Test
    void a_comment_older_than_fifteen_minutes_can_no_longer_be_edited() {
        SignedInUser commenter = people.resident();
        Long id = say(commenter, null, "早先的话", null);
        jdbc.sql("UPDATE discussion_comment SET created_at = :t WHERE id = :id").param("t", LocalDateTime.now().minusMinutes(16))
                .param("id", id).update();
        People.actAs(commenter);
        long version = discussion.thread(proposal, PageRequest.of(0, 5)).getContent().getFirst().comment().version();
        assertThatThrownBy(() -> discussion.edit(id, version, "太晚了", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "discussion.error.not-editable")).isTrue());
    }

    @Test
    void long_threads_page_and_a_page_costs_the_same_statements_however_many_replies() {
        for (int i = 0; i < 12; i++) {
            Long top = say(people.resident(), null, "意见 " + i, null);
            for (int r = 0; r < i % 3; r++) {
                say(people.resident(), top, "回复 " + r, null);
            }
        }
        People.signOut();
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        var first = discussion.thread(proposal, PageRequest.of(0, 5));
        long small = stats.getPrepareStatementCount();
        stats.clear();
        var big = discussion.thread(proposal, PageRequest.of(0, 10));
        assertThat(first.getTotalElements()).isEqualTo(12);
        assertThat(first.getContent()).hasSize(5);
        assertThat(big.getContent().stream().mapToInt(t -> t.replies().size()).sum()).isGreaterThan(5);
        assertThat(stats.getPrepareStatementCount()).isEqualTo(small).isLessThanOrEqualTo(5);
    }
}
