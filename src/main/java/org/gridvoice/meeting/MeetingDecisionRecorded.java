package org.gridvoice.meeting;

/**
 * Published when a meeting's agenda item is decided by a show of hands or consensus, in the
 * transaction that records it; {@code proposalId} is the proposal the item links (now accepted or
 * not, as {@code passed} says), else null.
 */
public record MeetingDecisionRecorded(Long meetingId, Long itemId, Long proposalId, boolean passed) {
}
