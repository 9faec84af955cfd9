package org.gridvoice.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.gridvoice.account.Role;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Denied and missing pages: a friendly page in the reader's language, never a stack trace or the list of routes. */
class ErrorPagesTest extends ViewTest {

    @Autowired JdbcClient jdbc;

    /** Everything the screen shows, as Karibu prints the component tree (texts, links, inner HTML). */
    private static String page() {
        return com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }

    /** What the routed view itself shows (not the menu of the layout around it). */
    private static String view() {
        return com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(
                (com.vaadin.flow.component.Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst());
    }

    /** Opens an address as a browser loading it does: UI.navigate hands unknown routes to the client-side router. */
    private static void open(String path) {
        UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(), new com.vaadin.flow.router.Location(path),
                com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
    }

    private static void assertNoInternals(String html) {
        assertThat(html).doesNotContain("Exception", "at org.", "at com.vaadin", "admin/accounts", "committee/moderation",
                "Could not navigate", "Available routes");
    }

    @Test
    void a_page_that_does_not_exist_says_so_in_chinese_and_lists_no_routes() {
        open("no-such-page/42");
        String html = page();
        assertNoInternals(view());
        assertThat(html).contains("找不到页面", "返回首页");
        assertNoInternals(html);
    }

    @Test
    void a_page_that_does_not_exist_says_so_in_english() {
        inEnglish();
        open("no-such-page");
        String html = page();
        assertNoInternals(view());
        assertThat(html).contains("Page not found", "Back to the home page");
        assertNoInternals(html);
    }

    @Test
    void another_communitys_committee_opening_the_case_routing_gets_a_friendly_refusal() {
        long consultation = jdbc.sql("SELECT MIN(id) FROM consultation WHERE community_id = :c")
                .param("c", People.COMMUNITY_XINGFULI).query(Long.class).single();
        signIn(people.committeeOf(People.COMMUNITY_MEIYUAN));
        navigate("consultations/" + consultation + "/cases");
        assertThat(page()).contains("无权查看");
        assertNoInternals(view());
        inEnglish();
        navigate("consultations/" + consultation + "/cases");
        assertThat(page()).contains("Not open to you");
    }

    @Test
    void a_resident_opening_a_committee_screen_is_told_it_is_not_open_to_them_without_a_list_of_routes() {
        signIn(people.create(Role.RESIDENT, null));
        inEnglish();
        navigate("committee/verifications");
        String html = page();
        assertThat(html).containsAnyOf("Not open to you", "Page not found");
        assertNoInternals(view().replace("committee/verifications", ""));
    }
}
