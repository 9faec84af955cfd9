package org.gridvoice.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.ResidencyDecided;
import org.gridvoice.account.RoleService;
import org.gridvoice.consultation.ConsultationPhaseChanged;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentPosted;
import org.gridvoice.moderation.ContentFlagged;
import org.gridvoice.moderation.ContentModerated;
import org.gridvoice.notification.domain.NotificationStore;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.proposal.ProposalEndorsed;
import org.gridvoice.proposal.ProposalMerged;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of what. Each reaction runs in the transaction that published the event, so the
 * notification and its queued mail exist exactly when the change does. Nobody is told of their own act.
 */
@Component
class EventNotifications {

    private final Notifier notifier;
    private final NotificationStore store;
    private final AccountService accounts;
    private final RoleService roles;
    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final Messages messages;

    EventNotifications(Notifier notifier, NotificationStore store, AccountService accounts, RoleService roles,
                       ProposalService proposals, ConsultationService consultations, Messages messages) {
        this.messages = messages;
        this.notifier = notifier;
        this.store = store;
        this.accounts = accounts;
        this.roles = roles;
        this.proposals = proposals;
        this.consultations = consultations;
    }

    @EventListener
    void on(ProposalEndorsed event) {
        ProposalSummary proposal = proposals.summaryOf(event.proposalId());
        notifier.notify(event.authorId(), "PROPOSAL_ENDORSED", List.of(name(event.endorserId()), proposal.title()),
                "proposals/" + event.proposalId());
    }

    /** The merged proposal's author and endorsers hear where it went (their endorsements count there); never its author's name. */
    @EventListener
    void on(ProposalMerged event) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(event.authorId());
        people.addAll(event.endorserIds());
        people.remove(event.committeeId());
        for (Long person : people) {
            notifier.notify(person, "PROPOSAL_MERGED", List.of(event.mergedTitle(), event.survivorTitle()),
                    "proposals/" + event.survivorId());
        }
    }

    /**
     * A reply tells the parent comment's author that someone replied to their comment (on which
     * content, with a link to the reply); a comment on a proposal tells its author, unless they
     * heard of it as a reply already.
     */
    @EventListener
    void on(CommentPosted event) {
        String commenter = name(event.authorId());
        String where = link(event.target());
        String reply = where == null ? null : where + "#comment-" + event.commentId();
        Long parent = event.parentAuthorId();
        boolean parentTold = parent != null && !parent.equals(event.authorId());
        if (parentTold) {
            notifier.notify(parent, "REPLY", List.of(commenter, titleOf(event.target())), reply);
        }
        if (ContentRef.PROPOSAL.equals(event.target().type())) {
            ProposalSummary proposal = proposals.summaryOf(event.target().id());
            Long proposalAuthor = proposal.authorId();
            if (!proposalAuthor.equals(event.authorId()) && !(parentTold && proposalAuthor.equals(parent))) {
                notifier.notify(proposalAuthor, "COMMENT_ON_PROPOSAL", List.of(commenter, proposal.title()), reply);
            }
        }
    }

    private String titleOf(ContentRef target) {
        return switch (target.type()) {
            case ContentRef.PROPOSAL -> proposals.summaryOf(target.id()).title();
            case ContentRef.CONSULTATION -> consultations.details(target.id()).title();
            default -> "";
        };
    }

    @EventListener
    void on(ContentFlagged event) {
        String what = "key:moderation.type." + event.target().type();
        for (Long member : roles.committeeMembersOf(event.communityId())) {
            notifier.notify(member, event.hiddenNow() ? "CONTENT_AUTO_HIDDEN" : "CONTENT_FLAGGED",
                    List.of(what, Integer.toString(event.openFlags())), "committee/moderation");
        }
    }

    @EventListener
    void on(ContentModerated event) {
        String what = "key:moderation.type." + event.target().type();
        notifier.notify(event.authorId(), "CONTENT_" + event.action(), List.of(what, Objects.requireNonNullElse(event.reason(), "")),
                event.route());
    }

    // the account module mails the decision with its reason; the bell only points to it, and a text
    // message tells those who chose SMS
    @EventListener
    void on(ResidencyDecided event) {
        String status = "sms.residency." + event.status().name();
        notifier.notifyInAppOnly(event.userId(), "RESIDENCY_" + event.status().name(), List.of(), "residency",
                new Notifier.Sms("RESIDENCY_DECIDED", locale -> Notifier.params("status", messages.get(locale, status))));
    }

    @EventListener
    void on(ConsultationPhaseChanged event) {
        if (event.from() == null || event.from() == org.gridvoice.consultation.Phase.DRAFT) {
            return;
        }
        String title = consultations.details(event.consultationId()).title();
        Set<Long> people = new LinkedHashSet<>(store.followers(event.consultationId()));
        for (Long person : people) {
            notifier.notify(person, "PHASE_CHANGED", List.of(title, "key:consultation.phase." + event.to().name()),
                    "consultations/" + event.consultationId());
        }
    }

    private String name(Long userId) {
        Map<Long, String> names = accounts.displayNames(List.of(userId));
        return names.getOrDefault(userId, "");
    }

    private static String link(ContentRef target) {
        return switch (target.type()) {
            case ContentRef.PROPOSAL -> "proposals/" + target.id();
            case ContentRef.CONSULTATION -> "consultations/" + target.id();
            default -> null;
        };
    }
}
