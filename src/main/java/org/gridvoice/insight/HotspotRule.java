package org.gridvoice.insight;

/** Placeholder with the insight-core branch's signatures; the merge replaces it. */
public final class HotspotRule {

    public static final String MESSAGE_KEY = "insight.hotspot.rule";

    private HotspotRule() {
    }

    public static Object[] messageArgs() {
        return new Object[] {12, 5, "0.01", "0.5", 2};
    }
}
