package org.gridvoice.shared.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the SMS sender: takes the due messages of the outbox and hands each to the gateway.
 *
 * <p>Each message is first <em>claimed</em> by a conditional update of its {@code sending_since}
 * that commits on its own, before the gateway is called: two runs at once (two instances, or a
 * lock that expired) cannot both claim a row, so in the normal case no message is sent twice.
 * After the call the row is marked sent, or released with its next attempt after a pause that
 * doubles with every failure up to {@code retry-max-pause}. Nothing is ever given up: a message
 * the provider keeps refusing is retried at that pace, and once messages have waited longer than
 * {@code report-delay-after} the administrators are told ({@link SmsDelayed}) and it is logged.
 *
 * <p>What a crash costs: if the process dies after the provider accepted a message but before its
 * row is marked sent, the row stays claimed; after {@code claim-expiry} (longer than any call's
 * timeout) it is claimed again and sent a second time. Delivery is therefore <em>at least once</em>:
 * a resident may, rarely, get the same code or notice twice, but never loses one. The outbox id goes
 * to the provider as our reference (Aliyun's OutId), so its delivery records show such a double.
 *
 * <p>A run holds a scheduler thread only for a bounded time: every call has the gateway's timeout,
 * a run ends after the first failure (a provider that is down is asked once per run, not once per
 * message) and claims nothing more once {@code run-budget} has passed.
 */
@Component
class SmsDelivery {

    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final SmsGateway gateway;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Duration claimExpiry;
    private final Duration runBudget;
    private final Duration reportDelayAfter;

    SmsDelivery(JdbcClient jdbc, SmsGateway gateway, Clock clock, TransactionTemplate transaction, ApplicationEventPublisher events,
                @Value("${gridvoice.sms.retry-first-pause:PT30S}") Duration firstPause,
                @Value("${gridvoice.sms.retry-max-pause:PT30M}") Duration maxPause,
                @Value("${gridvoice.sms.claim-expiry:PT10M}") Duration claimExpiry,
                @Value("${gridvoice.sms.run-budget:PT30S}") Duration runBudget,
                @Value("${gridvoice.sms.report-delay-after:PT1H}") Duration reportDelayAfter) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.clock = clock;
        this.transaction = transaction;
        this.events = events;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.claimExpiry = claimExpiry;
        this.runBudget = runBudget;
        this.reportDelayAfter = reportDelayAfter;
    }

    record Pending(long id, String phone, String template, String params, String language, int attempts) {
    }

    /** Sends what is due; returns how many messages the provider accepted in this run. */
    int run() {
        LocalDateTime started = LocalDateTime.now(clock);
        int sent = 0;
        for (Long id : due(started)) {
            if (LocalDateTime.now(clock).isAfter(started.plus(runBudget))) {
                break;
            }
            Pending message = claim(id);
            if (message == null) {
                continue;
            }
            if (!deliver(message)) {
                break;
            }
            sent++;
        }
        reportDelays();
        return sent;
    }

    private List<Long> due(LocalDateTime now) {
        return jdbc.sql("""
                SELECT id FROM shared_sms_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= :now AND (sending_since IS NULL OR sending_since < :expired)
                ORDER BY next_attempt_at, id LIMIT :batch""")
                .param("now", now).param("expired", now.minus(claimExpiry)).param("batch", BATCH)
                .query(Long.class).list();
    }

    /** Claims the row in its own committed statement; null when another run claimed or sent it first. */
    private Pending claim(long id) {
        LocalDateTime now = LocalDateTime.now(clock);
        int claimed = jdbc.sql("""
                UPDATE shared_sms_outbox SET sending_since = :now, attempts = attempts + 1
                WHERE id = :id AND sent_at IS NULL AND next_attempt_at <= :now AND (sending_since IS NULL OR sending_since < :expired)""")
                .param("now", now).param("expired", now.minus(claimExpiry)).param("id", id).update();
        if (claimed != 1) {
            return null;
        }
        return jdbc.sql("SELECT id, phone, template, params, language, attempts FROM shared_sms_outbox WHERE id = :id")
                .param("id", id).query(Pending.class).single();
    }

    private boolean deliver(Pending row) {
        String reference;
        try {
            reference = gateway.send(message(row), Long.toString(row.id()));
        } catch (SmsGateway.SmsFailure | RuntimeException e) {
            failed(row, e);
            return false;
        }
        jdbc.sql("UPDATE shared_sms_outbox SET sent_at = :now, sending_since = NULL, provider_ref = :ref, last_error = NULL WHERE id = :id")
                .param("now", LocalDateTime.now(clock)).param("ref", truncate(reference, 100)).param("id", row.id()).update();
        return true;
    }

    static SmsMessage message(Pending row) {
        Map<String, String> params = JSON.readValue(row.params(), new TypeReference<java.util.LinkedHashMap<String, String>>() {
        });
        return new SmsMessage(row.phone(), row.template(), params, Locale.forLanguageTag(row.language()));
    }

    private void failed(Pending row, Exception e) {
        Duration pause = pause(row.attempts(), firstPause, maxPause);
        // the number stays out of the log: the outbox id leads to it for those allowed to look
        log.warn("SMS {} ({}) not accepted (attempt {}), next try in {}: {}", row.id(), row.template(), row.attempts(), pause, e.getMessage());
        jdbc.sql("""
                UPDATE shared_sms_outbox SET sending_since = NULL, next_attempt_at = :next, last_error = :error
                WHERE id = :id AND sent_at IS NULL""")
                .param("next", LocalDateTime.now(clock).plus(pause))
                .param("error", truncate(String.valueOf(e.getMessage()), 1000))
                .param("id", row.id()).update();
    }

    /** The pause after the given number of attempts: {@code first}, doubling each time, at most {@code max}. */
    static Duration pause(int attempts, Duration first, Duration max) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration pause = first.multipliedBy(1L << doublings);
        return pause.compareTo(max) > 0 ? max : pause;
    }

    /** Tells once about the messages that have waited too long: marked and announced in one transaction. */
    private void reportDelays() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime before = now.minus(reportDelayAfter);
        transaction.executeWithoutResult(status -> {
            int late = jdbc.sql("""
                    UPDATE shared_sms_outbox SET delay_reported_at = :now
                    WHERE sent_at IS NULL AND delay_reported_at IS NULL AND created_at < :before""")
                    .param("now", now).param("before", before).update();
            if (late > 0) {
                long waiting = jdbc.sql("SELECT COUNT(*) FROM shared_sms_outbox WHERE sent_at IS NULL").query(Long.class).single();
                log.error("{} text message(s) waited more than {} without the SMS provider accepting them; {} unsent in all. "
                        + "They are still retried: check gridvoice.sms.* and the provider (last_error in shared_sms_outbox).",
                        late, reportDelayAfter, waiting);
                events.publishEvent(new SmsDelayed(late, waiting, reportDelayAfter));
            }
        });
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
