package org.gridvoice.insight;

/** What a hotspot was put on: a consultation draft, or an agenda item of a meeting. */
public enum AgendaTarget {
    CONSULTATION,
    MEETING
}
