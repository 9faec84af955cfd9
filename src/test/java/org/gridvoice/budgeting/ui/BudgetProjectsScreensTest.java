package org.gridvoice.budgeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.gridvoice.budgeting.BudgetFixture;
import org.gridvoice.budgeting.Feasibility;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The projects page (项目与可行性评估) without a browser: the committee's count of waiting reviews, the review dialog's checks. */
class BudgetProjectsScreensTest extends ViewTest {

    @Autowired BudgetFixture fixture;
    @Autowired FeasibilityService feasibility;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_committee_sees_what_waits_for_review_and_a_resident_reads_the_reviews_without_a_review_button() {
        fixture.consultation(200_000L, 80_000L);
        Long garden = fixture.project("口袋花园", 50_000);
        fixture.project("楼道照明", 30_000);
        signIn(fixture.committee);
        projectsPage(garden);
        assertThat(_get(Paragraph.class, s -> s.withId("budget-pending")).getText())
                .isEqualTo("还有 2 项达标提案等待可行性评估。投票开始时，只有评估为可行的提案进入选票。");
        assertThat(_get(Paragraph.class, s -> s.withId("budget-money")).getText()).isEqualTo("预算：200,000 元，单个项目最多 80,000 元");

        signIn(fixture.endorser);
        projectsPage(garden);
        assertThat(_find(Paragraph.class, s -> s.withId("budget-pending"))).as("only the committee is told what waits").isEmpty();
        ProjectCard card = _get(ProjectCard.class);
        assertThat(_get(card, Span.class, s -> s.withClasses("budget-verdict")).getText()).isEqualTo("待评估");
        assertThat(_find(card, Button.class)).as("a resident may not review").isEmpty();
    }

    @Test
    void a_review_without_reason_is_refused_on_the_spot_and_a_cost_above_the_cap_next_to_its_field() {
        fixture.consultation(200_000L, 50_000L);
        Long lights = fixture.project("楼道照明", 50_000);
        signIn(fixture.committee);
        projectsPage(lights);
        _click(_get(_get(ProjectCard.class), Button.class));
        ReviewDialog dialog = _get(ReviewDialog.class);
        _click(dialog.save);
        assertThat(dialog.verdict.isInvalid()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(feasibility.review(lights)).hasValueSatisfying(r -> assertThat(r.feasibility()).isEqualTo(Feasibility.PENDING));

        set(dialog.verdict, true);
        set(dialog.reason, "可以实施。");
        set(dialog.cost, 60_000);
        _click(dialog.save);
        assertThat(dialog.note.isInvalid()).as("a corrected cost needs its note").isTrue();
        set(dialog.note, "按市场价重新核算。");
        _click(dialog.save);
        assertThat(dialog.cost.isInvalid()).as("the service refuses a feasible cost above the cap, next to the cost").isTrue();
        assertThat(dialog.cost.getErrorMessage()).contains("50,000");
        assertThat(feasibility.review(lights)).hasValueSatisfying(r -> assertThat(r.feasibility()).isEqualTo(Feasibility.PENDING));

        set(dialog.cost, 45_000);
        _click(dialog.save);
        assertThat(feasibility.review(lights)).hasValueSatisfying(r -> {
            assertThat(r.feasibility()).isEqualTo(Feasibility.FEASIBLE);
            assertThat(r.costYuan()).isEqualTo(45_000L);
            assertThat(r.costNote()).isEqualTo("按市场价重新核算。");
        });
        ProjectCard card = _get(ProjectCard.class);
        assertThat(_get(card, Span.class, s -> s.withClasses("budget-figures")).getText()).isEqualTo("估算 50,000 元；评估后费用 45,000 元");
        assertThat(_get(card, Span.class, s -> s.withClasses("budget-reviewer")).getText()).startsWith("评估：居委会，");
        People.signOut();
        projectsPage(lights);
        ProjectCard publicCard = _get(ProjectCard.class);
        assertThat(_get(publicCard, Span.class, s -> s.withClasses("budget-cost-note")).getText())
                .as("a visitor reads why the cost was corrected").isEqualTo("费用说明：按市场价重新核算。");
        assertThat(_get(publicCard, Span.class, s -> s.withClasses("budget-reason")).getText()).contains("可以实施。");
    }

    @Test
    void the_demo_budget_consultation_shows_its_five_reviewed_projects_one_not_feasible() {
        Long demo = jdbc.sql("SELECT id FROM consultation WHERE title = '2027 年幸福里民生微实事'").query(Long.class).single();
        navigate("consultations/" + demo + "/budget");
        assertThat(_get(Paragraph.class, s -> s.withId("budget-money")).getText()).isEqualTo("预算：200,000 元，单个项目最多 80,000 元");
        var reviews = feasibility.reviews(demo, org.springframework.data.domain.PageRequest.of(0, 10)).getContent();
        assertThat(reviews).hasSize(5);
        assertThat(reviews).filteredOn(r -> r.feasibility() == Feasibility.INFEASIBLE).hasSize(1);
        assertThat(reviews).filteredOn(r -> r.costYuan() != null && !r.costYuan().equals(r.estimateYuan())).hasSize(1);
        assertThat(feasibility.pending(demo)).isZero();
    }

    /** The projects page with one proposal's review shown first, as the proposal page links to it. */
    private void projectsPage(Long proposal) {
        com.vaadin.flow.component.UI.getCurrent().navigate("consultations/" + fixture.consultation + "/budget",
                com.vaadin.flow.router.QueryParameters.of("proposal", String.valueOf(proposal)));
    }
}
