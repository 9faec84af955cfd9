package org.gridvoice.shared.sms;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a text message in the caller's transaction, so it is sent exactly when the change that
 * caused it commits; the scheduled sender delivers it through the configured {@link SmsGateway}.
 */
@Component
public class SmsOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(SmsMessage message) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO shared_sms_outbox (phone, template, params, language, created_at, next_attempt_at)
                VALUES (:phone, :template, :params, :language, :now, :now)""")
                .param("phone", message.phone())
                .param("template", message.template())
                .param("params", json(message))
                .param("language", message.locale().toLanguageTag())
                .param("now", now)
                .update();
    }

    private static String json(SmsMessage message) {
        return JSON.writeValueAsString(message.params());
    }
}
