package org.gridvoice.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.notification.domain.NotificationStore;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.voting.ConsultationClosed;
import org.gridvoice.voting.ProposalAccepted;
import org.gridvoice.voting.VotingRulesService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of a vote's outcome. These listen through Spring Modulith's event publication
 * registry: the publication is stored with the result, and the reaction runs after it commits
 * in its own transaction — re-run from the registry if it failed — so a mail problem can never
 * undo a result.
 */
@Component
class VotingNotifications {

    private final Notifier notifier;
    private final NotificationStore store;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final VotingRulesService electors;

    VotingNotifications(Notifier notifier, NotificationStore store, ProposalService proposals, ConsultationService consultations,
                        VotingRulesService electors) {
        this.electors = electors;
        this.notifier = notifier;
        this.store = store;
        this.proposals = proposals;
        this.consultations = consultations;
    }

    @ApplicationModuleListener
    void on(ProposalAccepted event) {
        ProposalSummary proposal = proposals.summaryOf(event.proposalId());
        notifier.notify(proposal.authorId(), "PROPOSAL_ACCEPTED", List.of(proposal.title()), "consultations/" + event.consultationId() + "/voting");
    }

    /** Every elector hears the result is out (each in their own language), and so do the consultation's followers, once each. */
    @ApplicationModuleListener
    void on(ConsultationClosed event) {
        String title = consultations.details(event.consultationId()).title();
        Set<Long> people = new LinkedHashSet<>(electors.electors(event.consultationId()));
        people.addAll(store.followers(event.consultationId()));
        for (Long person : people) {
            notifier.notify(person, "RESULT_PUBLISHED", List.of(title), "consultations/" + event.consultationId() + "/voting");
        }
    }
}
