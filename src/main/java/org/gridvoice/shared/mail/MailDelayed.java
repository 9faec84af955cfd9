package org.gridvoice.shared.mail;

import java.time.Duration;

/**
 * Published when mail has waited longer than {@code after} without the SMTP server taking it: {@code newlyLate}
 * mails crossed that age now, {@code unsent} wait in all. Each mail is reported once; the outbox keeps retrying.
 */
public record MailDelayed(int newlyLate, long unsent, Duration after) {
}
