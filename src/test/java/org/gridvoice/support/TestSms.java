package org.gridvoice.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.gridvoice.shared.sms.SmsGateway;
import org.gridvoice.shared.sms.SmsMessage;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The SMS provider of the tests: keeps every message it accepted, and can be told to refuse all
 * (an outage) or to answer slowly (so that two sender runs overlap). Never calls a network.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSms {

    /** A message the provider accepted, with our reference for it (the outbox id). */
    public record Sent(SmsMessage message, String reference) {
    }

    private static final List<Sent> SENT = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static final AtomicLong SLOW_MILLIS = new AtomicLong();

    @Bean
    @Primary
    SmsGateway testSmsGateway() {
        return new SmsGateway() {
            @Override
            public String send(SmsMessage message) throws SmsFailure {
                return send(message, null);
            }

            @Override
            public String send(SmsMessage message, String reference) throws SmsFailure {
                sleep(SLOW_MILLIS.get());
                if (DOWN.get()) {
                    throw new SmsFailure("test provider is down");
                }
                SENT.add(new Sent(message, reference));
                return "test-" + reference;
            }
        };
    }

    /** What the provider accepted for this number, oldest first. */
    public static List<Sent> sentTo(String phone) {
        return SENT.stream().filter(s -> s.message().phone().equals(phone)).toList();
    }

    public static void down(boolean down) {
        DOWN.set(down);
    }

    public static void slow(Duration pause) {
        SLOW_MILLIS.set(pause.toMillis());
    }

    /** Back to a provider that answers at once. */
    public static void reset() {
        DOWN.set(false);
        SLOW_MILLIS.set(0);
    }

    /** A mainland mobile number no other test uses. */
    public static String uniquePhone() {
        long n = System.nanoTime() % 100_000_000L;
        return "+86139" + String.format("%08d", n);
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
