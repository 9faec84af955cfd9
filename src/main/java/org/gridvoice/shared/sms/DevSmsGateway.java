package org.gridvoice.shared.sms;

import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.shared.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gateway of development and the embedded demo ({@code gridvoice.sms.provider=dev}, the
 * default): nothing leaves the machine. The text is rendered from the bundles
 * ({@code sms.template.<template>} in the message's language, params in order), logged, and kept
 * in {@code shared_dev_sms} for the administrators' page and the demo's mail page.
 */
@Component
@ConditionalOnProperty(name = "gridvoice.sms.provider", havingValue = "dev", matchIfMissing = true)
class DevSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(DevSmsGateway.class);

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    DevSmsGateway(JdbcClient jdbc, Messages messages, Clock clock,
                  @org.springframework.beans.factory.annotation.Value("${gridvoice.embedded-db.active:false}") boolean demo) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        if (!demo) {
            log.warn("gridvoice.sms.provider=dev: text messages are kept at admin/sms and not sent (README, Operations)");
        }
    }

    @Override
    public String send(SmsMessage message) {
        return send(message, null);
    }

    @Override
    public String send(SmsMessage message, String reference) {
        String text = render(message);
        long id = jdbc.sql("""
                INSERT INTO shared_dev_sms (outbox_id, phone, template, language, text, sent_at)
                VALUES (:outbox, :phone, :template, :language, :text, :now) RETURNING id""")
                .param("outbox", reference == null ? null : Long.valueOf(reference))
                .param("phone", message.phone()).param("template", message.template())
                .param("language", message.locale().toLanguageTag())
                .param("text", text.length() > 1000 ? text.substring(0, 1000) : text)
                .param("now", LocalDateTime.now(clock))
                .query(Long.class).single();
        log.info("Development SMS to {}: {}", message.phone(), text);
        return "dev-" + id;
    }

    /** The template's text in the message's language; a template without text shows its name and params. */
    String render(SmsMessage message) {
        String key = "sms.template." + message.template();
        String text = messages.get(message.locale(), key, message.params().values().toArray());
        return text.startsWith("!") ? message.template() + " " + message.params() : text;
    }
}
