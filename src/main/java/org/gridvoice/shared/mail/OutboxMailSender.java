package org.gridvoice.shared.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail. Runs on one instance at a time (ShedLock). A failed mail is retried with a pause
 * that doubles from 30 seconds up to {@code gridvoice.mail.retry-max-pause}, however long the SMTP server is
 * away: nothing is dropped quietly. Once mail has waited longer than {@code report-delay-after} the
 * administrators are told ({@link MailDelayed}, once per mail, and logged); mail older than
 * {@code give-up-after} is given up and reported ({@link MailGivenUp}), and stays in the outbox with its
 * last error.
 *
 * <p>Each mail carries a Message-ID made of its outbox id, the same on every attempt: if a server accepted
 * a mail but the answer was lost (a timeout after the data), the retry is the same message to the
 * recipient's mail system, which can tell it is a repeat. Every SMTP call has connect, read and write
 * timeouts ({@code spring.mail.properties.mail.smtp.*}), so a silent server holds only this job, and only
 * for that long; the other jobs have their own scheduler threads.
 */
@Component
class OutboxMailSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

    private final JdbcClient jdbc;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final String from;
    private final int batchSize;
    private final Duration maxPause;
    private final Duration reportDelayAfter;
    private final Duration giveUpAfter;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final String messageIdDomain;

    OutboxMailSender(JdbcClient jdbc, JavaMailSender mailSender, Clock clock, TransactionTemplate transaction,
                     ApplicationEventPublisher events,
                     @Value("${gridvoice.mail.from}") String from,
                     @Value("${gridvoice.mail.batch-size:50}") int batchSize,
                     @Value("${gridvoice.mail.retry-max-pause:PT30M}") Duration maxPause,
                     @Value("${gridvoice.mail.report-delay-after:PT1H}") Duration reportDelayAfter,
                     @Value("${gridvoice.mail.give-up-after:P3D}") Duration giveUpAfter) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.transaction = transaction;
        this.events = events;
        this.from = from;
        this.batchSize = Math.max(1, batchSize);
        this.maxPause = maxPause;
        this.reportDelayAfter = reportDelayAfter;
        this.giveUpAfter = giveUpAfter;
        this.messageIdDomain = domainOf(from);
    }

    private record Pending(long id, String recipient, String subject, String bodyText, String bodyHtml, int attempts) {
    }

    @Scheduled(fixedDelayString = "${gridvoice.mail.send-interval:PT5S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT2M")
    public void sendDue() {
        // too old first: a mail past the age is given up even if the server is back at this very run
        giveUp();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Pending> due = jdbc.sql("""
                SELECT id, recipient, subject, body_text, body_html, attempts FROM shared_mail_outbox
                WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= :now
                ORDER BY id LIMIT :batch""")
                .param("now", now).param("batch", batchSize)
                .query(Pending.class).list();
        if (!due.isEmpty()) {
            sendBatch(due);
        }
        reportDelays();
    }

    /** Gives up mail older than the age, marked and announced in one transaction. */
    private void giveUp() {
        LocalDateTime now = LocalDateTime.now(clock);
        transaction.executeWithoutResult(status -> {
            int givenUp = jdbc.sql("""
                    UPDATE shared_mail_outbox SET given_up_at = :now
                    WHERE sent_at IS NULL AND given_up_at IS NULL AND created_at < :before""")
                    .param("now", now).param("before", now.minus(giveUpAfter)).update();
            if (givenUp > 0) {
                log.error("{} mail(s) could not be delivered in {} and are given up; they stay in shared_mail_outbox "
                        + "(given_up_at, last_error). Check spring.mail.* and the SMTP server.", givenUp, giveUpAfter);
                events.publishEvent(new MailGivenUp(givenUp, giveUpAfter));
            }
        });
    }

    /** Tells once about the mail that has waited too long (after this run's attempts), marked and announced in one transaction. */
    private void reportDelays() {
        LocalDateTime now = LocalDateTime.now(clock);
        transaction.executeWithoutResult(status -> {
            int late = jdbc.sql("""
                    UPDATE shared_mail_outbox SET delay_reported_at = :now
                    WHERE sent_at IS NULL AND given_up_at IS NULL AND delay_reported_at IS NULL AND created_at < :before""")
                    .param("now", now).param("before", now.minus(reportDelayAfter)).update();
            if (late > 0) {
                long waiting = jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL")
                        .query(Long.class).single();
                log.error("{} mail(s) waited more than {} without the SMTP server accepting them; {} unsent in all. "
                        + "They are still retried until {} old: check spring.mail.* and the server (last_error in shared_mail_outbox).",
                        late, reportDelayAfter, waiting, giveUpAfter);
                events.publishEvent(new MailDelayed(late, waiting, reportDelayAfter));
            }
        });
    }

    /** One SMTP connection for the whole batch (a connection per mail made a backlog of a few dozen take seconds). */
    private void sendBatch(List<Pending> due) {
        Map<MimeMessage, Pending> messages = new LinkedHashMap<>();
        for (Pending mail : due) {
            try {
                messages.put(message(mail), mail);
            } catch (Exception e) {
                failed(mail, e);
            }
        }
        if (messages.isEmpty()) {
            return;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
            if (failures.isEmpty()) {
                messages.values().forEach(mail -> failed(mail, e));
                return;
            }
        } catch (Exception e) {
            messages.values().forEach(mail -> failed(mail, e));
            return;
        }
        for (var entry : messages.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                sent(entry.getValue());
            } else {
                failed(entry.getValue(), failure);
            }
        }
    }

    private MimeMessage message(Pending mail) throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        // the same id on every attempt (Spring keeps a Message-ID set before sending)
        message.setHeader("Message-ID", "<outbox-" + mail.id() + "@" + messageIdDomain + ">");
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.bodyText(), mail.bodyHtml());
        return message;
    }

    private void sent(Pending mail) {
        jdbc.sql("UPDATE shared_mail_outbox SET sent_at = :now, attempts = attempts + 1 WHERE id = :id")
                .param("now", LocalDateTime.now(clock)).param("id", mail.id()).update();
    }

    private void failed(Pending mail, Exception e) {
        Duration pause = pause(mail.attempts(), maxPause);
        log.warn("Mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), mail.attempts() + 1, e.getMessage());
        String error = String.valueOf(e.getMessage());
        jdbc.sql("""
                UPDATE shared_mail_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
                WHERE id = :id""")
                .param("next", LocalDateTime.now(clock).plus(pause))
                .param("error", error.substring(0, Math.min(error.length(), 1000)))
                .param("id", mail.id()).update();
    }

    /** 30 s after the first failure, doubling, never more than {@code max}. */
    static Duration pause(int attemptsBefore, Duration max) {
        Duration pause = Duration.ofSeconds(30L << Math.min(Math.max(attemptsBefore, 0), 20));
        return pause.compareTo(max) > 0 ? max : pause;
    }

    private static String domainOf(String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "gridvoice.local" : from.substring(at + 1).replace(">", "").strip();
        return domain.isEmpty() ? "gridvoice.local" : domain;
    }
}
