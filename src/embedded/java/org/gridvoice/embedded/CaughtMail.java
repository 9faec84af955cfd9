package org.gridvoice.embedded;

import java.time.Instant;

/** One mail the demo caught: who it was for, what it said (text and HTML parts) and when it came. */
public record CaughtMail(String recipients, String subject, Instant received, String text, String html) {
}
