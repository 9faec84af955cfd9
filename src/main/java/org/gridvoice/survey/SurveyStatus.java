package org.gridvoice.survey;

/** A draft is the committee's alone; once published a survey is upcoming, open, then closed, by its dates. */
public enum SurveyStatus {
    DRAFT,
    UPCOMING,
    OPEN,
    CLOSED
}
