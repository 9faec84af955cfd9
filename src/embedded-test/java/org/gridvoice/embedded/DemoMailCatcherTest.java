package org.gridvoice.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mock.env.MockEnvironment;

/** The embedded demo catches its mail itself when nobody configured a mail server, and only then. */
@ExtendWith(OutputCaptureExtension.class)
public class DemoMailCatcherTest {

    /** Sends a mail through the SMTP server the environment points at, as the app's outbox does. */
    public static void send(MockEnvironment env, String to, String subject, String text, String html) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(env.getProperty("spring.mail.host"));
        sender.setPort(env.getProperty("spring.mail.port", Integer.class));
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("GridVoice <no-reply@gridvoice.local>");
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, html);
        sender.send(message);
    }

    static MockEnvironment demoWithoutMailServer() {
        return new MockEnvironment().withProperty("spring.mail.host", "localhost").withProperty("spring.mail.port", "1025")
                .withProperty("gridvoice.base-url", "http://localhost:8080");
    }

    public static CaughtMail awaitCaught(String to) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<CaughtMail> found = DemoMailCatcher.mails().stream().filter(m -> m.recipients().contains(to)).toList();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the catcher did not get the mail to " + to);
    }

    @Test
    void without_a_mail_server_the_demo_catches_every_mail_lists_it_and_logs_its_link(CapturedOutput output) throws Exception {
        MockEnvironment env = demoWithoutMailServer();
        assertThat(DemoMailCatcher.configure(env)).isTrue();
        assertThat(env.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
        assertThat(env.getProperty("spring.mail.port", Integer.class)).isNotEqualTo(1025);
        assertThat(env.getProperty("gridvoice.mail-catcher.page")).isEqualTo("http://localhost:8080/demo/mails");

        String to = "newcomer" + System.nanoTime() + "@example.cn";
        String link = "http://localhost:8080/confirm-email?token=abc" + System.nanoTime();
        send(env, to, "Confirm your GridVoice registration", "Hello,\n\nConfirm my email:\n" + link + "\n",
                "<p>Hello,</p><p><a href=\"" + link + "\">Confirm my email</a></p>");

        CaughtMail mail = awaitCaught(to);
        assertThat(mail.subject()).isEqualTo("Confirm your GridVoice registration");
        assertThat(mail.html()).contains("href=\"" + link + "\"");
        assertThat(DemoMailCatcher.links(mail)).containsExactly(link);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!output.getAll().contains(link) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(output.getAll()).as("the log prints the link").contains(to).contains(link);
    }

    @Test
    void a_configured_mail_server_such_as_the_tests_greenmail_is_left_alone() {
        MockEnvironment tests = new MockEnvironment().withProperty("spring.mail.host", "127.0.0.1").withProperty("spring.mail.port", "3025");
        assertThat(DemoMailCatcher.configure(tests)).isFalse();
        assertThat(tests.getProperty("spring.mail.port")).isEqualTo("3025");
        assertThat(tests.getProperty("gridvoice.mail-catcher.page")).isNull();

        MockEnvironment switchedOff = demoWithoutMailServer().withProperty("gridvoice.mail-catcher.enabled", "false");
        assertThat(DemoMailCatcher.configure(switchedOff)).isFalse();
        assertThat(switchedOff.getProperty("spring.mail.port")).isEqualTo("1025");
    }
}
