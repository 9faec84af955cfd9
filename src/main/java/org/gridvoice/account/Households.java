package org.gridvoice.account;

import java.util.Locale;

/**
 * A household is one address: community, grid, building, unit and room as the committee approved
 * them, compared without spaces or case ("3号楼" and "3 号楼" are one building). Votes under the
 * household rule, a meeting's attendance and an initiative's signatures all count households by it.
 */
public final class Households {

    private Households() {
    }

    /** The household's key (at most 200 characters). */
    public static String key(Long community, Long grid, String building, String unit, String room) {
        String key = community + "|" + grid + "|" + normalise(building) + "|" + normalise(unit) + "|" + normalise(room);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    public static String key(VerifiedResident resident) {
        return key(resident.communityId(), resident.gridId(), resident.building(), resident.unit(), resident.room());
    }

    private static String normalise(String part) {
        return part == null ? "" : part.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
