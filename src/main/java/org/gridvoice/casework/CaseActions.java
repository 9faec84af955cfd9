package org.gridvoice.casework;

/** What the person looking may do with the case now (the services check again). */
public record CaseActions(boolean accept, boolean update, boolean resolve, boolean transfer, boolean reject, boolean assign,
                          boolean note, boolean seesInternal, boolean feedback) {

    public static final CaseActions NONE = new CaseActions(false, false, false, false, false, false, false, false, false);
}
