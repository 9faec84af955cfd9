package org.gridvoice.shared.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail in the caller's transaction, so a mail is sent exactly when the change that
 * caused it commits. {@link OutboxMailSender} delivers it later, with retries.
 */
@Component
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO shared_mail_outbox (recipient, subject, body_text, body_html, created_at, next_attempt_at)
                VALUES (:recipient, :subject, :text, :html, :now, :now)""")
                .param("recipient", mail.recipient())
                .param("subject", MailSubjects.summary(mail.subject(), MailSubjects.MAX))
                .param("text", mail.text())
                .param("html", mail.html())
                .param("now", now)
                .update();
    }
}
