package org.gridvoice.casework;

import java.util.List;
import org.gridvoice.photo.PhotoRef;

/**
 * A case page: the residents' words as routed (never changed), where the case stands, its dates,
 * the timeline ({@code events} holds internal notes only for the office and the coordinator) and
 * what the reader may do with it now. A request's case adds the photos filed with it
 * ({@code snapshotPhotos}) and how many residents said "me too" ({@code supporters}, the requester
 * not counted); a proposal's case has none of either.
 */
public record CaseDetails(Long id, Long proposalId, Long consultationId, CaseStatus status, CaseSnapshot snapshot,
                          CaseStanding standing, CaseDates dates, List<CaseEvent> events, CaseActions actions,
                          List<PhotoRef> snapshotPhotos, int supporters) {

    public CaseDetails {
        snapshotPhotos = snapshotPhotos == null ? List.of() : List.copyOf(snapshotPhotos);
    }

    /** The case's title: the proposal's, or the first line of the request, as routed. */
    public String title() {
        return snapshot.title();
    }

    public CaseSource source() {
        return snapshot.source();
    }
}
