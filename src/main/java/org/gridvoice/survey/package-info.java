/**
 * Surveys (问卷): a committee's questionnaire in sections (single and multiple choice, a 1–5 scale, short
 * and long text, a matrix of rows on a shared scale), its audience (verified residents of a scope, or
 * anyone with its link, signed in or anonymously), responses online and on paper, moderated free text,
 * results per question as charts and tables, and a CSV of all responses without identities.
 */
package org.gridvoice.survey;
