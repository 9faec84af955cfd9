package org.gridvoice.discussion.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
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
import org.gridvoice.moderation.FlagForm;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class CommentsPanelTest extends ViewTest {

    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired JdbcClient jdbc;
    @Autowired ModerationService moderation;

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
        Element posted = html(_get(CommentItem.class));
        assertThat(posted.selectFirst(".gv-comment-body").html()).contains("<strong>同意</strong>");
        assertThat(posted.selectFirst(".gv-comment-header span[theme='badge success']").text()).isEqualTo("支持");
        assertThat(posted.selectFirst(".gv-comment-author").text()).isEqualTo(commenter.displayName());
        assertThat(_get(CommentsPanel.class).empty.isVisible()).isFalse();
        assertThat(_get(TextArea.class, s -> s.withLabel("您的评论")).getValue()).as("the form is empty again").isEmpty();

        signIn(people.resident());
        open();
        assertThat(button(item(0), "reply").text()).isEqualTo("回复");
        click(item(0), "reply");
        assertThat(item(0).editorSlot.getElement().getParent()).as("opens in the thread, under the comment")
                .isEqualTo(item(0).getElement().getParent());
        set(_get(item(0).editorSlot, TextArea.class, s -> s.withLabel("您的回复")), "但是要先问物业");
        _click(_get(item(0).editorSlot, Button.class, s -> s.withText("发表回复")));

        List<CommentItem> items = _find(CommentItem.class);
        assertThat(items).hasSize(2);
        assertThat(items.get(1).comment.parentId()).isEqualTo(items.get(0).comment.id());
        assertThat(html(items.get(1)).selectFirst(".gv-comment-body").text()).isEqualTo("但是要先问物业");
        assertThat(items.get(1).getClassNames()).contains("gv-comment", "gv-comment-depth-1");
        assertThat(_find(TextArea.class, s -> s.withLabel("您的回复"))).as("the reply form closed").isEmpty();
        assertThat(items.get(0).getStyle().get("margin-inline-start")).isEqualTo("0em");
        assertThat(items.get(1).getStyle().get("margin-inline-start")).as("indented by one level").isEqualTo("2em");
        assertThat(badge(Stance.FOR).getText()).as("the reply took no stance").isEqualTo("支持 1");
    }

    @Test
    void the_preview_shows_the_sanitised_text_below_the_field_and_closes_once_the_comment_is_posted() {
        inEnglish();
        signIn(people.resident());
        open();
        CommentEditor editor = _get(CommentEditor.class);
        TextArea body = _get(TextArea.class, s -> s.withLabel("Your comment"));
        assertThat(editor.preview.isVisible()).isFalse();
        assertThat(editor.previewToggle.getText()).isEqualTo("Preview");
        assertThat(editor.previewToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(editor.previewToggle.getElement().getAttribute("aria-controls")).isEqualTo(editor.preview.getId().orElseThrow());

        _click(editor.previewToggle);
        assertThat(editor.preview.isVisible()).isTrue();
        assertThat(editor.preview.getElement().getTextRecursively()).isEqualTo("Nothing to preview yet.");

        set(body, "**Agreed** <script>alert(1)</script> [see](javascript:alert(2))");
        _click(editor.previewToggle);
        assertThat(editor.preview.isVisible()).as("a second click hides it").isFalse();
        _click(editor.previewToggle);
        String shown = ((Html) editor.preview.getComponentAt(0)).getInnerHtml();
        assertThat(shown).contains("<strong>Agreed</strong>").doesNotContain("<script", "javascript:");
        assertThat(editor.previewToggle.getText()).isEqualTo("Hide preview");
        assertThat(editor.previewToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(body.isVisible()).as("the field stays in view beside its preview").isTrue();

        _click(_get(Button.class, s -> s.withText("Post comment")));
        assertThat(_find(CommentItem.class)).hasSize(1);
        assertThat(editor.preview.isVisible()).as("the form is fresh again").isFalse();
        assertThat(editor.previewToggle.getText()).isEqualTo("Preview");
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
        assertThat(html(item(1)).select("button[data-action=delete]")).as("not the author of the reply").isEmpty();
        assertThat(button(item(0), "delete").text()).isEqualTo("Delete");
        click(item(0), "delete");
        assertThat(_find(CommentItem.class)).as("nothing happens before confirming").hasSize(2);
        assertThat(item(0).comment.deleted()).isFalse();
        ConfirmDialog question = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));

        CommentItem tombstone = item(0);
        assertThat(tombstone.comment.deleted()).isTrue();
        assertThat(html(tombstone).selectFirst(".gv-comment-note").text()).isEqualTo("This comment was deleted.");
        assertThat(html(tombstone).select(".gv-comment-body")).isEmpty();
        assertThat(html(tombstone).select("button, a")).as("nothing left to do with it").isEmpty();
        assertThat(html(tombstone).text()).as("nor who wrote it").doesNotContain(author.displayName());
        assertThat(html(item(1)).selectFirst(".gv-comment-body").text()).isEqualTo("我来回复");
        assertThat(badge(Stance.NEUTRAL).getText()).as("a deleted comment takes no stance").isEqualTo("Neutral: 0");
    }

    @Test
    void a_visitor_reads_the_comments_and_gets_a_sign_in_link_instead_of_the_form() {
        Long top = say(people.resident(), null, "欢迎大家讨论", Stance.AGAINST);
        say(people.resident(), top, "同意楼上", null);
        inEnglish();
        open();
        assertThat(_find(CommentItem.class)).hasSize(2);
        assertThat(html(item(0)).selectFirst(".gv-comment-body").text()).isEqualTo("欢迎大家讨论");
        assertThat(badge(Stance.AGAINST).getText()).isEqualTo("Against: 1");
        Anchor signIn = _get(Anchor.class, s -> s.withText("Sign in to join the discussion"));
        assertThat(signIn.getHref()).isEqualTo("login");
        assertThat(_find(CommentEditor.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(html(item(0)).select("button[data-action=reply]")).isEmpty();
        assertThat(button(item(0), "upvote").hasAttr("disabled")).as("visitors do not vote").isTrue();
        Element report = html(item(0)).selectFirst(".gv-comment-actions a");
        assertThat(report.text()).isEqualTo("Report");
        assertThat(report.attr("href")).isEqualTo("flag/comment/" + top);
        assertThat(report.hasAttr("router-link")).isTrue();
        assertThat(report.attr("aria-label")).isEqualTo("Report this comment to the committee");
    }

    @Test
    void up_voting_someone_elses_comment_shows_the_count_and_pressed_state() {
        SignedInUser author = people.resident();
        say(author, null, "在东门加一个车棚", Stance.FOR);
        SignedInUser fan = people.resident();
        inEnglish();
        signIn(fan);
        open();
        Element upvote = button(item(0), "upvote");
        assertThat(upvote.text()).isEqualTo("0");
        assertThat(upvote.attr("aria-pressed")).isEqualTo("false");
        assertThat(upvote.attr("aria-label")).isEqualTo("Up-vote this comment (no up-votes yet)");
        assertThat(upvote.hasAttr("disabled")).isFalse();
        click(item(0), "upvote");

        upvote = button(item(0), "upvote");
        assertThat(upvote.text()).isEqualTo("1");
        assertThat(upvote.attr("aria-pressed")).isEqualTo("true");
        assertThat(upvote.attr("aria-label")).isEqualTo("Up-vote this comment (1 up-vote)");
        click(item(0), "upvote");
        assertThat(button(item(0), "upvote").text()).as("a second click takes the up-vote back").isEqualTo("0");
        assertThat(button(item(0), "upvote").attr("aria-pressed")).isEqualTo("false");
        click(item(0), "upvote");

        signIn(author);
        open();
        assertThat(button(item(0), "upvote").text()).isEqualTo("1");
        assertThat(button(item(0), "upvote").hasAttr("disabled")).as("not one's own").isTrue();
        assertThat(button(item(0), "upvote").attr("title")).isEqualTo("You cannot up-vote your own comment.");
        assertThat(html(item(0)).select(".gv-comment-actions a")).as("one does not report oneself").isEmpty();
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
        assertThat(html(item(10)).select("button[data-action=edit]")).as("someone else's").isEmpty();
        click(mine, "edit");
        TextArea body = _get(mine.editorSlot, TextArea.class, s -> s.withLabel("Your comment"));
        assertThat(body.getValue()).isEqualTo("意见 11");
        set(body, "**改过**的意见");
        _click(_get(mine.editorSlot, Button.class, s -> s.withText("Save changes")));

        Element corrected = html(item(11));
        assertThat(corrected.selectFirst(".gv-comment-body").html()).contains("<strong>改过</strong>");
        assertThat(corrected.selectFirst(".gv-comment-header").text()).contains("(edited)");
        assertThat(_find(CommentItem.class)).as("the other pages stay").hasSize(12);
    }

    @Test
    void a_reader_who_reported_a_comment_sees_it_marked_instead_of_the_report_link_and_unverified_readers_get_no_link() {
        Long first = say(people.resident(), null, "第一条", null);
        say(people.resident(), null, "第二条", null);
        SignedInUser reporter = people.verifiedResidentOf(1L);
        People.actAs(reporter);
        moderation.flag(new FlagForm(new ContentRef(ContentRef.COMMENT, first), FlagReason.OTHER, "不实信息"));
        People.signOut();
        inEnglish();
        signIn(reporter);
        open();

        Element reported = html(itemOf(first));
        assertThat(reported.selectFirst(".gv-comment-reported span").text()).isEqualTo("You reported this");
        assertThat(reported.select(".gv-comment-actions a")).as("no second report").isEmpty();
        Element other = html(item(0).comment.id().equals(first) ? item(1) : item(0));
        assertThat(other.select(".gv-comment-reported")).isEmpty();
        assertThat(other.selectFirst(".gv-comment-actions a").text()).isEqualTo("Report");

        signIn(people.resident());
        open();
        assertThat(html(item(0)).select(".gv-comment-actions a")).as("not verified in this community").isEmpty();
        assertThat(html(item(1)).select(".gv-comment-actions a")).isEmpty();
    }

    @Test
    void a_forged_click_for_a_comment_not_shown_or_an_action_not_offered_changes_nothing() {
        SignedInUser author = people.resident();
        SignedInUser neighbour = people.resident();
        Long theirs = say(author, null, "别人的评论", Stance.FOR);
        Long mine = say(neighbour, null, "我的评论", null);
        for (int i = 0; i < 8; i++) {
            say(author, null, "意见 " + i, null);
        }
        Long notShown = say(author, null, "第二页的评论", null);
        Long nowhere = jdbc.sql("SELECT MAX(id) + 1000 FROM discussion_comment").query(Long.class).single();
        signIn(neighbour);
        open();
        CommentsPanel panel = _get(CommentsPanel.class);
        assertThat(_find(CommentItem.class)).extracting(i -> i.comment.id()).doesNotContain(notShown);

        fire(panel, "delete", theirs.toString());
        fire(panel, "edit", theirs.toString());
        fire(panel, "upvote", mine.toString());
        fire(panel, "upvote", notShown.toString());
        fire(panel, "reply", nowhere.toString());
        fire(panel, "upvote", theirs + " ");
        fire(panel, "report", theirs.toString());
        fire(panel, "UPVOTE", theirs.toString());
        fire(panel, null, theirs.toString());
        fire(panel, "upvote", null);

        assertThat(_find(ConfirmDialog.class)).as("no question to delete someone else's comment").isEmpty();
        assertThat(_find(CommentEditor.class)).as("only the form for a new comment").hasSize(1);
        assertThat(upvotes()).as("nobody up-voted anything").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discussion_comment WHERE id IN (:ids) AND deleted_at IS NULL")
                .param("ids", List.of(theirs, mine)).query(Long.class).single()).isEqualTo(2);

        _click(panel.more);
        fire(panel, "upvote", notShown.toString());
        assertThat(upvotes()).as("once shown, the comment takes the up-vote").isEqualTo(1);

        People.signOut();
        open();
        fire(_get(CommentsPanel.class), "upvote", theirs.toString());
        fire(_get(CommentsPanel.class), "reply", theirs.toString());
        assertThat(upvotes()).as("visitors do not vote").isEqualTo(1);
        assertThat(_find(CommentEditor.class)).as("nor reply").isEmpty();

        signIn(neighbour);
        open();
        fire(_get(CommentsPanel.class), "upvote", theirs.toString());
        assertThat(upvotes()).as("the same click, when offered, counts").isEqualTo(2);
    }

    private long upvotes() {
        return jdbc.sql("SELECT COUNT(*) FROM discussion_upvote u JOIN discussion_comment c ON c.id = u.comment_id"
                + " WHERE c.target_type = 'proposal' AND c.target_id = :id").param("id", proposal.id()).query(Long.class).single();
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

    /** The comment as the browser renders it. */
    private static Element html(CommentItem item) {
        return Jsoup.parseBodyFragment(item.getElement().getProperty("innerHTML")).body();
    }

    private static Element button(CommentItem item, String action) {
        Element button = html(item).selectFirst(".gv-comment-actions button[data-action=" + action + "]");
        assertThat(button).as("a " + action + " button").isNotNull();
        return button;
    }

    /** Clicks a comment's button as the browser does: it reports the button's data to the panel's listener, unless disabled. */
    private static void click(CommentItem item, String action) {
        Element button = button(item, action);
        assertThat(button.hasAttr("disabled")).as("a browser does not click a disabled button").isFalse();
        fire(_get(CommentsPanel.class), button.attr("data-action"), button.attr("data-comment"));
    }

    /** The event the browser sends for a click on a comment's button, with whatever data a client may put in it. */
    private static void fire(CommentsPanel panel, String action, String commentId) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(CommentsPanel.CLICKED + " !== null", true);
        data.put(CommentsPanel.CLICKED_ACTION, action);
        data.put(CommentsPanel.CLICKED_COMMENT, commentId);
        _fireDomEvent(panel.threads, "click", data);
    }

    private static CommentItem itemOf(Long commentId) {
        return _find(CommentItem.class).stream().filter(i -> i.comment.id().equals(commentId)).findFirst().orElseThrow();
    }

    private static StanceBadge badge(Stance stance) {
        return _find(_get(CommentsPanel.class).counts, StanceBadge.class).stream().filter(b -> b.stance == stance).findFirst()
                .orElseThrow();
    }

    private static CommentItem item(int index) {
        return _find(CommentItem.class).get(index);
    }
}
