package org.gridvoice.proposal;

import org.gridvoice.discussion.CommentPosted;
import org.gridvoice.discussion.CommentTarget;
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

    ProposalComments(ProposalRepository proposals, JdbcClient jdbc) {
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    @Override
    public String type() {
        return ContentRef.PROPOSAL;
    }

    @Override
    public boolean acceptsComments(Long id) {
        return proposals.existsById(id);
    }

    // in the commenting transaction, so the count never drifts from the comments
    @EventListener
    void on(CommentPosted posted) {
        if (ContentRef.PROPOSAL.equals(posted.target().type())) {
            jdbc.sql("UPDATE proposal SET comment_count = comment_count + 1 WHERE id = :id").param("id", posted.target().id()).update();
        }
    }
}
