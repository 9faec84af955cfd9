package org.gridvoice.shared.mail;

import java.time.Duration;

/**
 * Published when the outbox gives up mail that could not be delivered for {@code after} (gridvoice.mail.give-up-after):
 * {@code count} mails now, kept in the outbox with their last error for the administrators to read.
 */
public record MailGivenUp(int count, Duration after) {
}
