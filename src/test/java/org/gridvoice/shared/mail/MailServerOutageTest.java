package org.gridvoice.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox through an SMTP server that is really stopped and started again (a GreenMail of this test's
 * own, on a free port), with mail queued through {@link MailOutbox} before and during the outage: every mail is
 * delivered exactly once after the server returns, with the Message-ID of its outbox row, each at its next retry
 * (at most the outage and 30 s after the return: a pause never exceeds the mail's age). In {@code ./mvnw verify} the sender runs on a clock the test moves on 5 s per run
 * (the production send interval) through 5 minutes; with {@code -Pembedded-db,reliability} on the real clock for
 * 5 real minutes ({@code -Dgridvoice.outage.mail-minutes}). And the case SMTP cannot settle: the server stored a
 * mail but its "250" never reached the sender before its read timeout; the retry transmits it again, under the
 * same Message-ID. Figures in target/reliability/mail-outage.md.
 *
 * <p>The app's own scheduled sender is held for the duration by holding its ShedLock lock, as another instance
 * running it would, so only this test's sender delivers.
 */
@GridVoiceTest
class MailServerOutageTest {

    private static final Duration STEP = Duration.ofSeconds(5);
    private static final Map<String, String> figures = new TreeMap<>();

    @Autowired JdbcClient jdbc;
    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JavaMailSender appMail;
    @Value("${gridvoice.mail.from}") String from;

    private final String prefix = "mail-outage-" + System.nanoTime() + "-";
    private final List<MimeMessage> harvested = new ArrayList<>();
    private GreenMail server;
    private int port;
    private int produced;

    /** A clock the test moves on by hand. */
    private static final class HandClock extends Clock {
        private volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        /** Not behind the real clock, which dated the mail just queued. */
        void catchUp() {
            Instant real = Instant.now();
            if (now.isBefore(real)) {
                now = real;
            }
        }
    }

    @BeforeEach
    void ownServerWhileTheAppsSenderIsHeld() throws Exception {
        for (int i = 0; i < 300 && dueNow() > 0; i++) {
            Thread.sleep(100);
        }
        jdbc.sql("INSERT IGNORE INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('mail-outbox', NOW(3), NOW(3), 'nobody')").update();
        boolean held = false;
        for (int i = 0; i < 200 && !held; i++) {
            held = jdbc.sql("""
                    UPDATE shedlock SET lock_until = NOW(3) + INTERVAL 1 HOUR, locked_at = NOW(3), locked_by = 'MailServerOutageTest'
                    WHERE name = 'mail-outbox' AND lock_until <= NOW(3)""").update() == 1;
            Thread.sleep(held ? 0 : 50);
        }
        assertThat(held).as("the app's sender let go of its lock").isTrue();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void releaseTheAppsSender() {
        server.stop();
        jdbc.sql("UPDATE shedlock SET lock_until = NOW(3) WHERE name = 'mail-outbox' AND locked_by = 'MailServerOutageTest'").update();
    }

    private long dueNow() {
        return jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= NOW(6)")
                .query(Long.class).single();
    }

    @Test
    void mail_queued_before_and_during_a_five_minute_outage_is_delivered_exactly_once_after_it() throws Exception {
        HandClock clock = new HandClock();
        outage("SMTP server stopped 5 min (sender's clock moved on 5 s a run)", Duration.ofMinutes(5), clock, clock::advance);
    }

    @Test
    @Tag("reliability")
    void mail_queued_during_a_real_outage_of_minutes_is_delivered_exactly_once_after_it() throws Exception {
        Duration outage = Duration.ofMinutes(Long.getLong("gridvoice.outage.mail-minutes", 5));
        outage("SMTP server stopped " + outage.toMinutes() + " min (real clock)", outage, Clock.systemDefaultZone(), step -> {
            try {
                Thread.sleep(step);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void outage(String fault, Duration outage, Clock clock, java.util.function.Consumer<Duration> wait) throws Exception {
        OutboxMailSender sender = sender(smtp(port, appMail), clock);
        produce(5);
        if (clock instanceof HandClock hand) {
            hand.catchUp();
        }
        sender.sendDue();
        assertThat(deliveredNow()).as("delivered while the server is up").hasSize(5);

        harvested.addAll(deliveredNow());
        server.stop();
        Instant stopped = clock.instant();
        int attempts = 0;
        while (clock.instant().isBefore(stopped.plus(outage))) {
            produce(2);
            sender.sendDue();
            attempts++;
            wait.accept(STEP);
        }
        int queuedInOutage = produced - 5;
        assertThat(deliveredNow()).as("nothing delivered while the server is down").hasSize(5);
        server.start();
        Instant back = clock.instant();
        while (deliveredNow().size() < produced && clock.instant().isBefore(back.plus(Duration.ofMinutes(35)))) {
            sender.sendDue();
            if (deliveredNow().size() < produced) {
                wait.accept(STEP);
            }
        }
        Duration toAll = Duration.between(back, clock.instant());
        // later runs, past every retry pause, send nothing again
        wait.accept(clock instanceof HandClock ? Duration.ofMinutes(31) : STEP);
        sender.sendDue();
        sender.sendDue();
        List<MimeMessage> delivered = deliveredNow();

        Map<Long, String> ids = outboxIds();
        Map<String, Long> byMessageId = delivered.stream().collect(Collectors.groupingBy(MailServerOutageTest::messageId, Collectors.counting()));
        long duplicates = delivered.size() - byMessageId.size();
        figures.put(fault, String.format("| %s | %d queued (5 before, %d during, %d failed runs) | %d | %d | %d | %s |", fault, produced,
                queuedInOutage, attempts, delivered.size(), byMessageId.size(), duplicates, seconds(toAll)));
        assertThat(ids).as("outbox rows").hasSize(produced);
        assertThat(delivered).as("delivered, in all").hasSize(produced);
        assertThat(byMessageId.keySet()).as("one delivery per outbox row, under its own Message-ID")
                .containsExactlyInAnyOrderElementsOf(ids.values());
        assertThat(duplicates).isZero();
        assertThat(unsent()).as("rows still waiting").isZero();
        Duration bound = (outage.compareTo(Duration.ofMinutes(30)) < 0 ? outage.plusSeconds(30) : Duration.ofMinutes(30)).plus(STEP);
        // a mail's pause never exceeds its age: every mail is tried again within the outage and 30 s after the return
        assertThat(toAll).as("all delivered within one retry pause of the return").isLessThanOrEqualTo(bound);
    }

    @Test
    void a_mail_the_server_stored_but_whose_answer_timed_out_is_sent_again_under_the_same_message_id() throws Exception {
        HandClock clock = new HandClock();
        Properties quick = new Properties();
        quick.putAll(((JavaMailSenderImpl) appMail).getJavaMailProperties());
        quick.setProperty("mail.smtp.timeout", "1500");
        try (SilentAfterData relay = new SilentAfterData(port, Duration.ofMillis(2500))) {
            JavaMailSenderImpl viaRelay = smtp(relay.port(), appMail);
            viaRelay.setJavaMailProperties(quick);
            OutboxMailSender sender = sender(viaRelay, clock);
            produce(3);
            clock.catchUp();
            Instant start = Instant.now();
            sender.sendDue();
            Duration firstRun = Duration.between(start, Instant.now());
            // the sender connects again for the next mails of the batch (Spring's JavaMailSenderImpl), and they pass
            assertThat(deliveredNow()).as("the server stored all three, the first although the sender timed out").hasSize(3);
            assertThat(unsent()).as("the sender counts the first as not sent").isEqualTo(1);

            clock.advance(Duration.ofSeconds(31));
            sender.sendDue();
            clock.advance(Duration.ofMinutes(31));
            sender.sendDue();
            List<MimeMessage> delivered = deliveredNow();
            Map<String, Long> byMessageId = delivered.stream().collect(Collectors.groupingBy(MailServerOutageTest::messageId, Collectors.counting()));
            String fault = "SMTP answer to DATA withheld past the read timeout (1.5 s) once";
            figures.put(fault, String.format("| %s | 3 queued (first run took %s) | %d | %d | %d | %s |", fault, seconds(firstRun), delivered.size(),
                    byMessageId.size(), delivered.size() - byMessageId.size(), "next run (30 s)"));
            assertThat(unsent()).isZero();
            assertThat(byMessageId.keySet()).as("each mail under its outbox Message-ID").containsExactlyInAnyOrderElementsOf(outboxIds().values());
            assertThat(byMessageId.values()).as("the mail whose answer was lost arrives twice, the others once")
                    .containsExactlyInAnyOrder(2L, 1L, 1L);
        }
    }

    @AfterAll
    static void writeFigures() throws IOException {
        Path out = Path.of("target", "reliability", "mail-outage.md");
        Files.createDirectories(out.getParent());
        Map<String, String> rows = new TreeMap<>();
        if (Files.exists(out)) {
            // keep the rows of the scenarios this run did not repeat (verify and the reliability profile write the same file)
            Files.readAllLines(out).stream().filter(l -> l.startsWith("| ") && !l.startsWith("| Fault"))
                    .forEach(l -> rows.put(l.substring(2, l.indexOf(" |")), l));
        }
        rows.putAll(figures);
        String md = "# Mail server outage (GreenMail stopped and started again; the outbox's own sender)\n\n"
                + "| Fault | Mails produced | Delivered (transmissions) | Distinct Message-IDs | Duplicates | Time from server back to all delivered |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", rows.values()) + "\n\n"
                + "Commands: `./mvnw -Pembedded-db test -Dtest=MailServerOutageTest` (clock moved on by the test); "
                + "`./mvnw -Pembedded-db,reliability test -Dtest=MailServerOutageTest` (real clock, `-Dgridvoice.outage.mail-minutes=5`).\n";
        Files.writeString(out, md);
        System.out.println(md);
    }

    private OutboxMailSender sender(JavaMailSender smtp, Clock clock) {
        return new OutboxMailSender(jdbc, smtp, clock, transaction, events, from, 50, Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofDays(3));
    }

    /** An SMTP client to the port with the app's timeouts. */
    private static JavaMailSenderImpl smtp(int port, JavaMailSender app) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        smtp.setJavaMailProperties(((JavaMailSenderImpl) app).getJavaMailProperties());
        return smtp;
    }

    /** Queues mail as the app's notifications do: {@link MailOutbox#enqueue} in the transaction of the change. */
    private void produce(int count) {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(OutgoingMail.of(prefix + produced++ + "@example.org", "停水通知", "您好：", "明天 9:00 至 12:00 停水。"));
            }
        });
    }

    private Map<Long, String> outboxIds() {
        String domain = from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
        return jdbc.sql("SELECT id FROM shared_mail_outbox WHERE recipient LIKE :p").param("p", prefix + "%").query(Long.class).list().stream()
                .collect(Collectors.toMap(Function.identity(), id -> "<outbox-" + id + "@" + domain + ">"));
    }

    private long unsent() {
        return jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE recipient LIKE :p AND sent_at IS NULL").param("p", prefix + "%")
                .query(Long.class).single();
    }

    /** This test's mail the server holds now, with what it held before it was stopped (a stopped GreenMail forgets). */
    private List<MimeMessage> deliveredNow() {
        List<MimeMessage> all = new ArrayList<>(harvested);
        Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().startsWith(prefix));
            } catch (Exception e) {
                return false;
            }
        }).forEach(all::add);
        return all;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
