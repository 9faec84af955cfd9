package org.gridvoice.initiative;

/**
 * Who may sign or take back a signature, and why not: one rule for the service, which refuses with it,
 * and for the page, which shows the same reason on a disabled button. Each answer is an i18n key, or null when allowed.
 */
public final class Signing {

    private Signing() {
    }

    /**
     * @param myCommunity the community the reader is a verified resident of, or null
     * @param signed      whether the reader has signed already
     */
    public static String signRefusal(InitiativeStatus status, boolean signedIn, Long myCommunity, Long community, boolean signed) {
        if (!signedIn) {
            return "initiative.error.sign-in";
        }
        if (signed) {
            return "initiative.error.signed-twice";
        }
        if (!status.acceptsSignatures()) {
            return "initiative.error.closed";
        }
        if (myCommunity == null) {
            return "initiative.error.not-verified";
        }
        if (!myCommunity.equals(community)) {
            return "initiative.error.other-community";
        }
        return null;
    }

    /** A signature can be taken back while the initiative collects signatures; once the threshold is met it stands. */
    public static String withdrawRefusal(InitiativeStatus status, boolean signed) {
        if (!signed) {
            return "initiative.error.not-signed";
        }
        return status.acceptsSignatures() ? null : "initiative.error.threshold-met";
    }
}
