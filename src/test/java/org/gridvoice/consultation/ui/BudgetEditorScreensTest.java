package org.gridvoice.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The budget of a consultation in its editor and on its page, without a browser. */
class BudgetEditorScreensTest extends ViewTest {

    @Autowired ConsultationService consultations;
    @Autowired JdbcClient jdbc;

    @Test
    void the_committee_sets_a_budget_a_cap_above_the_total_is_refused_next_to_the_cap_and_the_page_states_the_budget() {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().plusDays(1);
        Long draft = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "民生微实事 " + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        signIn(committee);
        navigate("consultations/editor/" + draft);
        BudgetFields budget = _get(BudgetFields.class);
        assertThat(budget.total.isVisible()).as("amounts only for a budget consultation").isFalse();
        set(budget.enabled, true);
        set(budget.total, 100_000);
        set(budget.cap, 200_000);
        _click(_get(Button.class, s -> s.withText("保存")));
        assertThat(budget.cap.isInvalid()).isTrue();
        assertThat(budget.cap.getErrorMessage()).isNotBlank();
        assertThat(consultations.budget(draft)).as("nothing stored").isEmpty();
        assertThat(_find(ConsultationEditorView.class)).as("still on the editor").hasSize(1);

        set(budget.cap, 50_000);
        _click(_get(Button.class, s -> s.withText("保存")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("consultations/" + draft);
        assertThat(_get(Paragraph.class, s -> s.withId("consultation-budget")).getText()).isEqualTo("预算：100,000 元，单个项目最多 50,000 元");
        assertThat(consultations.budget(draft)).hasValueSatisfying(b -> assertThat(b.maxProjectYuan()).isEqualTo(50_000L));

        navigate("consultations/editor/" + draft);
        budget = _get(BudgetFields.class);
        assertThat(budget.enabled.getValue()).isTrue();
        assertThat(budget.total.getValue()).isEqualTo(100_000);
        set(budget.enabled, false);
        _click(_get(Button.class, s -> s.withText("保存")));
        assertThat(consultations.budget(draft)).as("an ordinary consultation again").isEmpty();
    }
}
