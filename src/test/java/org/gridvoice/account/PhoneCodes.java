package org.gridvoice.account;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers for codes by SMS: fresh mainland numbers, and the code as the SMS outbox holds it (the gateway is not under test). */
public final class PhoneCodes {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d{6})\"");

    private PhoneCodes() {
    }

    /** A valid mainland mobile number no test used before, as a resident types it (no +86). */
    public static String newNumber() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String e164(String typed) {
        return "+86" + typed;
    }

    /** The code in the newest text message queued for the number (typed as a resident does, without +86). */
    public static String lastCode(JdbcClient jdbc, String typed) {
        String params = jdbc.sql("SELECT params FROM shared_sms_outbox WHERE phone = :p ORDER BY id DESC LIMIT 1")
                .param("p", e164(typed)).query(String.class).single();
        Matcher m = CODE.matcher(params);
        if (!m.find()) {
            throw new AssertionError("no code in " + params);
        }
        return m.group(1);
    }

    public static long messages(JdbcClient jdbc, String typed) {
        return jdbc.sql("SELECT COUNT(*) FROM shared_sms_outbox WHERE phone = :p").param("p", e164(typed)).query(Long.class).single();
    }

    /** Moves the number's codes a minute into the past, so that the next one may be sent. */
    public static void letAMinutePass(JdbcClient jdbc, String typed) {
        jdbc.sql("UPDATE account_sms_code SET created_at = created_at - INTERVAL 61 SECOND WHERE phone = :p").param("p", e164(typed)).update();
    }

    /** A code that is not the right one. */
    public static String wrong(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }
}
