package org.gridvoice.proposal;

import java.util.Locale;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals staff enter for a resident (代录): the payload is the {@link ProposalForm} as JSON, checked
 * for the resident as posting would check it (eligible, the proposals phase, the consultation's
 * categories and grids); once attested it is posted as theirs, marked as entered by the staff member.
 */
@Component
public class ProposalEntries implements AttestableKind {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProposalService proposals;

    ProposalEntries(ProposalService proposals) {
        this.proposals = proposals;
    }

    public static String payload(ProposalForm form) {
        return JSON.writeValueAsString(form);
    }

    @Override
    public String kind() {
        return "proposal";
    }

    @Override
    public void validate(Long residentId, String payload) {
        proposals.checkCreate(residentId, form(payload));
    }

    @Override
    public String preview(String payload, Locale locale) {
        ProposalForm form = form(payload);
        return form.title().strip() + "\n" + form.body().strip();
    }

    @Override
    public Created create(Long residentId, Long staffId, String payload) {
        Long id = proposals.createAs(residentId, staffId, form(payload));
        return new Created(id, "proposals/" + id);
    }

    private static ProposalForm form(String payload) {
        try {
            ProposalForm form = payload == null ? null : JSON.readValue(payload, ProposalForm.class);
            if (form == null) {
                throw InvalidInput.of(null, "attest.error.payload");
            }
            return form;
        } catch (JacksonException unreadable) {
            throw InvalidInput.of(null, "attest.error.payload");
        }
    }
}
