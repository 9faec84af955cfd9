package org.gridvoice.casework.domain;

/**
 * The parts a person (or the system) plays on one case; one person may play several (an office's
 * lead is its staff too; the coordinator's staff own a case sent to the coordinator).
 */
public enum CaseRole {
    /** Works for the office that owns the case. */
    OWNER_STAFF,
    /** Leads the office that owns the case. */
    OWNER_LEAD,
    /** Works for one of its co-handling offices (协办), and not for the owner. */
    CO_OFFICE_STAFF,
    /** Works for the coordinator office of the case's street. */
    COORDINATOR_STAFF,
    /** A resident asked to confirm the resolved case, not yet answered in this round. */
    ASKED_RESIDENT,
    /** The deadline clock and the end of the confirmation window. */
    SYSTEM
}
