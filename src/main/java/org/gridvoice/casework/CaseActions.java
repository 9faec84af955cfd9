package org.gridvoice.casework;

/**
 * What the person looking may do with the case now (the services check again); {@code coHandling}
 * when they work for one of its co-handling offices (协办), which may only post updates.
 */
public record CaseActions(boolean accept, boolean update, boolean resolve, boolean transfer, boolean reject, boolean assign,
                          boolean note, boolean seesInternal, boolean feedback, boolean coHandling) {

    public static final CaseActions NONE = new CaseActions(false, false, false, false, false, false, false, false, false, false);
}
