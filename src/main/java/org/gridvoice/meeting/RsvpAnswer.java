package org.gridvoice.meeting;

/** A resident's answer to "will you come?". */
public enum RsvpAnswer {
    YES,
    NO,
    MAYBE
}
