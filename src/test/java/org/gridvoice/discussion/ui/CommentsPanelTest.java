package org.gridvoice.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.discussion.Stance;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CommentsPanelTest extends ViewTest {

    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired JdbcClient jdbc;

    private ContentRef proposal;

    /** A proposal of a consultation of 幸福里社区 that is collecting proposals. */
    @BeforeEach
    void aProposalToDiscuss() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "讨论界面 " + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(1L));
        proposal = new ContentRef(ContentRef.PROPOSAL,
                proposals.create(new ProposalForm(consultation, "修缮自行车棚", "车棚漏雨", environment, null, null)));
        People.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_resident_comments_in_favour_the_badge_counts_it_and_a_neighbour_replies_indented_under_it() {
        SignedInUser commenter = people.resident();
        signIn(commenter);
        open();
        assertThat(badge(Stance.FOR).getText()).isEqualTo("支持 0");
        assertThat(_get(CommentsPanel.class).empty.isVisible()).isTrue();

        set(_get(TextArea.class, s -> s.withLabel("您的评论")), "**同意**，车棚确实漏雨");
        set((RadioButtonGroup<Optional<Stance>>) _get(RadioButtonGroup.class, s -> s.withLabel("您的立场")), Optional.of(Stance.FOR));
        _click(_get(Button.class, s -> s.withText("发表评论")));

        assertThat(badge(Stance.FOR).getText()).isEqualTo("支持 1");
        assertThat(badge(Stance.AGAINST).getText()).isEqualTo("反对 0");
        CommentItem posted = _get(CommentItem.class);
        assertThat(_get(posted, Html.class).getInnerHtml()).contains("<strong>同意</strong>");
        assertThat(_get(posted, StanceBadge.class).getText()).isEqualTo("支持");
        assertThat(posted.getElement().getTextRecursively()).contains(commenter.displayName());
        assertThat(_get(CommentsPanel.class).empty.isVisible()).isFalse();
        assertThat(_get(TextArea.class, s -> s.withLabel("您的评论")).getValue()).as("the form is empty again").isEmpty();

        signIn(people.resident());
        open();
        _click(_get(item(0), Button.class, s -> s.withText("回复")));
        set(_get(item(0), TextArea.class, s -> s.withLabel("您的回复")), "但是要先问物业");
        _click(_get(item(0), Button.class, s -> s.withText("发表回复")));

        List<CommentItem> items = _find(CommentItem.class);
        assertThat(items).hasSize(2);
        assertThat(items.get(1).comment.parentId()).isEqualTo(items.get(0).comment.id());
        assertThat(_get(items.get(1), Html.class).getInnerHtml()).contains("但是要先问物业");
        assertThat(items.get(0).getStyle().get("margin-inline-start")).isEqualTo("0em");
        assertThat(items.get(1).getStyle().get("margin-inline-start")).as("indented by one level").isEqualTo("2em");
        assertThat(badge(Stance.FOR).getText()).as("the reply took no stance").isEqualTo("支持 1");
    }

    @Test
    void a_comment_longer_than_5000_characters_is_refused_next_to_the_field_and_not_stored() {
        inEnglish();
        signIn(people.resident());
        open();
        TextArea body = _get(TextArea.class, s -> s.withLabel("Your comment"));
        set(body, "字".repeat(5_001));
        _click(_get(Button.class, s -> s.withText("Post comment")));

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("At most 5,000 characters, please.");
        assertThat(_find(CommentItem.class)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discussion_comment WHERE target_type = 'proposal' AND target_id = :id")
                .param("id", proposal.id()).query(Long.class).single()).isZero();
    }

    @Test
    void the_author_deletes_their_comment_after_confirming_and_a_tombstone_keeps_the_reply() {
        SignedInUser author = people.resident();
        Long top = say(author, null, "先这样吧", Stance.NEUTRAL);
        say(people.resident(), top, "我来回复", null);
        inEnglish();
        signIn(author);
        open();
        assertThat(badge(Stance.NEUTRAL).getText()).isEqualTo("Neutral: 1");
        assertThat(_find(item(1), Button.class, s -> s.withText("Delete"))).as("not the author of the reply").isEmpty();
        _click(_get(item(0), Button.class, s -> s.withText("Delete")));
        assertThat(_find(CommentItem.class)).as("nothing happens before confirming").hasSize(2);
        assertThat(item(0).comment.deleted()).isFalse();
        ConfirmDialog question = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));

        CommentItem tombstone = item(0);
        assertThat(tombstone.comment.deleted()).isTrue();
        assertThat(_get(tombstone, Paragraph.class).getText()).isEqualTo("This comment was deleted.");
        assertThat(_find(tombstone, Html.class)).isEmpty();
        assertThat(_find(tombstone, Button.class)).as("nothing left to do with it").isEmpty();
        assertThat(_get(item(1), Html.class).getInnerHtml()).contains("我来回复");
        assertThat(badge(Stance.NEUTRAL).getText()).as("a deleted comment takes no stance").isEqualTo("Neutral: 0");
    }

    @Test
    void a_visitor_reads_the_comments_and_gets_a_sign_in_link_instead_of_the_form() {
        Long top = say(people.resident(), null, "欢迎大家讨论", Stance.AGAINST);
        say(people.resident(), top, "同意楼上", null);
        inEnglish();
        open();
        assertThat(_find(CommentItem.class)).hasSize(2);
        assertThat(_get(item(0), Html.class).getInnerHtml()).contains("欢迎大家讨论");
        assertThat(badge(Stance.AGAINST).getText()).isEqualTo("Against: 1");
        Anchor signIn = _get(Anchor.class, s -> s.withText("Sign in to join the discussion"));
        assertThat(signIn.getHref()).isEqualTo("login");
        assertThat(_find(CommentEditor.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Reply"))).isEmpty();
        assertThat(item(0).upvote.isEnabled()).as("visitors do not vote").isFalse();
        assertThat(_get(item(0), Anchor.class, s -> s.withText("Report")).getHref()).isEqualTo("flag/comment/" + top);
    }

    @Test
    void up_voting_someone_elses_comment_shows_the_count_and_pressed_state() {
        SignedInUser author = people.resident();
        say(author, null, "在东门加一个车棚", Stance.FOR);
        SignedInUser fan = people.resident();
        inEnglish();
        signIn(fan);
        open();
        Button upvote = item(0).upvote;
        assertThat(upvote.getText()).isEqualTo("0");
        assertThat(upvote.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(upvote.getElement().getAttribute("aria-label")).isEqualTo("Up-vote this comment (no up-votes yet)");
        _click(upvote);

        upvote = item(0).upvote;
        assertThat(upvote.getText()).isEqualTo("1");
        assertThat(upvote.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(upvote.getElement().getAttribute("aria-label")).isEqualTo("Up-vote this comment (1 up-vote)");

        signIn(author);
        open();
        assertThat(item(0).upvote.getText()).isEqualTo("1");
        assertThat(item(0).upvote.isEnabled()).as("not one's own").isFalse();
        assertThat(_find(item(0), Anchor.class, s -> s.withText("Report"))).as("one does not report oneself").isEmpty();
    }

    @Test
    void the_thread_pages_by_ten_top_level_comments_and_the_author_corrects_one_which_shows_as_edited() {
        SignedInUser author = people.resident();
        for (int i = 0; i < 12; i++) {
            say(i == 11 ? author : people.resident(), null, "意见 " + i, null);
        }
        inEnglish();
        signIn(author);
        open();
        CommentsPanel panel = _get(CommentsPanel.class);
        assertThat(_find(CommentItem.class)).hasSize(10);
        assertThat(panel.more.isVisible()).isTrue();
        _click(panel.more);
        assertThat(_find(CommentItem.class)).hasSize(12);
        assertThat(panel.more.isVisible()).isFalse();

        CommentItem mine = item(11);
        _click(_get(mine, Button.class, s -> s.withText("Edit")));
        TextArea body = _get(mine, TextArea.class, s -> s.withLabel("Your comment"));
        assertThat(body.getValue()).isEqualTo("意见 11");
        set(body, "**改过**的意见");
        _click(_get(mine, Button.class, s -> s.withText("Save changes")));

        CommentItem corrected = item(11);
        assertThat(_get(corrected, Html.class).getInnerHtml()).contains("<strong>改过</strong>");
        assertThat(corrected.getElement().getTextRecursively()).contains("(edited)");
        assertThat(_find(CommentItem.class)).as("the other pages stay").hasSize(12);
    }

    private void open() {
        navigate("proposals/" + proposal.id());
    }

    private Long say(SignedInUser who, Long parentId, String text, Stance stance) {
        People.actAs(who);
        Long id = discussion.comment(new CommentForm(proposal, parentId, text, stance));
        People.signOut();
        return id;
    }

    private static StanceBadge badge(Stance stance) {
        return _find(_get(CommentsPanel.class).counts, StanceBadge.class).stream().filter(b -> b.stance == stance).findFirst()
                .orElseThrow();
    }

    private static CommentItem item(int index) {
        return _find(CommentItem.class).get(index);
    }
}
