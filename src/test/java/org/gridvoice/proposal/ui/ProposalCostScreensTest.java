package org.gridvoice.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.gridvoice.budgeting.BudgetFixture;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A budget consultation's proposal carries a cost estimate: required, at most the cap, shown on its page. */
class ProposalCostScreensTest extends ViewTest {

    @Autowired BudgetFixture fixture;
    @Autowired ProposalService proposals;

    @Test
    void the_estimate_is_required_refused_above_the_cap_and_shown_with_a_link_to_its_review() {
        fixture.consultation(200_000L, 50_000L);
        signIn(fixture.author);
        navigate("consultations/" + fixture.consultation + "/proposals/editor");
        ProposalFormFields fields = _get(ProposalFormFields.class);
        assertThat(fields.cost.isVisible()).isTrue();
        assertThat(fields.cost.getHelperText()).isEqualTo("以元为单位的整数；总预算 200,000 元，单个项目最多 50,000 元");
        set(fields.title, "楼道加装扶手 " + System.nanoTime());
        set(fields.body, "老人上下楼不便。");
        _click(_get(Button.class, s -> s.withText("发布提案")));
        assertThat(fields.cost.isInvalid()).as("required in a budget consultation").isTrue();

        set(fields.cost, 60_000);
        _click(_get(Button.class, s -> s.withText("发布提案")));
        assertThat(fields.cost.isInvalid()).as("above the cap").isTrue();
        assertThat(fields.cost.getErrorMessage()).contains("50,000");

        set(fields.cost, 30_000);
        _click(_get(Button.class, s -> s.withText("发布提案")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("proposals/\\d+");
        Long id = Long.valueOf(path.substring("proposals/".length()));
        assertThat(proposals.costEstimate(id)).contains(30_000L);
        assertThat(_get(Paragraph.class, s -> s.withId("proposal-cost")).getText()).isEqualTo("费用估算：30,000 元");
        assertThat(_get(Anchor.class, s -> s.withId("proposal-review-link")).getHref())
                .isEqualTo("consultations/" + fixture.consultation + "/budget?proposal=" + id);

        navigate("consultations/" + fixture.consultation + "/proposals/editor/" + id);
        assertThat(_get(ProposalFormFields.class).cost.getValue()).as("the estimate as it stands").isEqualTo(30_000);
    }
}
