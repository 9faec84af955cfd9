package org.gridvoice.account;

import org.gridvoice.shared.PhoneNumbers;

/** Who sees a mobile number whole: its owner and administrators; everyone else (committee, grid staff) sees it masked. */
public final class PhoneVisibility {

    private PhoneVisibility() {
    }

    /** The number (E.164, or null) of {@code ownerId} as {@code viewer} (null: nobody signed in) may see it. */
    public static String asSeenBy(SignedInUser viewer, Long ownerId, String e164) {
        if (e164 == null) {
            return null;
        }
        boolean whole = viewer != null && (viewer.id().equals(ownerId) || viewer.has(Role.ADMIN));
        return whole ? PhoneNumbers.display(e164) : PhoneNumbers.mask(e164);
    }
}
