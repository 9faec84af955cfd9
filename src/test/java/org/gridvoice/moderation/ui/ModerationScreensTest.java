package org.gridvoice.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.gridvoice.shared.ui.ReasonDialog;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationItem;
import org.gridvoice.moderation.ModerationLogEntry;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

class ModerationScreensTest extends ViewTest {

    @Autowired ModerationService moderation;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired JdbcClient jdbc;

    private SignedInUser committee;
    private ContentRef comment;
    private ContentRef proposal;
    private SignedInUser commenter;

    /** A comment of 幸福里社区 on a proposal, written by a resident, for others to flag. */
    @BeforeEach
    void aCommentToFlag() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "举报界面测试" + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(1L));
        proposal = new ContentRef(ContentRef.PROPOSAL,
                proposals.create(new ProposalForm(consultation, "楼道堆物", "楼道里堆满杂物", environment, null, null)));
        commenter = people.resident();
        People.actAs(commenter);
        comment = new ContentRef(ContentRef.COMMENT, discussion.comment(new CommentForm(proposal, null, "某某住在 3 号楼 502", null)));
        People.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void three_flags_hide_a_comment_the_committee_restores_it_with_a_reason_and_the_public_log_shows_it() {
        List<FlagReason> reasons = List.of(FlagReason.PRIVACY, FlagReason.PRIVACY, FlagReason.ABUSE);
        for (FlagReason reason : reasons) {
            signIn(reporter());
            navigate("flag/comment/" + comment.id());
            FlagView flag = _get(FlagView.class);
            assertThat(_get(H2.class).getText()).isEqualTo("举报评论");
            set(flag.reason, reason);
            _click(_get(Button.class, s -> s.withText("提交举报")));
            assertThat(flag.note.isInvalid()).isFalse();
        }

        signIn(committee);
        navigate("committee/moderation");
        Grid<ModerationItem> queue = _get(ModerationQueueView.class).grid;
        int row = rowOf(queue, i -> i.target().equals(comment));
        assertThat(row).as("the comment waits in the queue").isNotNegative();
        assertThat(GridKt._getCellComponent(queue, row, "status").getElement().getTextRecursively()).isEqualTo("已隐藏，待审核3 条举报");

        // the decisions sit in the details dialog, next to every report
        _click(rowButton(queue, row, "评论 #" + comment.id() + " 的详情"));
        ModerationItemDialog details = _get(ModerationItemDialog.class);
        assertThat(details.reports.getChildren().map(c -> c.getElement().getTextRecursively()).toList())
                .hasSize(3).allMatch(t -> t.contains("已认证居民")).anyMatch(t -> t.contains("辱骂或人身攻击"));
        _click(_get(details.decisions, Button.class, s -> s.withPredicate(b -> ("恢复评论 #" + comment.id()).equals(b.getAriaLabel().orElse(null)))));
        ReasonDialog dialog = _get(ReasonDialog.class);
        _click(_get(Button.class, s -> s.withText("确认恢复")));
        assertThat(dialog.reason.getErrorMessage()).as("a reason is required").isEqualTo("此项为必填。");
        assertThat(dialog.isOpened()).isTrue();
        set(dialog.reason, "内容未涉及隐私，予以恢复");
        _click(_get(Button.class, s -> s.withText("确认恢复")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rowOf(queue, i -> i.target().equals(comment))).as("no longer waiting").isNegative();

        signOutCompletely();
        navigate("moderation-log");
        ModerationLogView log = _get(ModerationLogView.class);
        set(log.community, log.community.getListDataView().getItems().filter(c -> c.id() == People.COMMUNITY_XINGFULI).findFirst()
                .orElseThrow());
        int restored = rowOf(log.grid, e -> e.target().equals(comment));
        assertThat(GridKt._getFormatted(log.grid, restored, "action")).isEqualTo("恢复显示");
        assertThat(GridKt._getFormatted(log.grid, restored, "reason")).isEqualTo("内容未涉及隐私，予以恢复");
        assertThat(GridKt._getFormatted(log.grid, restored, "by")).isEqualTo(committee.displayName());
        assertThat(GridKt._getFormatted(log.grid, restored + 1, "action")).as("the earlier line").isEqualTo("自动隐藏");
        assertThat(GridKt._getFormatted(log.grid, restored + 1, "by")).isEqualTo("系统自动");
        assertThat(GridKt._getCellComponent(log.grid, restored, "what").getElement().getTextRecursively())
                .isEqualTo("评论#" + comment.id());
    }

    @Test
    void the_report_form_shows_what_is_reported_and_the_reporter_lands_back_on_it_marked_as_reported() {
        signIn(reporter());
        navigate("flag/comment/" + comment.id());
        FlagView flag = _get(FlagView.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains(commenter.displayName() + " 在“楼道堆物”下的评论", "某某住在 3 号楼 502");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("在原处查看")).getHref())
                .isEqualTo("proposals/" + proposal.id() + "#comment-" + comment.id());
        set(flag.reason, FlagReason.SPAM);
        _click(_get(Button.class, s -> s.withText("提交举报")));

        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("back on the proposal the comment is on").isEqualTo("proposals/" + proposal.id());
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("举报已提交：居委会将审核这条评论。");
        // comments render as server-built HTML (discussion.ui.CommentMarkup), so the mark is read from it
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("comment-" + comment.id()))
                .getElement().getProperty("innerHTML"))
                .as("the comment is marked as reported by me").contains("<span class=\"gv-comment-reported\">").contains("<span>您已举报</span>");

        navigate("flag/comment/" + comment.id());
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("您已举报过此内容，居委会会进行处理。");
        assertThat(_find(RadioButtonGroup.class)).as("no second report").isEmpty();
    }

    @Test
    void a_reader_reports_a_proposal_from_its_page_and_comes_back_to_it_marked_as_reported() {
        signIn(reporter());
        navigate("proposals/" + proposal.id());
        String report = _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("举报此提案")).getHref();
        assertThat(report).isEqualTo("flag/proposal/" + proposal.id());
        navigate(report);
        FlagView flag = _get(FlagView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("举报提案");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("楼道里堆满杂物");
        set(flag.reason, FlagReason.OFF_TOPIC);
        _click(_get(Button.class, s -> s.withText("提交举报")));

        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("proposals/" + proposal.id());
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("举报已提交：居委会将审核这条提案。");
        assertThat(_find(Span.class, s -> s.withText("您已举报此提案"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("举报此提案"))).as("no second report").isEmpty();
    }

    @Test
    void clicking_a_queued_row_opens_the_whole_text_every_report_and_the_decisions() {
        People.actAs(reporter());
        moderation.flag(new org.gridvoice.moderation.FlagForm(comment, FlagReason.OTHER, "有人的门牌号"));
        People.actAs(reporter());
        moderation.flag(new org.gridvoice.moderation.FlagForm(comment, FlagReason.SPAM, null));
        People.signOut();

        signIn(committee);
        navigate("committee/moderation");
        Grid<ModerationItem> queue = _get(ModerationQueueView.class).grid;
        int row = rowOf(queue, i -> i.target().equals(comment));
        assertThat(GridKt._getCellComponent(queue, row, "what").getElement().getTextRecursively())
                .as("one column: where, an excerpt, the author").contains("某某住在 3 号楼 502", commenter.displayName());
        assertThat(_get((Component) GridKt._getCellComponent(queue, row, "what"), com.vaadin.flow.component.html.Anchor.class).getHref())
                .isEqualTo("proposals/" + proposal.id() + "#comment-" + comment.id());

        GridKt._clickItem(queue, row);
        ModerationItemDialog details = _get(ModerationItemDialog.class);
        assertThat(details.text.getText()).isEqualTo("某某住在 3 号楼 502");
        assertThat(details.reports.getChildren().map(c -> c.getElement().getText()).toList())
                .hasSize(2).anyMatch(t -> t.contains("其他") && t.contains("有人的门牌号"));
        _click(_get(details.decisions, Button.class, s -> s.withText("隐藏")));
        ReasonDialog reason = _get(ReasonDialog.class);
        set(reason.reason, "泄露住址");
        _click(_get(Button.class, s -> s.withText("确认隐藏")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("已隐藏评论 #" + comment.id() + "。");
        assertThat(details.isOpened()).isFalse();
        assertThat(rowOf(queue, i -> i.target().equals(comment))).as("decided").isNegative();
    }

    @Test
    void other_without_a_note_is_refused_next_to_the_note_and_nothing_is_flagged() {
        signIn(reporter());
        navigate("flag/comment/" + comment.id());
        FlagView flag = _get(FlagView.class);
        set(flag.reason, FlagReason.OTHER);
        _click(_get(Button.class, s -> s.withText("提交举报")));

        assertThat(flag.note.isInvalid()).isTrue();
        assertThat(flag.note.getErrorMessage()).isEqualTo("选择“其他”时，请说明问题所在。");
        assertThat(flag.note.getHelperText()).isEqualTo("选择“其他”时必填；最多 500 字。");
        People.actAs(committee);
        assertThat(moderation.queue(PageRequest.of(0, 1000)).getContent()).noneMatch(i -> i.target().equals(comment));
    }

    @Test
    void residents_cannot_open_the_queue_but_the_committee_can_and_everyone_reads_the_log() {
        assertThat(opens("committee/moderation", ModerationQueueView.class)).as("visitor").isFalse();
        assertThat(opens("moderation-log", ModerationLogView.class)).as("visitor reads the log").isTrue();
        signIn(people.resident());
        assertThat(opens("committee/moderation", ModerationQueueView.class)).as("resident").isFalse();
        signIn(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThat(opens("committee/moderation", ModerationQueueView.class)).as("committee member").isTrue();
    }

    @Test
    void a_flag_address_that_names_no_proposal_or_comment_says_it_cannot_be_reported() {
        signIn(reporter());
        for (String address : List.of("flag/consultation/5", "flag/comment/abc", "flag/proposal/-3")) {
            navigate(address);
            assertThat(_get(H2.class).getText()).as(address).isEqualTo("无法举报");
            assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).as(address)
                    .contains("该地址不对应任何提案或评论，无法举报。");
            assertThat(_find(RadioButtonGroup.class)).as(address).isEmpty();
        }
        navigate("flag/proposal/" + proposal.id());
        assertThat(_get(H2.class).getText()).as("a well-formed address shows the form").isEqualTo("举报提案");
    }

    private void signOutCompletely() {
        People.signOut();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    private static boolean opens(String route, Class<? extends Component> view) {
        try {
            com.vaadin.flow.component.UI.getCurrent().navigate(route);
            return !_find(view).isEmpty();
        } catch (MockAccessDeniedException denied) {
            return false;
        }
    }

    private static <T> int rowOf(Grid<T> grid, Predicate<T> shows) {
        int size = GridKt._size(grid);
        List<T> items = size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
        for (int row = 0; row < items.size(); row++) {
            if (shows.test(items.get(row))) {
                return row;
            }
        }
        return -1;
    }

    private static Button rowButton(Grid<?> grid, int row, String ariaLabel) {
        Button details = (Button) GridKt._getCellComponent(grid, row, "actions");
        assertThat(details.getAriaLabel()).contains(ariaLabel);
        return details;
    }

    /** Someone who may report the test's content: a verified resident of its community. */
    private SignedInUser reporter() {
        return people.verifiedResidentOf(1L);
    }

    @Test
    void a_reader_who_may_not_report_reads_why_instead_of_a_form_or_a_report_link() {
        signIn(people.resident());
        navigate("flag/comment/" + comment.id());
        assertThat(_find(RadioButtonGroup.class)).as("no form").isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("只有本社区已认证的居民和居委会才能在这里举报。请先在个人资料中完成居住认证。");
        navigate("proposals/" + proposal.id());
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("举报此提案"))).as("no report link").isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("举报"))).as("no report link on the comment").isEmpty();
        assertThat(_find(Span.class, s -> s.withText("只有本社区已认证的居民和居委会才能在这里举报。请先在个人资料中完成居住认证。")))
                .as("the reason instead").hasSize(1);
    }

    @Test
    void the_queue_warns_when_new_accounts_reported_an_item() {
        for (FlagReason reason : List.of(FlagReason.SPAM, FlagReason.ABUSE)) {
            People.actAs(reporter());
            moderation.flag(new org.gridvoice.moderation.FlagForm(comment, reason, null));
        }
        People.signOut();
        signIn(committee);
        navigate("committee/moderation");
        Grid<ModerationItem> queue = _get(ModerationQueueView.class).grid;
        int row = rowOf(queue, i -> i.target().equals(comment));
        assertThat(_find((Component) GridKt._getCellComponent(queue, row, "what"), Span.class, s -> s.withText("2 条来自新账号")))
                .hasSize(1);
    }
}
