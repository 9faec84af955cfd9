package org.gridvoice.proposal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.consultation.ConsultationScope;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.proposal.domain.Proposal;
import org.gridvoice.proposal.domain.ProposalRepository;
import org.gridvoice.proposal.domain.ProposalStore;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging duplicate proposals: the committee of the consultation's community merges one proposal
 * into another of the same consultation before voting begins. The survivor gains the merged one's
 * endorsements (one per person); the merged one becomes MERGED, points to the survivor and leaves
 * the lists and the ballot. A public decision: it goes on the audit chain in its transaction, and
 * {@link ProposalMerged} tells its author and endorsers.
 * Refusals: {@link InvalidInput} with a {@code proposal.merge.error.*} key (nothing changes) and
 * {@link AccessDeniedException} (not on the committee of that community).
 */
@Service
@Transactional(readOnly = true)
public class ProposalMergeService {

    private final ProposalRepository proposals;
    private final ProposalStore store;
    private final ConsultationService consultations;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalMergeService(ProposalRepository proposals, ProposalStore store, ConsultationService consultations, RoleService roles,
                         CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.consultations = consultations;
        this.roles = roles;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user sits on the committee of the consultation's community (who may merge its proposals). */
    public boolean mayMerge(Long consultationId) {
        return currentUser.get().map(SignedInUser::id)
                .map(me -> roles.committeeCommunities(me).contains(consultations.scopeOf(consultationId).communityId()))
                .orElse(false);
    }

    /** Why this proposal cannot be merged into another now (the i18n key the merge would refuse with), or null. */
    public String mergeRefusal(Long proposalId) {
        Proposal p = find(proposalId);
        return ownRefusal(p, consultations.scopeOf(p.getConsultationId()).phase());
    }

    /** Proposals the given one may be merged into, whose titles contain {@code text}, newest first. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public List<MergeCandidate> candidates(Long mergedId, String text, int offset, int limit) {
        Proposal merged = find(mergedId);
        requireCommittee(merged.getConsultationId());
        return store.mergeCandidates(merged.getConsultationId(), mergedId, text, offset, Math.min(limit, 50));
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}. Refused when they are the same proposal, of
     * different consultations, when the first is merged already or the survivor is itself merged,
     * when either was withdrawn, and once voting has begun.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void merge(Long mergedId, Long survivorId) {
        if (mergedId == null || survivorId == null) {
            throw InvalidInput.of("survivor", "validation.required");
        }
        if (mergedId.equals(survivorId)) {
            throw InvalidInput.of("survivor", "proposal.merge.error.same");
        }
        // the phase under a shared lock first (a phase change waits for the merge), then both rows:
        // the order a phase change takes them in, so that opening the ballot never crosses a merge
        Long consultationId = store.consultationOf(mergedId).orElseThrow(() -> InvalidInput.of(null, "proposal.error.not-found"));
        Phase phase = consultations.phaseHeld(consultationId);
        store.lockForMerge(mergedId, survivorId);
        Proposal merged = find(mergedId);
        Proposal survivor = find(survivorId);
        Long me = requireCommittee(merged.getConsultationId());
        if (!merged.getConsultationId().equals(survivor.getConsultationId())) {
            throw InvalidInput.of("survivor", "proposal.merge.error.other-consultation");
        }
        ConsultationScope scope = consultations.scopeOf(merged.getConsultationId());
        String refusal = ownRefusal(merged, phase);
        if (refusal != null) {
            throw InvalidInput.of(null, refusal);
        }
        if (survivor.getStatus() == ProposalStatus.MERGED) {
            throw InvalidInput.of("survivor", "proposal.merge.error.survivor-merged");
        }
        if (survivor.getStatus() == ProposalStatus.WITHDRAWN) {
            throw InvalidInput.of("survivor", "proposal.merge.error.survivor-withdrawn");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> endorsers = store.endorsers(mergedId);
        int carried = store.carryEndorsements(mergedId, survivorId, survivor.getAuthorId());
        store.requalifyAfterMerge(survivorId, scope.endorsementThreshold(), phase.allowsProposals(), now);
        merged.mergeInto(survivorId, now);
        proposals.flush();
        audit.append(new AuditRecord("PROPOSAL_MERGED", "proposal", mergedId, "committee:" + me, "into proposal " + survivorId
                + ", consultation " + merged.getConsultationId() + ", endorsements " + endorsers.size() + ", carried " + carried));
        events.publishEvent(new ProposalMerged(mergedId, merged.getTitle(), survivorId, survivor.getTitle(), merged.getConsultationId(),
                merged.getAuthorId(), endorsers, me));
    }

    /** What refuses merging this proposal away, whatever the survivor: merged already, withdrawn, or voting begun. */
    private static String ownRefusal(Proposal p, Phase phase) {
        if (p.getStatus() == ProposalStatus.MERGED) {
            return "proposal.merge.error.merged-already";
        }
        if (p.getStatus() == ProposalStatus.WITHDRAWN) {
            return "proposal.merge.error.withdrawn";
        }
        boolean votingBegun = phase == Phase.VOTING || phase == Phase.CLOSED;
        boolean beforeBallot = p.getStatus() == ProposalStatus.OPEN || p.getStatus() == ProposalStatus.QUALIFIED
                || p.getStatus() == ProposalStatus.NOT_QUALIFIED;
        return votingBegun || !beforeBallot ? "proposal.merge.error.voting-begun" : null;
    }

    private Long requireCommittee(Long consultationId) {
        Long me = currentUser.requireId();
        if (!roles.committeeCommunities(me).contains(consultations.scopeOf(consultationId).communityId())) {
            throw new AccessDeniedException("not a committee member of the consultation's community");
        }
        return me;
    }

    private Proposal find(Long id) {
        return proposals.findById(id).orElseThrow(() -> InvalidInput.of(null, "proposal.error.not-found"));
    }
}
