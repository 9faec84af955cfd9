package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.gridvoice.account.DataAccessEntry;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PersonalDataScreensTest extends ViewTest {

    @Autowired JdbcClient jdbc;

    @Test
    void a_resident_reads_their_data_as_a_page_with_every_section_from_the_profile() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        signIn(resident);
        navigate("profile");
        assertThat(_get(MyDataPanel.class).getElement().getTextRecursively()).contains("下载 JSON 文件", "以网页查看", "注销我的账户");

        navigate("me/data");

        assertThat(_find(H3.class).stream().map(H3::getText)).contains("我的账户", "居住认证", "角色", "我提交的提案", "评论与点赞",
                "我支持的工单及我的回复", "诉求与“同诉”", "我作为选民的表决", "工作人员查阅我的信息的记录");
        assertThat(_find(NativeTableCell.class).stream().map(NativeTableCell::getText)).contains(resident.email(), "1号楼", "101");
    }

    @Test
    void the_committees_verification_queue_leaves_a_trace_that_only_administrators_read() {
        SignedInUser applicant = people.resident();
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at)
                VALUES (:u, 1, 1, '9号楼', '2单元', '303', 'PENDING', NOW())""").param("u", applicant.id()).update();
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        signIn(committee);
        navigate("committee/verifications");
        @SuppressWarnings("unchecked")
        Grid<Object> queue = _find(Grid.class).getFirst();
        assertThat(GridKt._size(queue)).as("the queue as the screen loads it").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_data_access WHERE viewer_id = :v AND subject_id = :s AND purpose = 'VERIFICATION_QUEUE'")
                .param("v", committee.id()).param("s", applicant.id()).query(Long.class).single()).isPositive();
        assertThat(opens("admin/data-access")).as("a committee member").isFalse();

        signIn(people.admin());
        assertThat(opens("admin/data-access")).isTrue();
        _get(TextField.class, spec -> spec.withId("data-access-viewer")).setValue(committee.displayName());
        @SuppressWarnings("unchecked")
        Grid<DataAccessEntry> grid = _get(Grid.class, spec -> spec.withId("data-access-grid"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)))
                .anySatisfy(e -> {
                    assertThat(e.subjectId()).isEqualTo(applicant.id());
                    assertThat(e.viewerName()).isEqualTo(committee.displayName());
                    assertThat(e.purpose()).isEqualTo("VERIFICATION_QUEUE");
                });
    }

    @Test
    void deleting_the_account_from_the_profile_needs_the_name_and_then_erases_it() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        signIn(resident);
        navigate("profile");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("delete-account")));
        TextField confirmation = _get(TextField.class, spec -> spec.withId("delete-account-confirmation"));
        assertThat(confirmation.getLabel()).contains(resident.displayName());
        set(confirmation, "别人");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("delete-account-confirm")));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(erased(resident)).isFalse();

        set(confirmation, resident.displayName());
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("delete-account-confirm")));

        assertThat(erased(resident)).isTrue();
    }

    private boolean erased(SignedInUser user) {
        return jdbc.sql("SELECT erased_at IS NOT NULL FROM account_user WHERE id = :u").param("u", user.id()).query(Boolean.class).single();
    }

    private boolean opens(String route) {
        try {
            navigate(route);
            return !_find(DataAccessView.class).isEmpty();
        } catch (MockAccessDeniedException denied) {
            return false;
        }
    }
}
