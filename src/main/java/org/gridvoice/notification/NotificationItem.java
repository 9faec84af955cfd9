package org.gridvoice.notification;

import java.time.LocalDateTime;

/** A notification as the bell lists it: text already in the reader's language. */
public record NotificationItem(Long id, String text, String link, LocalDateTime createdAt, boolean read) {
}
