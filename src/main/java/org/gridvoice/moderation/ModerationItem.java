package org.gridvoice.moderation;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.shared.ContentRef;

/**
 * An item in the committee's queue: the content (hidden or not), its author, and the open reports
 * with the reason and note each reporter gave. {@code content} is null if its module no longer knows it.
 */
public record ModerationItem(ContentRef target, Long communityId, String authorName, ModerationStatus status, int openFlags,
                             List<Report> reports, ContentPreview content, LocalDateTime updatedAt) {

    /**
     * One open report; {@code note} may be null. {@code reporterVerified}: the reporter is a verified resident of the
     * content's community (else staff); {@code reporterSince}: when the reporter's account was made (null if unknown);
     * {@code newAccount}: younger than {@code gridvoice.moderation.new-account-days} when it reported.
     */
    public record Report(FlagReason reason, String note, LocalDateTime at, boolean reporterVerified, LocalDateTime reporterSince,
                         boolean newAccount) {
    }

    /** How many open reports came from new accounts: many of them may be a coordinated flood. */
    public long newAccountReports() {
        return reports.stream().filter(Report::newAccount).count();
    }

    public List<FlagReason> reasons() {
        return reports.stream().map(Report::reason).toList();
    }

    public List<String> notes() {
        return reports.stream().map(Report::note).filter(n -> n != null && !n.isBlank()).toList();
    }
}
