package org.gridvoice.attestation.fields;

import com.vaadin.flow.component.Component;
import org.gridvoice.shared.ui.FormErrors;

/** Makes the fields of one kind of entry for the new-entry screen (a Spring bean of the module that owns the kind). */
public interface StaffEntryFields {

    /** The kind's name, as its {@code AttestableKind} says. */
    String kind();

    /** New, empty fields for entering for a resident of this grid (preset where the kind has a place). */
    Fields open(Long residentGridId);

    /** One form's fields on the screen. */
    interface Fields {

        Component component();

        /** The form as the kind's payload (JSON); the service checks it. */
        String payload();

        /** Binds the form's field names to its inputs, so refusals show next to them. */
        void bind(FormErrors errors);
    }
}
