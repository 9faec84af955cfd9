package org.gridvoice.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.shared.ui.ReasonDialog;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.ConsultationSummary;
import org.gridvoice.consultation.Phase;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConsultationScreensTest extends ViewTest {

    @Autowired ConsultationService consultations;
    @Autowired CategoryService categories;

    @Test
    @SuppressWarnings("unchecked")
    void a_committee_member_writes_a_draft_for_two_grids_publishes_it_and_then_everyone_finds_it_in_the_list() {
        inEnglish();
        signIn(people.committeeOf(People.COMMUNITY_XINGFULI));
        navigate("consultations");
        _click(_get(Button.class, s -> s.withText("New consultation")));

        ComboBox<CommunitySummary> community = _get(ComboBox.class, s -> s.withLabel("Community"));
        assertThat(community.getValue().name()).as("the only community served is preselected").isEqualTo("幸福里社区");
        String title = "楼道堆物清理 " + System.nanoTime();
        set(_get(TextField.class, s -> s.withLabel("Title")), title);
        set(_get(TextArea.class, s -> s.withLabel("Description")), "请大家提出**楼道**清理的办法。");
        set((RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, s -> s.withLabel("Who takes part")), false);
        MultiSelectComboBox<GridSummary> grids = _get(MultiSelectComboBox.class, s -> s.withLabel("Grids"));
        assertThat(grids.isEnabled()).as("grids can be chosen for chosen grids").isTrue();
        set(grids, grids.getListDataView().getItems().filter(g -> Set.of("第一网格", "第二网格").contains(g.name()))
                .collect(Collectors.toSet()));
        MultiSelectComboBox<CategorySummary> categoryField = _get(MultiSelectComboBox.class, s -> s.withLabel("Categories"));
        set(categoryField, categoryField.getListDataView().getItems().filter(c -> c.nameZh().equals("环境卫生"))
                .collect(Collectors.toSet()));
        _click(_get(Button.class, s -> s.withText("Save")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("consultations/\\d+");
        Long id = Long.valueOf(path.substring(path.indexOf('/') + 1));
        assertThat(_get(H2.class).getText()).isEqualTo(title);
        assertThat(_find(Span.class, s -> s.withText("Draft — only the committee sees this"))).hasSize(1);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Who takes part: 幸福里社区, grids 第一网格, 第二网格", "Categories: Environment and sanitation");

        navigate("consultations");
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);
        assertThat(_find(ConsultationGrid.class).stream().flatMap(g -> GridKt._fetch(g, 0, 50).stream()).map(ConsultationSummary::id))
                .as("the draft is among my drafts").contains(id);

        navigate("consultations/" + id);
        _click(_get(Button.class, s -> s.withText("Publish")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));
        assertThat(_get(PhaseBadge.class).getText()).isEqualTo("Upcoming");
        assertThat(_find(Span.class, s -> s.withText("Draft — only the committee sees this"))).isEmpty();
        assertThat(_get(ChangeRecordList.class).getElement().getTextRecursively())
                .contains("Created the draft").contains("Published the consultation");

        People.signOut();
        navigate("consultations");
        assertThat(_find(Button.class, s -> s.withText("New consultation"))).as("visitors create nothing").isEmpty();
        ConsultationGrid list = _get(ConsultationGrid.class);
        set(_get(TextField.class, s -> s.withLabel("Search")), title.substring(3));
        assertThat(GridKt._size(list)).as("a Chinese substring finds it").isEqualTo(1);
        assertThat(GridKt._get(list, 0).id()).isEqualTo(id);
        RouterLink link = (RouterLink) GridKt._getCellComponent(list, 0, "title");
        assertThat(link.getText()).isEqualTo(title);
        assertThat(link.getHref()).isEqualTo("consultations/" + id);
        Select<Phase> phase = _get(Select.class, s -> s.withLabel("Phase"));
        set(phase, Phase.VOTING);
        assertThat(GridKt._size(list)).isZero();
        set(phase, Phase.UPCOMING);
        assertThat(GridKt._size(list)).isEqualTo(1);
    }

    @Test
    void a_visitor_reads_the_rendered_description_and_the_timeline_but_gets_no_edit_button() {
        LocalDateTime tomorrow = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        Long id = published(people.committeeOf(People.COMMUNITY_XINGFULI), "路灯维修 " + System.nanoTime(), """
                需要维修的路灯：

                | 楼栋 | 问题 |
                |---|---|
                | 12号楼 | 路灯不亮 |
                """, tomorrow);
        inEnglish();
        navigate("consultations/" + id);

        Html description = _get(Html.class);
        assertThat(description.getInnerHtml()).contains("<table>").contains("路灯不亮");
        assertThat(_find(Button.class, s -> s.withText("Edit"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Close this phase early"))).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Who takes part: all residents of 幸福里社区", "Endorsements a proposal needs: 5");
        List<ListItem> current = _find(_get(PhaseTimeline.class), ListItem.class).stream()
                .filter(step -> "step".equals(step.getElement().getAttribute("aria-current"))).toList();
        assertThat(current).hasSize(1);
        assertThat(current.getFirst().getElement().getTextRecursively()).startsWith("Upcoming");
    }

    @Test
    void an_unknown_id_a_bad_id_and_another_community_s_draft_show_not_found() {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        Long draft = consultations.create(form("草稿 " + System.nanoTime(), "未发布", LocalDateTime.now().plusDays(1)));
        People.signOut();
        inEnglish();
        for (String route : List.of("consultations/abc", "consultations/999999999", "consultations/" + draft)) {
            navigate(route);
            assertThat(_get(H2.class).getText()).as(route).isEqualTo("Consultation not found");
        }
        signIn(people.committeeOf(People.COMMUNITY_MEIYUAN));
        navigate("consultations/editor/" + draft);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("This consultation does not exist, or you may not change it.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_empty_title_is_refused_next_to_the_title_field() {
        inEnglish();
        signIn(people.committeeOf(People.COMMUNITY_XINGFULI));
        navigate("consultations/editor");
        set(_get(TextArea.class, s -> s.withLabel("Description")), "内容");
        _click(_get(Button.class, s -> s.withText("Save")));

        TextField title = _get(TextField.class, s -> s.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Please fill this in.");
        MultiSelectComboBox<CategorySummary> categoryField = _get(MultiSelectComboBox.class, s -> s.withLabel("Categories"));
        assertThat(categoryField.getErrorMessage()).isEqualTo("Choose at least one category.");
        assertThat(_find(ConsultationEditorView.class)).as("still on the editor").hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_published_consultation_keeps_its_scope_in_the_editor_and_a_moved_date_goes_on_the_record() {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        LocalDateTime tomorrow = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        Long id = published(committee, "垃圾分类 " + System.nanoTime(), "旧的说明", tomorrow);
        inEnglish();
        signIn(committee);
        navigate("consultations/" + id);
        _click(_get(Button.class, s -> s.withText("Edit")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("consultations/editor/" + id);

        MultiSelectComboBox<CategorySummary> categoryField = _get(MultiSelectComboBox.class, s -> s.withLabel("Categories"));
        assertThat(categoryField.isEnabled()).isFalse();
        assertThat(categoryField.getHelperText()).isEqualTo("Fixed once published.");
        assertThat(_get(ComboBox.class, s -> s.withLabel("Community")).isEnabled()).isFalse();
        String title = "垃圾分类新方案 " + System.nanoTime();
        set(_get(TextField.class, s -> s.withLabel("Title")), title);
        TextArea description = _get(TextArea.class, s -> s.withLabel("Description"));
        set(description, "**新的**说明");
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);
        assertThat(_get(tabs, Html.class).getInnerHtml()).contains("<strong>新的</strong>");
        var votingCloses = _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, s -> s.withLabel("Voting closes"));
        set(votingCloses, votingCloses.getValue().plusDays(2));
        _click(_get(Button.class, s -> s.withText("Save")));

        assertThat(_get(H2.class).getText()).isEqualTo(title);
        assertThat(_get(ChangeRecordList.class).getElement().getTextRecursively())
                .contains("Changed Title, Description").contains("Moved dates: Voting closes: ");
        assertThat(consultations.details(id).dates().votingCloseAt()).isEqualTo(tomorrow.plusDays(23));
    }

    @Test
    void residents_and_visitors_cannot_open_the_editor() {
        assertThat(opens("consultations/editor")).as("visitor").isFalse();
        signIn(people.resident());
        assertThat(opens("consultations/editor")).as("resident").isFalse();
        navigate("consultations");
        assertThat(_find(Button.class, s -> s.withText("新建议题"))).isEmpty();
        signIn(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThat(opens("consultations/editor")).as("committee member").isTrue();
    }

    @Test
    void closing_proposals_early_needs_a_reason_which_then_appears_in_the_change_record() {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        Long id = published(committee, "提案征集 " + System.nanoTime(), "欢迎提案", LocalDateTime.now().minusHours(1));
        inEnglish();
        signIn(committee);
        navigate("consultations/" + id);
        assertThat(_get(PhaseBadge.class).getText()).isEqualTo("Proposals");

        _click(_get(Button.class, s -> s.withText("Close this phase early")));
        ReasonDialog prompt = _get(ReasonDialog.class);
        Button confirm = _get(prompt, Button.class, s -> s.withText("Close the phase now"));
        _click(confirm);
        TextArea reason = _get(prompt, TextArea.class, s -> s.withLabel("Reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(consultations.details(id).phase()).isEqualTo(Phase.PROPOSALS);

        set(reason, "提案已经很充分，居民希望尽快讨论");
        _click(confirm);
        assertThat(prompt.isOpened()).isFalse();
        assertThat(_get(PhaseBadge.class).getText()).isEqualTo("Deliberation");
        assertThat(_get(ChangeRecordList.class).getElement().getTextRecursively())
                .contains("Closed the phase “Proposals” early")
                .contains("Reason: 提案已经很充分，居民希望尽快讨论")
                .contains("The phase “Deliberation” began");
    }

    /** A consultation of 幸福里社区 for the whole community, published by the committee member. */
    private Long published(SignedInUser committee, String title, String description, LocalDateTime proposalsOpen) {
        People.actAs(committee);
        Long id = consultations.create(form(title, description, proposalsOpen));
        consultations.publish(id);
        People.signOut();
        return id;
    }

    private ConsultationForm form(String title, String description, LocalDateTime proposalsOpen) {
        Long environment = categories.activeCategories().stream().filter(c -> c.nameZh().equals("环境卫生")).findFirst()
                .orElseThrow().id();
        return new ConsultationForm(People.COMMUNITY_XINGFULI, title, description, true, Set.of(), Set.of(environment),
                proposalsOpen, proposalsOpen.plusDays(7), proposalsOpen.plusDays(14), proposalsOpen.plusDays(21), 5);
    }

    private boolean opens(String route) {
        try {
            navigate(route);
            return !_find(ConsultationEditorView.class).isEmpty();
        } catch (MockAccessDeniedException denied) {
            return false;
        }
    }
}
