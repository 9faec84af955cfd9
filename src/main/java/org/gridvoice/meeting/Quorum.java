package org.gridvoice.meeting;

/**
 * A meeting's attendance against its community's roll, as it stands now (counts only: public).
 * {@code present} counts everyone signed in (walk-ins too); {@code households} the distinct verified
 * households present, {@code representedHouseholds} those with a household representative present.
 * For a 居民会议 ({@link MeetingKind#statutoryQuorum()}) the quorum is met when more than
 * {@code percent} % of the adult residents are present, or representatives of more than {@code percent} %
 * of the households; other kinds have no statutory quorum.
 */
public record Quorum(MeetingKind kind, int present, int residents, int walkIns, int households, int representedHouseholds,
                     int rollAdults, int rollHouseholds, boolean rollStated, int percent, boolean byPeople, boolean byHouseholds) {

    public boolean statutory() {
        return kind.statutoryQuorum();
    }

    /** Whether the statutory quorum is met (by people or by households); false for kinds without one. */
    public boolean met() {
        return statutory() && (byPeople || byHouseholds);
    }

    /** Whether the meeting may decide: a 居民会议 only with its quorum, any other kind always. */
    public boolean allowsDecisions() {
        return !statutory() || met();
    }

    /** Whether an item passes with {@code votesFor} in favour: more than half of those present. */
    public static boolean passes(int votesFor, int present) {
        return present > 0 && (long) votesFor * 2 > present;
    }
}
