package org.gridvoice.request.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import org.gridvoice.casework.CaseChanged;
import org.gridvoice.casework.CaseService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps a request's status equal to its case's at every step, in the step's transaction, so the list never lags the case. */
@Component
class RequestFollowsCase {

    private final RequestStore store;
    private final CaseService cases;
    private final Clock clock;

    RequestFollowsCase(RequestStore store, CaseService cases, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    @EventListener
    void on(CaseChanged changed) {
        cases.statusOf(changed.caseId()).ifPresent(status -> store.caseStatus(changed.caseId(), status, LocalDateTime.now(clock)));
    }
}
