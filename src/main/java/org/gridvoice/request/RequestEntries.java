package org.gridvoice.request;

import java.util.Locale;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests staff enter for a resident (代录): the payload is the {@link RequestForm} as JSON, checked
 * as filing would check it; once the resident attests it, it is filed as theirs, entered by the staff
 * member, and routed into a case like any request. Photos are not taken (staff carry none for the resident).
 */
@Component
public class RequestEntries implements AttestableKind {

    static final String KIND = "request";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestService requests;

    RequestEntries(RequestService requests) {
        this.requests = requests;
    }

    /** The payload the staff screen stores for a form. */
    public static String payload(RequestForm form) {
        return JSON.writeValueAsString(form);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void validate(Long residentId, String payload) {
        RequestForm form = form(payload);
        if (form.photoIds() != null && !form.photoIds().isEmpty()) {
            throw InvalidInput.of("photoIds", "attest.error.no-photos");
        }
        requests.check(form);
    }

    @Override
    public String preview(String payload, Locale locale) {
        RequestForm form = form(payload);
        return requests.categoryName(form.categoryId(), locale) + " · " + form.address().strip() + "\n" + form.description().strip();
    }

    @Override
    public Created create(Long residentId, Long staffId, String payload) {
        Filed filed = requests.fileAs(residentId, staffId, form(payload));
        return new Created(filed.requestId(), "cases/" + filed.caseId());
    }

    private static RequestForm form(String payload) {
        try {
            RequestForm form = payload == null ? null : JSON.readValue(payload, RequestForm.class);
            if (form == null) {
                throw InvalidInput.of(null, "attest.error.payload");
            }
            return form;
        } catch (JacksonException unreadable) {
            throw InvalidInput.of(null, "attest.error.payload");
        }
    }
}
