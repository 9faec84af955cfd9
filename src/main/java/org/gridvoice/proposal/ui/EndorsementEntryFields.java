package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.gridvoice.attestation.fields.StaffEntryFields;
import org.gridvoice.shared.ui.FormErrors;

/** An endorsement on the staff's new-entry screen (代录): the number of the proposal the resident supports. */
@SpringComponent
class EndorsementEntryFields implements StaffEntryFields {

    @Override
    public String kind() {
        return "endorsement";
    }

    @Override
    public Fields open(Long residentGridId) {
        TextField number = new TextField();
        number.setLabel(number.getTranslation("attest.field.proposal-no"));
        number.setHelperText(number.getTranslation("attest.field.proposal-no.help"));
        number.setMaxLength(18);
        number.getElement().setAttribute("inputmode", "numeric");
        return new Fields() {
            @Override
            public Component component() {
                return number;
            }

            @Override
            public String payload() {
                return number.getValue() == null ? "" : number.getValue().strip();
            }

            @Override
            public void bind(FormErrors errors) {
                errors.bind("proposalId", number);
            }
        };
    }
}
