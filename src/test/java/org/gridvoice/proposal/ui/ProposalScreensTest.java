package org.gridvoice.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.shared.ui.ReasonDialog;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.place.GridSummary;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSort;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProposalScreensTest extends ViewTest {

    private static final String TABLE = """
            需要处理的地方：

            | 位置 | 问题 |
            |---|---|
            | 东门 | 路灯不亮 |
            """;

    @Autowired ProposalService proposals;
    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;

    private Long consultation;
    private long environment;

    /** A consultation of 幸福里社区 for grids 1 and 2, collecting proposals since an hour ago, needing 2 endorsements. */
    @BeforeEach
    void openConsultationForGridsOneAndTwo() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "楼道整治 " + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 2));
        consultations.publish(consultation);
        People.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_resident_posts_a_proposal_with_a_table_a_neighbour_endorses_it_and_an_outsider_may_not() {
        inEnglish();
        SignedInUser author = people.verifiedResidentOf(1L);
        signIn(author);
        navigate("consultations/" + consultation);
        Anchor toProposals = _get(Anchor.class, s -> s.withText("Proposals of this consultation"));
        assertThat(toProposals.getHref()).isEqualTo("consultations/" + consultation + "/proposals");
        navigate(toProposals.getHref());
        _click(_get(Button.class, s -> s.withText("New proposal")));
        assertThat(currentPath()).isEqualTo("consultations/" + consultation + "/proposals/editor");

        ComboBox<GridSummary> grid = _get(ComboBox.class, s -> s.withLabel("Grid"));
        assertThat(grid.getValue().id()).as("the author's own grid").isEqualTo(1L);
        assertThat(_get(ComboBox.class, s -> s.withLabel("Category")).getValue()).as("the only category").isNotNull();
        String title = "东门路灯不亮 " + System.nanoTime();
        set(_get(TextField.class, s -> s.withLabel("Title")), title);
        set(_get(TextArea.class, s -> s.withLabel("Proposal")), TABLE);
        set(_get(TextField.class, s -> s.withLabel("Place")), "12号楼东门");
        _click(_get(Button.class, s -> s.withText("Post the proposal")));

        assertThat(currentPath()).matches("proposals/\\d+");
        Long id = Long.valueOf(currentPath().substring("proposals/".length()));
        assertThat(_get(H2.class).getText()).isEqualTo(title);
        assertThat(_get(Html.class).getInnerHtml()).contains("<table>").contains("路灯不亮");
        assertThat(paragraphs()).contains("Proposed by " + author.displayName() + " (name not shown publicly)", "Grid: 第一网格",
                "Category: Environment and sanitation", "Where: 12号楼东门");
        EndorsementPanel own = _get(EndorsementPanel.class);
        assertThat(own.action.isEnabled()).as("not one's own").isFalse();
        assertThat(own.refusal.getText()).isEqualTo("You cannot endorse your own proposal.");

        signIn(people.verifiedResidentOf(2L));
        navigate("proposals/" + id);
        _click(_get(Button.class, s -> s.withText("Endorse")));
        assertThat(_get(EndorsementPanel.class).count.getText()).isEqualTo("1 / 2 endorsements");
        assertThat(_find(Button.class, s -> s.withText("Take back my endorsement"))).hasSize(1);

        signIn(people.verifiedResidentOf(3L));
        navigate("proposals/" + id);
        Button endorse = _get(Button.class, s -> s.withText("Endorse"));
        assertThat(endorse.isEnabled()).isFalse();
        String notEligible = "Only verified residents of the grids this consultation covers may propose and endorse.";
        assertThat(endorse.getTooltip().getText()).isEqualTo(notEligible);
        assertThat(_get(EndorsementPanel.class).refusal.getText()).isEqualTo(notEligible);
        assertThat(_get(EndorsementPanel.class).count.getText()).isEqualTo("1 / 2 endorsements");
    }

    @Test
    void typing_a_title_like_an_existing_one_suggests_endorsing_that_one() {
        Long existing = post(people.verifiedResidentOf(1L), "东门路灯不亮");
        inEnglish();
        signIn(people.verifiedResidentOf(2L));
        navigate("consultations/" + consultation + "/proposals/editor");
        SimilarProposals similar = _get(ProposalFormFields.class).similar;
        assertThat(similar.isVisible()).isFalse();

        set(_get(TextField.class, s -> s.withLabel("Title")), "东门路灯坏了");
        assertThat(similar.isVisible()).isTrue();
        assertThat(similar.links()).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Similar: 东门路灯不亮 (no endorsements) — endorse it instead?");
            assertThat(link.getHref()).isEqualTo("proposals/" + existing);
        });
        set(_get(TextField.class, s -> s.withLabel("Title")), "垃圾分类");
        assertThat(similar.isVisible()).as("nothing alike").isFalse();
    }

    @Test
    void an_empty_title_is_refused_next_to_the_title_field_and_nothing_is_stored() {
        inEnglish();
        signIn(people.verifiedResidentOf(1L));
        navigate("consultations/" + consultation + "/proposals/editor");
        set(_get(TextArea.class, s -> s.withLabel("Proposal")), "内容");
        _click(_get(Button.class, s -> s.withText("Post the proposal")));

        TextField title = _get(TextField.class, s -> s.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(_find(ProposalEditorView.class)).as("still on the editor").hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE consultation_id = :c").param("c", consultation)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_author_rewords_the_proposal_then_withdraws_it_with_a_public_reason() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = post(author, "垃圾桶太少");
        inEnglish();
        signIn(author);
        navigate("proposals/" + id);
        _click(_get(Button.class, s -> s.withText("Edit")));
        assertThat(currentPath()).isEqualTo("consultations/" + consultation + "/proposals/editor/" + id);
        assertThat(_get(ComboBox.class, s -> s.withLabel("Grid")).isEnabled()).as("the grid is fixed").isFalse();
        set(_get(TextField.class, s -> s.withLabel("Title")), "垃圾桶太少，东门加两个");
        _click(_get(Button.class, s -> s.withText("Save")));
        assertThat(_get(H2.class).getText()).isEqualTo("垃圾桶太少，东门加两个");
        _click(_get(Button.class, s -> s.withText("Earlier versions (1)")));
        assertThat(_get(VersionsDialog.class).isOpened()).isTrue();
        assertThat(_find(_get(VersionsDialog.class), H4.class)).extracting(H4::getText).containsExactly("垃圾桶太少");
        _get(VersionsDialog.class).close();

        _click(_get(Button.class, s -> s.withText("Withdraw")));
        ReasonDialog prompt = _get(ReasonDialog.class);
        Button confirm = _get(prompt, Button.class, s -> s.withText("Withdraw the proposal"));
        _click(confirm);
        assertThat(prompt.reason.isInvalid()).as("a reason is required").isTrue();
        set(prompt.reason, "物业已经答应增加垃圾桶");
        _click(confirm);

        assertThat(prompt.isOpened()).isFalse();
        assertThat(paragraphs()).contains("The author withdrew this proposal. Reason: 物业已经答应增加垃圾桶");
        assertThat(_get(StatusBadge.class).getText()).isEqualTo("Withdrawn");
        assertThat(_find(Button.class, s -> s.withText("Withdraw"))).as("withdrawn once").isEmpty();
        assertThat(_get(Button.class, s -> s.withText("Endorse")).isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_sorts_by_most_endorsed_and_filters_by_qualification_and_search_text() {
        Long quiet = post(people.verifiedResidentOf(1L), "增设快递柜");
        Long popular = post(people.verifiedResidentOf(1L), "夜间停车位不足");
        Long liked = post(people.verifiedResidentOf(2L), "楼道堆物清理");
        endorse(popular, people.verifiedResidentOf(2L), people.verifiedResidentOf(1L));
        endorse(liked, people.verifiedResidentOf(1L));

        inEnglish();
        navigate("consultations/" + consultation + "/proposals");
        assertThat(_find(Button.class, s -> s.withText("New proposal"))).as("visitors propose nothing").isEmpty();
        ProposalGrid grid = _get(ProposalGrid.class);
        assertThat(ids(grid)).as("newest first").containsExactly(liked, popular, quiet);

        set((Select<ProposalSort>) _get(Select.class, s -> s.withLabel("Sort by")), ProposalSort.MOST_ENDORSED);
        assertThat(ids(grid)).containsExactly(popular, liked, quiet);
        assertThat(GridKt._getFormatted(grid, 0, "status")).as("2 of 2 endorsements").isEqualTo("Qualified");
        assertThat(GridKt._getFormatted(grid, 2, "status")).isEqualTo("Open");

        set(_get(Checkbox.class, s -> s.withLabel("Qualified only")), true);
        assertThat(ids(grid)).containsExactly(popular);
        set(_get(Checkbox.class, s -> s.withLabel("Qualified only")), false);

        set(_get(TextField.class, s -> s.withLabel("Search")), "堆物");
        assertThat(ids(grid)).containsExactly(liked);
        set(_get(TextField.class, s -> s.withLabel("Search")), "没有这样的提案");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void outsiders_are_told_why_they_cannot_propose_and_bad_addresses_show_not_found() {
        inEnglish();
        signIn(people.verifiedResidentOf(3L));
        navigate("consultations/" + consultation + "/proposals");
        assertThat(_find(Button.class, s -> s.withText("New proposal"))).isEmpty();
        assertThat(paragraphs()).contains("Only verified residents of the grids this consultation covers may propose and endorse.");
        navigate("consultations/" + consultation + "/proposals/editor");
        assertThat(_find(ProposalFormFields.class)).isEmpty();

        for (String route : List.of("proposals/abc", "proposals/999999999")) {
            navigate(route);
            assertThat(_get(H2.class).getText()).as(route).isEqualTo("Proposal not found");
        }
        navigate("consultations/999999999/proposals");
        assertThat(_get(H2.class).getText()).isEqualTo("Consultation not found");
    }

    private Long post(SignedInUser author, String title) {
        People.actAs(author);
        Long id = proposals.create(new ProposalForm(consultation, title, TABLE, environment, null, null));
        People.signOut();
        return id;
    }

    private void endorse(Long id, SignedInUser... endorsers) {
        for (SignedInUser endorser : endorsers) {
            People.actAs(endorser);
            proposals.endorse(id);
        }
        People.signOut();
    }

    private static List<Long> ids(ProposalGrid grid) {
        return GridKt._fetch(grid, 0, 50).stream().map(ProposalSummary::id).toList();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
