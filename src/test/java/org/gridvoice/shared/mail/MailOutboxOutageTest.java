package org.gridvoice.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox through an SMTP outage, with its own sender on a clock of its own (the app's scheduled sender,
 * on the real clock, never finds these mails due): a mail is retried however long the server is away, at most
 * half an hour apart, the administrators are told once when it waits over an hour, and it goes out exactly once,
 * with the same Message-ID as every failed attempt, when the server is back. Mail older than the give-up age is
 * given up and reported, never dropped quietly; a server that accepts the connection and never answers holds
 * the sender only for the configured timeout.
 */
@GridVoiceTest
class MailOutboxOutageTest {

    @Autowired JdbcClient jdbc;
    @Autowired JavaMailSender greenMail;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired People people;
    @Value("${gridvoice.mail.from}") String from;

    private final ZoneId zone = ZoneId.systemDefault();
    /** Far enough ahead that the app's own sender never finds these mails due or old. */
    private final LocalDateTime t0 = LocalDateTime.now().plusDays(400).withNano(0);

    @BeforeEach
    void nothingElseWaits() throws InterruptedException {
        // this test's senders judge age by their own clock: let the app's sender first deliver anything queued now
        for (int i = 0; i < 300 && waitingBefore(t0) > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(waitingBefore(t0)).isZero();
    }

    @org.junit.jupiter.api.AfterEach
    void dropThisTestsMail() {
        // rows dated a year ahead are this class's own; left behind, the next test's sender would judge them
        jdbc.sql("DELETE FROM shared_mail_outbox WHERE created_at > :soon").param("soon", LocalDateTime.now().plusDays(300)).update();
    }

    private long waitingBefore(LocalDateTime at) {
        return jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND created_at < :at")
                .param("at", at).query(Long.class).single();
    }

    private OutboxMailSender sender(JavaMailSender smtp, LocalDateTime at) {
        Clock clock = Clock.fixed(at.atZone(zone).toInstant(), zone);
        return new OutboxMailSender(jdbc, smtp, clock, transaction, events, from, 50, Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofDays(3));
    }

    private long enqueue(String recipient) {
        jdbc.sql("""
                INSERT INTO shared_mail_outbox (recipient, subject, body_text, body_html, created_at, next_attempt_at)
                VALUES (:r, '停电通知', '明天停电', '<p>明天停电</p>', :t, :t)""").param("r", recipient).param("t", t0).update();
        return jdbc.sql("SELECT MAX(id) FROM shared_mail_outbox WHERE recipient = :r").param("r", recipient).query(Long.class).single();
    }

    private record Row(int attempts, LocalDateTime nextAttemptAt, LocalDateTime sentAt, LocalDateTime delayReportedAt,
                       LocalDateTime givenUpAt, String lastError) {
    }

    private Row row(long id) {
        return jdbc.sql("SELECT attempts, next_attempt_at, sent_at, delay_reported_at, given_up_at, last_error FROM shared_mail_outbox WHERE id = :id")
                .param("id", id).query(Row.class).single();
    }

    /** An SMTP sender to a port nobody listens on: the server is down. */
    private static JavaMailSenderImpl down() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    private long notifications(Long userId, String kind) throws InterruptedException {
        long found = 0;
        for (int i = 0; i < 100 && found == 0; i++) {
            Thread.sleep(100);
            found = jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = :k").param("u", userId).param("k", kind)
                    .query(Long.class).single();
        }
        Thread.sleep(300);
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = :k").param("u", userId).param("k", kind)
                .query(Long.class).single();
    }

    @Test
    void a_mail_outlives_a_long_outage_is_reported_once_and_goes_out_once_when_the_server_is_back() throws Exception {
        var admin = people.admin();
        String recipient = "outage" + System.nanoTime() + "@example.org";
        long id = enqueue(recipient);
        JavaMailSenderImpl dead = down();

        // 14 failed runs, each when the mail is next due: about five hours of outage, twice what 8 attempts used to allow
        List<Duration> pauses = new ArrayList<>();
        LocalDateTime at = t0;
        for (int run = 0; run < 14; run++) {
            sender(dead, at).sendDue();
            Row after = row(id);
            pauses.add(Duration.between(at, after.nextAttemptAt()));
            at = after.nextAttemptAt();
        }
        Row waiting = row(id);
        assertThat(waiting.attempts()).isEqualTo(14);
        assertThat(waiting.sentAt()).isNull();
        assertThat(waiting.givenUpAt()).as("still retried").isNull();
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(pauses.getFirst()).isEqualTo(Duration.ofSeconds(30));
        assertThat(pauses).as("doubling, then never more than half an hour apart").allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(Duration.ofMinutes(30)));
        assertThat(pauses.getLast()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Duration.between(t0, at)).isGreaterThan(Duration.ofHours(4));
        assertThat(waiting.delayReportedAt()).as("reported once it waited over an hour").isNotNull();
        assertThat(notifications(admin.id(), "MAIL_DELAYED")).as("told once, not at every run").isEqualTo(1);

        sender(greenMail, at).sendDue();
        sender(greenMail, at.plusMinutes(31)).sendDue();
        assertThat(row(id).sentAt()).isNotNull();
        List<MimeMessage> delivered = TestMail.mailsTo(recipient);
        assertThat(delivered).as("exactly once").hasSize(1);
        assertThat(delivered.getFirst().getMessageID()).as("the id every attempt carried").startsWith("<outbox-" + id + "@");
    }

