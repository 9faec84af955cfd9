/**
 * The survey module's SQL (surveys, responses, results, the CSV stream) and its rules for a questionnaire
 * ({@code QuestionRules}) and a response ({@code AnswerRules}).
 */
package org.gridvoice.survey.domain;
