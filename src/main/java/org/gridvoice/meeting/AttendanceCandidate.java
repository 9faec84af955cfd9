package org.gridvoice.meeting;

/**
 * A verified resident the desk found by name or address: whether they are in the meeting's scope
 * (a grid the meeting is for) and whether they are signed in already.
 */
public record AttendanceCandidate(Long userId, String name, String building, String unit, String room, boolean inScope,
                                  boolean signedIn) {

    public boolean signable() {
        return inScope && !signedIn;
    }
}
