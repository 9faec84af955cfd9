package org.gridvoice.meeting;

/**
 * A community's roll: how many adult residents, households and residents' groups it has, and whether
 * the committee stated them from its register ({@code stated}) or they are the verified residents and
 * their households on GridVoice (groups then 0: unknown). With the community's rules.
 */
public record RollCounts(Long communityId, int adultResidents, int households, int residentsGroups, boolean stated,
                         int meetingQuorumPercent, int initiativePercent, int initiativeGroupsPercent, int initiativeDeadlineDays) {

    /** Whether {@code present} of {@code total} is more than the quorum share (过半数 by default: strictly more than half). */
    public boolean quorate(int present, int total) {
        return total > 0 && (long) present * 100 > (long) total * meetingQuorumPercent;
    }

    /** Whether {@code signed} of {@code total} reaches the initiative share (五分之一以上: at least a fifth). */
    public boolean reachesInitiative(int signed, int total, int percent) {
        return total > 0 && (long) signed * 100 >= (long) total * percent;
    }
}
