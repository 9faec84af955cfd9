package org.gridvoice.proposal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentPosted;
import org.gridvoice.discussion.CommentTarget;
import org.gridvoice.proposal.domain.Proposal;
import org.gridvoice.proposal.domain.ProposalRepository;
import org.gridvoice.shared.ContentRef;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Proposals take comments while they exist; their comment count (for "most discussed") follows each new comment. */
@Component
class ProposalComments implements CommentTarget {

    private final ProposalRepository proposals;
    private final JdbcClient jdbc;
    private final ConsultationService consultations;

    ProposalComments(ProposalRepository proposals, JdbcClient jdbc, ConsultationService consultations) {
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.consultations = consultations;
    }

    @Override
    public String type() {
        return ContentRef.PROPOSAL;
    }

    @Override
    public boolean acceptsComments(Long id) {
        return proposals.existsById(id);
    }

    @Override
    public Optional<Long> communityOf(Long id) {
        return proposals.findById(id).map(p -> consultations.scopeOf(p.getConsultationId()).communityId());
    }

    @Override
    public String route(Long id) {
        return ProposalModeration.route(id);
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return proposals.findAllById(ids).stream().collect(Collectors.toMap(Proposal::getId, Proposal::getTitle));
    }

    // in the commenting transaction, so the count never drifts from the comments
    @EventListener
    void on(CommentPosted posted) {
        if (ContentRef.PROPOSAL.equals(posted.target().type())) {
            jdbc.sql("UPDATE proposal SET comment_count = comment_count + 1 WHERE id = :id").param("id", posted.target().id()).update();
        }
    }
}
