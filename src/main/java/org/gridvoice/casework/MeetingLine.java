package org.gridvoice.casework;

import java.time.LocalDateTime;

/**
 * How a residents' meeting decided the proposal, as its record stood when the case was routed: the
 * meeting (its title, kind as the meeting module names it, e.g. {@code RESIDENTS_MEETING}, and start),
 * how many were present when it was decided, and the show of hands ({@code method} SHOW_OF_HANDS with
 * the counts) or the consensus note ({@code method} CONSENSUS, sanitised HTML).
 */
public record MeetingLine(Long meetingId, String title, String kind, LocalDateTime heldAt, int present, String method,
                          Integer votesFor, Integer votesAgainst, Integer votesAbstain, String consensusHtml) {

    public boolean showOfHands() {
        return "SHOW_OF_HANDS".equals(method);
    }
}
