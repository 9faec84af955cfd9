package org.gridvoice.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The header's language select, bell and user menu, as a signed-in resident moves from page to page. */
class HeaderScreensTest extends ViewTest {

    @Autowired Notifier notifier;

    private static Button bell() {
        return _get(Button.class, s -> s.withClasses("gv-bell"));
    }

    @Test
    void the_bell_counts_a_new_notification_at_the_next_page_and_the_rest_of_the_header_stays_as_it_was() {
        SignedInUser resident = people.resident();
        signIn(resident);
        navigate("");
        Button bell = bell();
        MenuBar menu = _get(MenuBar.class, s -> s.withClasses("gv-user-menu"));
        Select<?> language = _get(Select.class, s -> s.withClasses("gv-language"));
        assertThat(bell.getAriaLabel()).hasValue("通知，0 条未读");
        assertThat(bell.getSuffixComponent()).as("no count badge while nothing is unread").isNull();

        notifier.notifyInAppAndDigest(resident.id(), "VOTE_OPENED", List.of("楼道照明改造"), "consultations");
        navigate("consultations");
        assertThat(bell().getAriaLabel()).hasValue("通知，1 条未读");
        assertThat(bell().getTooltip().getText()).isEqualTo("通知，1 条未读");
        assertThat(bell().getSuffixComponent()).isInstanceOfSatisfying(Span.class, count -> assertThat(count.getText()).isEqualTo("1"));
        // the same components: the browser keeps them instead of building a new select and menu bar on every page
        assertThat(bell()).isSameAs(bell);
        assertThat(_get(MenuBar.class, s -> s.withClasses("gv-user-menu"))).isSameAs(menu);
        assertThat(_get(Select.class, s -> s.withClasses("gv-language"))).isSameAs(language);

        navigate("notifications");
        _click(_get(Button.class, s -> s.withText("全部标为已读")));
        navigate("");
        assertThat(bell().getAriaLabel()).hasValue("通知，0 条未读");
        assertThat(bell().getSuffixComponent()).isNull();
    }
}
