package org.gridvoice.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.gridvoice.attestation.fields.StaffEntryFields;
import org.gridvoice.discussion.CommentEntries;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.ui.FormErrors;

/** A comment on a proposal on the staff's new-entry screen (代录): the proposal's number and the resident's words. */
@SpringComponent
class CommentEntryFields implements StaffEntryFields {

    @Override
    public String kind() {
        return "comment";
    }

    @Override
    public Fields open(Long residentGridId) {
        TextField number = new TextField();
        TextArea body = new TextArea();
        FormLayout layout = new FormLayout(number, body);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        number.setLabel(layout.getTranslation("attest.field.proposal-no"));
        number.setHelperText(layout.getTranslation("attest.field.proposal-no.help"));
        number.setMaxLength(18);
        number.getElement().setAttribute("inputmode", "numeric");
        body.setLabel(layout.getTranslation("attest.field.comment"));
        body.setMaxLength(5_000);
        body.setMinHeight("8em");
        return new Fields() {
            @Override
            public Component component() {
                return layout;
            }

            @Override
            public String payload() {
                Long id = proposalId(number.getValue());
                return CommentEntries.payload(new CommentForm(id == null ? null : new ContentRef(ContentRef.PROPOSAL, id), null,
                        body.getValue(), null));
            }

            @Override
            public void bind(FormErrors errors) {
                errors.bind("target", number).bind("body", body);
            }
        };
    }

    private static Long proposalId(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
