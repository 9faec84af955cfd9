package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.casework.domain.PublicTimeline;
import org.gridvoice.casework.domain.TimelineStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case on the audit chain: which entry covers each public step, and "verify this case", which
 * recomputes every step's entry from the timeline as stored and compares it with the chain. Open to
 * everyone, visitors too: the timeline and the chain both are public.
 */
@Service
@Transactional(readOnly = true)
public class CaseChainService {

    private final CaseStore store;
    private final PublicTimeline timeline;
    private final AuditTrail trail;

    CaseChainService(CaseStore store, PublicTimeline timeline, AuditTrail trail) {
        this.store = store;
        this.timeline = timeline;
        this.trail = trail;
    }

    /** The entry covering each public step that has one, in timeline order; refuses an unknown case with InvalidInput. */
    public List<CaseChainLink> links(Long caseId) {
        store.state(caseId).orElseThrow(CaseWorkflow::notFound);
        Map<Long, AuditEntry> byEvent = entriesByEvent(caseId);
        List<CaseChainLink> links = new ArrayList<>();
        for (TimelineStep step : timeline.steps(caseId)) {
            AuditEntry e = byEvent.get(step.eventId());
            if (e != null) {
                links.add(new CaseChainLink(step.kind(), step.at(), e.seq(), AuditTrail.link(e.seq())));
            }
        }
        return links;
    }

    /**
     * Compares the case's public timeline with its entries on the chain: each step must have the
     * entry recomputed from it, each entry must hold in the chain, and no entry may cover a step the
     * timeline lacks. Returns how many entries match and the first step that does not; refuses an
     * unknown case with InvalidInput.
     */
    public CaseVerification verify(Long caseId) {
        store.state(caseId).orElseThrow(CaseWorkflow::notFound);
        record Found(long position, CaseVerification.Mismatch mismatch) {
        }
        List<Found> found = new ArrayList<>();
        Map<Long, AuditEntry> byEvent = entriesByEvent(caseId);
        Set<Long> broken = new HashSet<>();
        Set<Long> brokenSeqs = trail.broken(byEvent.values());
        byEvent.forEach((eventId, e) -> {
            if (brokenSeqs.contains(e.seq())) {
                broken.add(eventId);
                found.add(new Found(eventId, mismatch(e, CaseVerification.Problem.ENTRY_BROKEN)));
            }
        });
        int matched = 0;
        for (TimelineStep step : timeline.steps(caseId)) {
            AuditEntry e = byEvent.remove(step.eventId());
            if (e == null) {
                found.add(new Found(step.eventId(), new CaseVerification.Mismatch(step.kind(), step.at(), null,
                        CaseVerification.Problem.NOT_ON_CHAIN)));
            } else if (!e.payload().equals(step.payload()) || !e.kind().equals(step.auditKind()) || !e.actorRef().equals(step.actorRef())) {
                found.add(new Found(step.eventId(), new CaseVerification.Mismatch(step.kind(), step.at(), e.seq(),
                        CaseVerification.Problem.ALTERED)));
            } else if (!broken.contains(step.eventId())) {
                matched++;
            }
        }
        byEvent.forEach((eventId, e) -> found.add(new Found(eventId, mismatch(e, CaseVerification.Problem.DELETED))));
        // timeline order; for one step, a broken entry (found first) is named before the difference it causes
        found.sort(Comparator.comparingLong(Found::position));
        return new CaseVerification(matched, found.isEmpty() ? null : found.getFirst().mismatch());
    }

    /** The case's entries by the event each covers; an entry naming no event (forged into the case) sorts last. */
    private Map<Long, AuditEntry> entriesByEvent(long caseId) {
        Map<Long, AuditEntry> byEvent = new LinkedHashMap<>();
        long unknown = Long.MAX_VALUE;
        for (AuditEntry e : trail.entriesFor(TimelineStep.OBJECT_TYPE, caseId)) {
            long eventId = TimelineStep.eventIdOf(e.payload());
            byEvent.put(eventId < 0 || byEvent.containsKey(eventId) ? unknown-- : eventId, e);
        }
        return byEvent;
    }

    private static CaseVerification.Mismatch mismatch(AuditEntry e, CaseVerification.Problem problem) {
        CaseEventKind kind = Arrays.stream(CaseEventKind.values()).filter(k -> ("CASE_" + k.name()).equals(e.kind()))
                .findFirst().orElse(null);
        return new CaseVerification.Mismatch(kind, LocalDateTime.parse(e.occurredAt()), e.seq(), problem);
    }
}
