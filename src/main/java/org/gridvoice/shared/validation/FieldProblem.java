package org.gridvoice.shared.validation;

/** One refused input: the field it concerns ({@code null} for the whole form), an i18n key and its arguments. */
public record FieldProblem(String field, String messageKey, Object... args) {
}
