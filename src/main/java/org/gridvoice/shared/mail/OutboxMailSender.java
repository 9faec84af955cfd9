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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued mail. Runs on one instance at a time (ShedLock); a failed mail is retried
 * with growing pauses and given up after {@code gridvoice.mail.max-attempts}.
 */
@Component
class OutboxMailSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

    private final JdbcClient jdbc;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final int batchSize;

    OutboxMailSender(JdbcClient jdbc, JavaMailSender mailSender, Clock clock,
                     @Value("${gridvoice.mail.from}") String from,
                     @Value("${gridvoice.mail.max-attempts:8}") int maxAttempts,
                     @Value("${gridvoice.mail.batch-size:50}") int batchSize) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.batchSize = Math.max(1, batchSize);
    }

    private record Pending(long id, String recipient, String subject, String bodyText, String bodyHtml, int attempts) {
    }

    @Scheduled(fixedDelayString = "${gridvoice.mail.send-interval:PT5S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT2M")
    public void sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Pending> due = jdbc.sql("""
                SELECT id, recipient, subject, body_text, body_html, attempts FROM shared_mail_outbox
                WHERE sent_at IS NULL AND attempts < :max AND next_attempt_at <= :now
                ORDER BY id LIMIT :batch""")
                .param("max", maxAttempts).param("now", now).param("batch", batchSize)
                .query(Pending.class).list();
        if (!due.isEmpty()) {
            sendBatch(due);
        }
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
        Duration pause = Duration.ofSeconds(30L << Math.min(mail.attempts(), 10));
        log.warn("Mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), mail.attempts() + 1, e.getMessage());
        String error = String.valueOf(e.getMessage());
        jdbc.sql("""
                UPDATE shared_mail_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
                WHERE id = :id""")
                .param("next", LocalDateTime.now(clock).plus(pause))
                .param("error", error.substring(0, Math.min(error.length(), 1000)))
                .param("id", mail.id()).update();
    }
}
