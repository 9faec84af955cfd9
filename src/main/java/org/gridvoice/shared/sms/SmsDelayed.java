package org.gridvoice.shared.sms;

import java.time.Duration;

/**
 * Published when text messages have waited longer than {@code after} without the provider taking
 * them: {@code newlyLate} of them crossed that age now, {@code unsent} are waiting in all. Each
 * message is reported once; the outbox keeps retrying them.
 */
public record SmsDelayed(int newlyLate, long unsent, Duration after) {
}
