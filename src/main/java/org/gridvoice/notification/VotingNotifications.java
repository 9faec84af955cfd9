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
import org.gridvoice.voting.VotingOpened;
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

    /**
     * The consultation's followers hear the result is out by mail as they chose; every other
     * elector in the bell and their digest (each in their own language, rendered when read), so a
     * close does not send a mail to a whole community at once. Nobody is told twice.
     */
    @ApplicationModuleListener
    void on(ConsultationClosed event) {
        String title = consultations.details(event.consultationId()).title();
        String link = "consultations/" + event.consultationId() + "/voting";
        Set<Long> followers = new LinkedHashSet<>(store.followers(event.consultationId()));
        for (Long person : followers) {
            notifier.notify(person, "RESULT_PUBLISHED", List.of(title), link);
        }
        for (Long elector : electors.electors(event.consultationId())) {
            if (!followers.contains(elector)) {
                notifier.notifyInAppAndDigest(elector, "RESULT_PUBLISHED", List.of(title), link);
            }
        }
    }

    /**
     * Every elector hears that a vote opened in their scope: in the bell and their digest, and by text
     * message if they chose SMS (each in their own language, in the transaction of the notification).
     */
    @ApplicationModuleListener
    void on(VotingOpened event) {
        var consultation = consultations.details(event.consultationId());
        String link = "consultations/" + event.consultationId() + "/voting";
        Notifier.Sms sms = new Notifier.Sms("VOTE_OPENED", locale -> Notifier.params("title", Notifier.brief(consultation.title()),
                "closes", notifier.when(consultation.dates().votingCloseAt(), locale)));
        for (Long elector : electors.electors(event.consultationId())) {
            notifier.notifyInAppAndDigest(elector, "VOTE_OPENED", List.of(consultation.title()), link, sms);
        }
    }
}
