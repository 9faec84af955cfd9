package org.gridvoice.embedded.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteConfiguration;
import org.gridvoice.embedded.DemoMailCatcher;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo mailbox lists caught mails, newest first and opened, with the links clickable; anyone may read it. */
class DemoMailsScreenTest extends ViewTest {

    @Test
    void a_signed_out_newcomer_reads_their_confirmation_mail_with_a_clickable_link() throws Exception {
        MockEnvironment env = new MockEnvironment().withProperty("spring.mail.host", "localhost").withProperty("spring.mail.port", "1025")
                .withProperty("gridvoice.mail-catcher.enabled", "true");
        DemoMailCatcher.configure(env);
        String to = "reader" + System.nanoTime() + "@example.cn";
        String link = "http://localhost:8080/confirm-email?token=xyz" + System.nanoTime();
        org.gridvoice.embedded.DemoMailCatcherTest.send(env, to, "请确认您的格声注册", "确认：\n" + link,
                "<p>您好</p><p><a href=\"" + link + "\">确认我的邮箱</a></p><script>alert(1)</script>");
        org.gridvoice.embedded.DemoMailCatcherTest.awaitCaught(to);

        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isRouteRegistered(DemoMailsView.class)) {
            routes.setAnnotatedRoute(DemoMailsView.class);
        }
        inEnglish();
        navigate(DemoMailCatcher.PAGE);

        assertThat(_get(H2.class).getText()).isEqualTo("Demo mailbox");
        Details newest = _find(Details.class).getFirst();
        assertThat(newest.isOpened()).isTrue();
        String summary = newest.getSummary().getElement().getTextRecursively();
        assertThat(summary).contains("To: " + to).contains("Subject: 请确认您的格声注册");
        String body = newest.getContent().findFirst().orElseThrow().getElement().getProperty("innerHTML");
        assertThat(body).contains("<a href=\"" + link + "\"").doesNotContain("<script");
    }
}
