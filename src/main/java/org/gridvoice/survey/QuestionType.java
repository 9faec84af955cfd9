package org.gridvoice.survey;

/** The kinds of question. SCALE is 1–5; MATRIX is rows answered on a shared scale (its options). */
public enum QuestionType {
    SINGLE,
    MULTIPLE,
    SCALE,
    SHORT_TEXT,
    LONG_TEXT,
    MATRIX
}
