package org.gridvoice.account;

/** COMMITTEE is scoped to one community, OFFICER and OFFICE_LEAD to one office; the others are global. */
public enum Role {
    RESIDENT,
    COMMITTEE,
    OFFICER,
    OFFICE_LEAD,
    ADMIN;

    public boolean scopedToCommunity() {
        return this == COMMITTEE;
    }

    public boolean scopedToOffice() {
        return this == OFFICER || this == OFFICE_LEAD;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
