package org.gridvoice.meeting;

/** How an agenda item was decided: a counted show of hands, a consensus note, or referred to an online vote. */
public enum AgendaDecisionMethod {
    SHOW_OF_HANDS,
    CONSENSUS,
    REFERRED
}