    @Test
    void mail_past_the_give_up_age_is_given_up_and_reported_not_sent_later() throws Exception {
        var admin = people.admin();
        String recipient = "given-up" + System.nanoTime() + "@example.org";
        long id = enqueue(recipient);
        sender(down(), t0).sendDue();

        LocalDateTime late = t0.plusDays(3).plusMinutes(1);
        sender(greenMail, late).sendDue();
        Row row = row(id);
        assertThat(row.givenUpAt()).as("given up at the age, though the server is back").isNotNull();
        assertThat(row.sentAt()).isNull();
        assertThat(row.lastError()).as("kept with its last error for the administrators").isNotBlank();
        assertThat(notifications(admin.id(), "MAIL_GIVEN_UP")).isEqualTo(1);

        sender(greenMail, late.plusHours(1)).sendDue();
        Thread.sleep(500);
        assertThat(TestMail.mailsTo(recipient)).isEmpty();
        assertThat(row(id).sentAt()).isNull();
    }

    @Test
    void a_server_that_accepts_and_never_answers_holds_the_sender_only_for_the_timeout() throws Exception {
        Properties timeouts = ((JavaMailSenderImpl) greenMail).getJavaMailProperties();
        assertThat(timeouts.getProperty("mail.smtp.connectiontimeout")).isNotNull();
        assertThat(timeouts.getProperty("mail.smtp.timeout")).isNotNull();
        assertThat(timeouts.getProperty("mail.smtp.writetimeout")).isNotNull();
        String recipient = "silent" + System.nanoTime() + "@example.org";
        long id = enqueue(recipient);
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            JavaMailSenderImpl hanging = new JavaMailSenderImpl();
            hanging.setHost("127.0.0.1");
            hanging.setPort(silent.getLocalPort());
            hanging.setJavaMailProperties(timeouts);
            Instant start = Instant.now();
            sender(hanging, t0).sendDue();
            Duration took = Duration.between(start, Instant.now());
            long timeoutMs = Long.parseLong(timeouts.getProperty("mail.smtp.timeout"));
            assertThat(took).as("the run ends at the read timeout, not when the server closes").isLessThan(Duration.ofMillis(timeoutMs + 5_000));
            assertThat(row(id).attempts()).isEqualTo(1);
            assertThat(row(id).sentAt()).isNull();
            acceptor.interrupt();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
