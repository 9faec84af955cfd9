package org.gridvoice.shared.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestSms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@GridVoiceTest
class SmsDeliveryTest {

    @Autowired SmsOutbox outbox;
    @Autowired SmsDelivery delivery;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired People people;

    @AfterEach
    void providerBack() {
        TestSms.reset();
    }

    private long enqueue(String phone, String code) {
        transaction.executeWithoutResult(s -> outbox.enqueue(new SmsMessage(phone, "LOGIN_CODE", Map.of("code", code), Locale.SIMPLIFIED_CHINESE)));
        return jdbc.sql("SELECT MAX(id) FROM shared_sms_outbox WHERE phone = :p").param("p", phone).query(Long.class).single();
    }

    private record Row(int attempts, LocalDateTime nextAttemptAt, LocalDateTime sendingSince, LocalDateTime sentAt, String providerRef,
                       String lastError) {
    }

    private Row row(long id) {
        return jdbc.sql("SELECT attempts, next_attempt_at, sending_since, sent_at, provider_ref, last_error FROM shared_sms_outbox WHERE id = :id")
                .param("id", id).query(Row.class).single();
    }

    @Test
    void a_queued_message_reaches_the_provider_with_its_outbox_id_as_reference_and_is_marked_sent() {
        String phone = TestSms.uniquePhone();
        long id = enqueue(phone, "123456");

        delivery.run();

        assertThat(TestSms.sentTo(phone)).singleElement().satisfies(sent -> {
            assertThat(sent.message().template()).isEqualTo("LOGIN_CODE");
            assertThat(sent.message().params()).containsEntry("code", "123456");
            assertThat(sent.message().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(sent.reference()).isEqualTo(Long.toString(id));
        });
        Row row = row(id);
        assertThat(row.sentAt()).isNotNull();
        assertThat(row.sendingSince()).isNull();
        assertThat(row.providerRef()).isEqualTo("test-" + id);
    }

    @Test
    void an_outage_of_the_provider_delays_the_message_with_growing_pauses_and_then_delivers_it_exactly_once() {
        String phone = TestSms.uniquePhone();
        TestSms.down(true);
        long id = enqueue(phone, "654321");

        delivery.run();
        Row first = row(id);
        assertThat(first.sentAt()).as("not lost, not sent").isNull();
        assertThat(first.sendingSince()).as("released for the next try").isNull();
        assertThat(first.lastError()).contains("down");
        assertThat(first.nextAttemptAt()).as("waits before the next try").isAfter(LocalDateTime.now().plusSeconds(10));

        delivery.run();
        assertThat(TestSms.sentTo(phone)).as("not tried again before its time").isEmpty();

        jdbc.sql("UPDATE shared_sms_outbox SET next_attempt_at = NOW(6) WHERE id = :id").param("id", id).update();
        delivery.run();
        Row second = row(id);
        assertThat(second.sentAt()).isNull();
        Duration firstPause = Duration.between(LocalDateTime.now(), first.nextAttemptAt());
        Duration secondPause = Duration.between(LocalDateTime.now(), second.nextAttemptAt());
        assertThat(secondPause).as("the pause grows").isGreaterThan(firstPause);

        TestSms.down(false);
        jdbc.sql("UPDATE shared_sms_outbox SET next_attempt_at = NOW(6) WHERE id = :id").param("id", id).update();
        delivery.run();
        delivery.run();

        assertThat(TestSms.sentTo(phone)).as("delivered once the provider is back, and only once").hasSize(1);
        assertThat(row(id).sentAt()).isNotNull();
        assertThat(row(id).attempts()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void pauses_double_from_the_first_and_stop_growing_at_the_cap() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(30);
        assertThat(SmsDelivery.pause(1, first, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SmsDelivery.pause(2, first, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SmsDelivery.pause(4, first, max)).isEqualTo(Duration.ofSeconds(240));
        assertThat(SmsDelivery.pause(50, first, max)).isEqualTo(max);
    }

    @Test
    void two_sender_runs_at_the_same_time_send_each_message_once() throws Exception {
        String phone = TestSms.uniquePhone();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(enqueue(phone, "00000" + i));
        }
        TestSms.slow(Duration.ofMillis(150));
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> run = delivery::run;
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Integer> f : runs) {
                f.get();
            }
        }
        TestSms.reset();
        delivery.run();
        // the context's own scheduled sender may have claimed one of them first: wait for it to finish
        for (int i = 0; i < 100 && ids.stream().anyMatch(id -> row(id).sentAt() == null); i++) {
            Thread.sleep(100);
        }

        assertThat(TestSms.sentTo(phone)).as("each of the six exactly once").hasSize(6);
        assertThat(TestSms.sentTo(phone).stream().map(TestSms.Sent::reference).distinct().count()).isEqualTo(6);
        for (Long id : ids) {
            assertThat(row(id).sentAt()).isNotNull();
            assertThat(row(id).attempts()).as("claimed once").isEqualTo(1);
        }
    }

    @Test
    void a_claim_left_by_a_crashed_sender_is_taken_again_after_it_expires_so_the_message_is_not_lost() {
        String phone = TestSms.uniquePhone();
        long id = enqueue(phone, "777777");
        jdbc.sql("UPDATE shared_sms_outbox SET sending_since = NOW(6), attempts = 1 WHERE id = :id").param("id", id).update();

        delivery.run();
        assertThat(TestSms.sentTo(phone)).as("a fresh claim is another sender's: left alone").isEmpty();

        jdbc.sql("UPDATE shared_sms_outbox SET sending_since = NOW(6) - INTERVAL 1 HOUR WHERE id = :id").param("id", id).update();
        delivery.run();
        assertThat(TestSms.sentTo(phone)).hasSize(1);
    }

    @Test
    void messages_the_provider_has_not_taken_for_an_hour_are_reported_to_the_administrators_once_and_still_retried() throws Exception {
        var admin = people.admin();
        String phone = TestSms.uniquePhone();
        TestSms.down(true);
        long id = enqueue(phone, "888888");
        jdbc.sql("UPDATE shared_sms_outbox SET created_at = NOW(6) - INTERVAL 2 HOUR WHERE id = :id").param("id", id).update();

        delivery.run();
        jdbc.sql("UPDATE shared_sms_outbox SET next_attempt_at = NOW(6) WHERE id = :id").param("id", id).update();
        delivery.run();

        long reports = 0;
        for (int i = 0; i < 100 && reports == 0; i++) {
            Thread.sleep(100);
            reports = jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'SMS_DELAYED'").param("u", admin.id())
                    .query(Long.class).single();
        }
        assertThat(reports).as("told once, not at every run").isEqualTo(1);
        assertThat(row(id).sentAt()).isNull();
        assertThat(row(id).nextAttemptAt()).as("still retried").isNotNull();

        TestSms.down(false);
        jdbc.sql("UPDATE shared_sms_outbox SET next_attempt_at = NOW(6) WHERE id = :id").param("id", id).update();
        delivery.run();
        assertThat(TestSms.sentTo(phone)).hasSize(1);
    }
}
