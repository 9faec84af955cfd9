package org.gridvoice.notification;

import java.util.List;
import org.gridvoice.meeting.MeetingDecisionRecorded;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a proposal's author that a residents' meeting accepted it, as an online vote's acceptance
 * does (the same notice), linking the meeting's page where the decision is recorded.
 */
@Component
class MeetingDecisionNotifications {

    private final Notifier notifier;
    private final ProposalService proposals;

    MeetingDecisionNotifications(Notifier notifier, ProposalService proposals) {
        this.notifier = notifier;
        this.proposals = proposals;
    }

    @ApplicationModuleListener
    void on(MeetingDecisionRecorded event) {
        if (event.proposalId() == null || !event.passed()) {
            return;
        }
        ProposalSummary proposal = proposals.summaryOf(event.proposalId());
        notifier.notify(proposal.authorId(), "PROPOSAL_ACCEPTED", List.of(proposal.title()), "meetings/" + event.meetingId());
    }
}
