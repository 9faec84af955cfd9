package org.gridvoice.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortalScreensTest extends ViewTest {

    @Autowired AccountService accounts;

    @Test
    void a_visitor_sees_what_gridvoice_is_and_how_to_join() {
        inEnglish();
        navigate("");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Propose", "Deliberate", "Vote", "Follow the case");
    }

    @Test
    void a_committee_member_sees_how_many_requests_wait_for_them() {
        signIn(people.committeeOf(People.COMMUNITY_XINGFULI));
        navigate("");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.matches("有 \\d+ 份申请等待您审核。"));
    }

    @Test
    void an_unverified_resident_is_invited_to_ask_for_verification() {
        signIn(people.resident());
        navigate("");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("您尚未通过居民认证。认证居民可以在本社区提出建议、附议和投票。");
    }

    @Test
    void an_officer_sees_their_office_its_grids_and_its_people() {
        SignedInUser officer = people.create(Role.OFFICER, 2L);
        signIn(officer);
        navigate("office");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("梅园网格站");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("服务范围：梅园社区 · 第一网格、梅园社区 · 第二网格、梅园社区 · 第三网格");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("赵丽华——网格站负责人", "杨帆——网格员", officer.displayName() + "——网格员");
    }

    @Test
    void a_resident_changes_name_and_language_in_the_profile_and_both_are_kept() {
        SignedInUser resident = people.resident();
        signIn(resident);
        navigate("profile");
        set(_get(TextField.class, s -> s.withLabel("显示名称")), "张大爷");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, s -> s.withLabel("语言"));
        set(language, "en");
        _click(_get(Button.class, s -> s.withText("保存")));
        assertThat(accounts.myProfile().displayName()).isEqualTo("张大爷");
        assertThat(accounts.myLanguage()).hasValueSatisfying(l -> assertThat(l.getLanguage()).isEqualTo("en"));
    }

    @Test
    void an_empty_display_name_is_refused_next_to_the_field() {
        signIn(people.resident());
        navigate("profile");
        TextField name = _get(TextField.class, s -> s.withLabel("显示名称"));
        set(name, " ");
        _click(_get(Button.class, s -> s.withText("保存")));
        assertThat(name.getErrorMessage()).isEqualTo("此项为必填。");
        assertThat(accounts.myProfile().displayName()).startsWith("测试");
    }
}
