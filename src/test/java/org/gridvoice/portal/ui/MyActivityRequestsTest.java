package org.gridvoice.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.request.RequestSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My activity" lists the requests a resident filed or said "me too" to, each linked to its case; home offers to file one. */
class MyActivityRequestsTest extends ViewTest {

    @Autowired RequestService requests;
    @Autowired JdbcClient jdbc;

    @Test
    void the_requests_tab_lists_what_the_resident_filed_and_supported_with_links_to_the_cases() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        SignedInUser me = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser neighbour = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(neighbour);
        Filed theirs = requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里 2 号楼", null, null, "邻居的诉求",
                List.of(), false));
        People.actAs(me);
        Filed mine = requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里 1 号楼", null, null, "我的诉求",
                List.of(), false));
        requests.support(theirs.requestId());
        People.signOut();

        signIn(me);
        navigate("my-activity");
        MyActivityView view = _get(MyActivityView.class);
        assertThat(GridKt._fetch(view.requestGrid, 0, MyActivityView.PAGE)).extracting(RequestSummary::caseId)
                .containsExactlyInAnyOrder(mine.caseId(), theirs.caseId());
        assertThat(view.requestGrid.getEmptyStateText()).isEqualTo("您还没有提交或同诉过诉求。");
        var row = HomeItems.request(view, GridKt._fetch(view.requestGrid, 0, MyActivityView.PAGE).stream()
                .filter(r -> r.caseId() == mine.caseId()).findFirst().orElseThrow());
        assertThat(_find(row, Anchor.class)).singleElement().satisfies(a -> {
            assertThat(a.getText()).isEqualTo("我的诉求");
            assertThat(a.getHref()).isEqualTo("cases/" + mine.caseId());
        });
        assertThat(_find(row, com.vaadin.flow.component.html.Span.class)).extracting(s -> s.getText()).contains("新工单", "我提交的");
    }

    @Test
    void home_offers_residents_and_visitors_to_file_a_request() {
        navigate("");
        assertThat(_find(Anchor.class, s -> s.withText("提交诉求"))).extracting(Anchor::getHref).containsExactly("requests/new");
        signIn(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        navigate("");
        assertThat(_find(Anchor.class, s -> s.withText("提交诉求"))).extracting(Anchor::getHref).containsExactly("requests/new");
    }
}
