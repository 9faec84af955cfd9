package org.gridvoice.meeting;

import java.time.LocalDateTime;

/**
 * An agenda item with its decision once recorded (public): the method, the counts and how many were
 * present, whether it passed, the consensus note (sanitised HTML), and where it led — the online vote
 * it was referred to, or the case its accepted proposal became ({@code caseId}). {@code linkTitle}: the linked
 * proposal's title (null for other links).
 */
public record AgendaDecision(Long itemId, int position, String title, String linkKind, Long linkId, String linkTitle,
                             AgendaDecisionMethod method,
                             Integer votesFor, Integer votesAgainst, Integer votesAbstain, Integer present, Boolean passed,
                             String consensusHtml, LocalDateTime recordedAt, Long referredConsultationId, Long caseId) {

    public boolean recorded() {
        return method != null;
    }

    public boolean linksProposal() {
        return "PROPOSAL".equals(linkKind) && linkId != null;
    }

    /** Whether the committee may route it now: a passed item linking a proposal that has no case yet. */
    public boolean routable() {
        return linksProposal() && Boolean.TRUE.equals(passed) && method != AgendaDecisionMethod.REFERRED && caseId == null;
    }
}
