package org.gridvoice.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** A refusal about a whole list (no sections, a section without questions), shown where the list is. */
final class ErrorLine extends Span implements HasValidation {

    private String message;

    ErrorLine() {
        addClassName("gv-survey-error");
        getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        message = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        if (!invalid) {
            setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return !getText().isEmpty();
    }
}
