package org.gridvoice.casework;

import java.util.List;

/**
 * A case page: the residents' words as routed (never changed), where the case stands, its dates,
 * the timeline ({@code events} holds internal notes only for the office and the coordinator) and
 * what the reader may do with it now.
 */
public record CaseDetails(Long id, Long proposalId, Long consultationId, CaseStatus status, CaseSnapshot snapshot,
                          CaseStanding standing, CaseDates dates, List<CaseEvent> events, CaseActions actions) {

    /** The case's title: the proposal's, as routed. */
    public String title() {
        return snapshot.title();
    }
}
