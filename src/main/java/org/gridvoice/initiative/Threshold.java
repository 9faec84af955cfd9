package org.gridvoice.initiative;

import org.gridvoice.meeting.RollCounts;

/**
 * The two public measures of an initiative against the community's roll: signers of the adult residents and
 * their households of all households, each with how many the rule needs ({@code percent}, 20 = a fifth). The
 * residents' groups measure is counted on paper only ({@code residentsGroups} > 0 when the committee stated it).
 */
public record Threshold(int signers, int adults, int adultsNeeded, int households, int householdTotal, int householdsNeeded,
                        int percent, boolean stated, int residentsGroups, int groupsPercent, int groupsNeeded, boolean met) {

    public static Threshold of(RollCounts roll, int signers, int households) {
        int percent = roll.initiativePercent();
        boolean met = roll.reachesInitiative(signers, roll.adultResidents(), percent)
                || roll.reachesInitiative(households, roll.households(), percent);
        return new Threshold(signers, roll.adultResidents(), needed(roll.adultResidents(), percent), households, roll.households(),
                needed(roll.households(), percent), percent, roll.stated(), roll.residentsGroups(), roll.initiativeGroupsPercent(),
                needed(roll.residentsGroups(), roll.initiativeGroupsPercent()), met);
    }

    /** The least count that reaches the share: at least {@code percent} of {@code total}, and at least one. */
    static int needed(int total, int percent) {
        return Math.max(1, (int) (((long) total * percent + 99) / 100));
    }

    /** Progress towards the nearer of the two measures, 0 to 1. */
    public double progress() {
        return Math.min(1.0, Math.max((double) signers / adultsNeeded, (double) households / householdsNeeded));
    }
}
