package org.gridvoice.survey;

/**
 * Who answers. RESIDENTS: verified residents of the survey's community (or its grids), one response each,
 * editable until the close. LINK_ACCOUNT: anyone signed in who has the link, one per account, editable.
 * LINK_ANONYMOUS: anyone with the link, no account; one per browser, which is weak (a second browser answers
 * again) and the survey page says so.
 */
public enum SurveyAudience {
    RESIDENTS,
    LINK_ACCOUNT,
    LINK_ANONYMOUS
}
