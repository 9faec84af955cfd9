package org.gridvoice.insight;

/** Weeks start on Monday; months on the 1st (local dates, as the rows store them). */
public enum PeriodKind {
    WEEK,
    MONTH
}
