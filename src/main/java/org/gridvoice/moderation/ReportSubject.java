package org.gridvoice.moderation;

import org.gridvoice.shared.ContentRef;

/**
 * What a reader is about to report: the author, where it is, an excerpt (empty when the content is
 * hidden), the route back to it in place, and whether this reader has reported it already.
 */
public record ReportSubject(ContentRef target, String authorName, String context, String excerpt, String route, boolean hidden,
                            boolean reportedByMe) {
}
