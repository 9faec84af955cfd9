package org.gridvoice.proposal;

import java.util.Locale;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Endorsements staff enter for a resident (代录): the payload is the proposal's id. A pending
 * endorsement lives only in the attestation tables, so it counts toward the threshold only once the
 * resident attests it; then it is theirs, marked as entered by the staff member.
 */
@Component
public class EndorsementEntries implements AttestableKind {

    private final ProposalService proposals;
    private final Messages messages;

    EndorsementEntries(ProposalService proposals, Messages messages) {
        this.proposals = proposals;
        this.messages = messages;
    }

    public static String payload(Long proposalId) {
        return proposalId == null ? "" : Long.toString(proposalId);
    }

    @Override
    public String kind() {
        return "endorsement";
    }

    @Override
    public void validate(Long residentId, String payload) {
        proposals.checkEndorse(residentId, proposalId(payload));
    }

    @Override
    public String preview(String payload, Locale locale) {
        Long id = proposalId(payload);
        return messages.get(locale, "attest.preview.endorsement", String.valueOf(id), proposals.summaryOf(id).title());
    }

    @Override
    public Created create(Long residentId, Long staffId, String payload) {
        Long id = proposalId(payload);
        proposals.endorseAs(residentId, staffId, id);
        return new Created(id, "proposals/" + id);
    }

    private static Long proposalId(String payload) {
        try {
            return Long.valueOf(payload == null ? "" : payload.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.of("proposalId", "attest.error.proposal");
        }
    }
}
