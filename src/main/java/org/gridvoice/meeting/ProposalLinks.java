package org.gridvoice.meeting;

import java.util.Locale;
import java.util.Optional;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;

/** An agenda item may be about a proposal made in one of the community's consultations. */
@Component
class ProposalLinks implements AgendaLinkKind {

    private final ProposalService proposals;
    private final ConsultationService consultations;

    ProposalLinks(ProposalService proposals, ConsultationService consultations) {
        this.proposals = proposals;
        this.consultations = consultations;
    }

    @Override
    public String kind() {
        return "PROPOSAL";
    }

    @Override
    public Optional<Target> target(Long id, Locale locale) {
        try {
            ProposalSummary p = proposals.summaryOf(id);
            return Optional.of(new Target(p.title(), "proposals/" + id, consultations.scopeOf(p.consultationId()).communityId()));
        } catch (InvalidInput notFound) {
            return Optional.empty();
        }
    }
}
