package org.gridvoice.shared.sms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridvoice.shared.sms.ui.DevSmsView;
import org.gridvoice.support.People;
import org.gridvoice.support.TestSms;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class DevSmsScreenTest extends ViewTest {

    @Autowired DevSmsGateway devGateway;
    @Autowired DevSmsBox box;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static Map<String, String> orderedParams() {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("title", "小区停车");
        params.put("closes", "12月1日 18:00");
        return params;
    }

    @SuppressWarnings("unchecked")
    private List<DevSms> rows() {
        Grid<DevSms> grid = _get(DevSmsView.class).getChildren().filter(Grid.class::isInstance).map(c -> (Grid<DevSms>) c).findFirst().orElseThrow();
        return GridKt._fetch(grid, 0, Math.min(GridKt._size(grid), 50));
    }

    @Test
    void the_development_gateway_keeps_the_text_in_the_readers_language_and_administrators_read_it_newest_first() {
        String chinese = TestSms.uniquePhone();
        String english = TestSms.uniquePhone();
        devGateway.send(new SmsMessage(chinese, "VOTE_REMINDER", orderedParams(), Locale.SIMPLIFIED_CHINESE), "1");
        devGateway.send(new SmsMessage(english, "CASE_RESOLVED", Map.of("title", "Street light"), Locale.ENGLISH), "2");
        devGateway.send(new SmsMessage(english, "NO_SUCH_TEMPLATE", Map.of("code", "4711"), Locale.ENGLISH), "3");

        signIn(people.admin());
        navigate("admin/sms");

        List<DevSms> shown = rows();
        assertThat(shown.get(0).phone()).isEqualTo(english);
        assertThat(shown.get(0).text()).as("a template without text still shows its params").contains("NO_SUCH_TEMPLATE").contains("4711");
        assertThat(shown.get(1).text()).isEqualTo("GridVoice: the case \"Street light\" is resolved. Sign in to confirm or comment.");
        assertThat(shown.get(2).phone()).isEqualTo(chinese);
        assertThat(shown.get(2).text()).isEqualTo("GridVoice：您尚未对议题“小区停车”投票，投票将于12月1日 18:00截止。");
    }

    @Test
    void only_administrators_read_the_kept_messages_and_other_installations_show_none_on_the_demo_page() {
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThatThrownBy(() -> box.page(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(box.forDemo(10)).as("the tests run without the demo mail catcher").isEmpty();
    }

    @Test
    void on_the_embedded_demo_anyone_reads_the_newest_texts_on_the_demo_mail_page() {
        String phone = TestSms.uniquePhone();
        devGateway.send(new SmsMessage(phone, "CASE_RESOLVED", Map.of("title", "路灯"), Locale.SIMPLIFIED_CHINESE), "9");
        People.signOut();

        List<DevSms> shown = new DevSmsBox(jdbc, "http://localhost:8080/demo/mails").forDemo(5);

        assertThat(shown.getFirst().phone()).isEqualTo(phone);
        assertThat(shown.getFirst().text()).isEqualTo("GridVoice：工单“路灯”已办结，请登录确认或评价。");
    }
}
