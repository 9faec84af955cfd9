package org.gridvoice.moderation;

import java.time.LocalDateTime;
import org.gridvoice.shared.ContentRef;

/**
 * One public line of a community's moderation log. {@code action} is AUTO_HIDDEN, HIDDEN, RESTORED or DISMISSED;
 * {@code route} opens the content in place (null when its module no longer knows it).
 */
public record ModerationLogEntry(ContentRef target, String action, String reason, String actorName, LocalDateTime at, String route) {
}
