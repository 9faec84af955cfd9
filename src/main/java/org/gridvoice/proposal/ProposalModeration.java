package org.gridvoice.proposal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.moderation.ContentOwner;
import org.gridvoice.moderation.ContentPreview;
import org.gridvoice.moderation.ModeratedContent;
import org.gridvoice.proposal.domain.Proposal;
import org.gridvoice.proposal.domain.ProposalRepository;
import org.gridvoice.shared.ContentRef;
import org.springframework.stereotype.Component;

/** Proposals can be reported: the committee of the consultation's community moderates them, and sees them on their page. */
@Component
class ProposalModeration implements ModeratedContent {

    private final ProposalRepository proposals;
    private final ProposalService service;
    private final ConsultationService consultations;

    ProposalModeration(ProposalRepository proposals, ProposalService service, ConsultationService consultations) {
        this.proposals = proposals;
        this.service = service;
        this.consultations = consultations;
    }

    @Override
    public String type() {
        return ContentRef.PROPOSAL;
    }

    @Override
    public Optional<ContentOwner> ownerOf(Long id) {
        return proposals.findById(id)
                .map(p -> new ContentOwner(consultations.scopeOf(p.getConsultationId()).communityId(), p.getAuthorId()));
    }

    @Override
    public void hide(Long id, String reason) {
        service.hide(id, reason);
    }

    @Override
    public void restore(Long id) {
        service.restore(id);
    }

    @Override
    public Map<Long, ContentPreview> previews(Collection<Long> ids) {
        return proposals.findAllById(ids).stream().collect(Collectors.toMap(Proposal::getId,
                p -> new ContentPreview(p.getTitle(), p.getBody(), route(p.getId()), p.isHidden())));
    }

    @Override
    public boolean authorShown(Long id) {
        return proposals.findById(id).map(Proposal::isAuthorShown).orElse(true);
    }

    static String route(Long id) {
        return "proposals/" + id;
    }
}
