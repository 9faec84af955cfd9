package org.gridvoice.proposal;

import java.time.LocalDateTime;

/**
 * A proposal page. {@code bodyHtml} is rendered and sanitised. {@code editable} and
 * {@code endorsable} say what the asking user may do; {@code endorseRefusal} is the i18n key of
 * why they may not endorse, or null. A hidden proposal has an empty {@code body}/{@code bodyHtml}
 * and shows {@code hiddenReason} (null while it waits for the committee's review). {@code progress}
 * is its life so far: status, dates, result line and case, with their links. A merged proposal names
 * the proposal it was merged into ({@code mergedInto}, {@code mergedIntoTitle}; null otherwise).
 */
public record ProposalDetails(ProposalSummary summary, String body, String bodyHtml, String placeText, int endorsementThreshold,
                              LocalDateTime editedAt, int earlierVersions, String withdrawReason, boolean editable,
                              boolean endorsedByMe, boolean endorsable, String endorseRefusal, long version,
                              boolean hidden, String hiddenReason, ProposalProgress progress,
                              Long mergedInto, String mergedIntoTitle, String enteredByName) {
}
