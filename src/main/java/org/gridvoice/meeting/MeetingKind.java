package org.gridvoice.meeting;

/**
 * 居民会议 (the residents' meeting: the statutory quorum of adults or households applies), 居民代表会议,
 * 议事协商会 (with the property company, offices …) and 听证会. Only a residents' meeting has the statutory quorum.
 */
public enum MeetingKind {
    RESIDENTS_MEETING,
    REPRESENTATIVES_MEETING,
    CONSULTATION_MEETING,
    HEARING;

    public boolean statutoryQuorum() {
        return this == RESIDENTS_MEETING;
    }
}
