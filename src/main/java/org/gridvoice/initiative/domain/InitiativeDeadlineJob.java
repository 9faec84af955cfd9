package org.gridvoice.initiative.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gridvoice.initiative.InitiativeDeadlines;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates initiatives whose deadline passed, on one instance at a time (ShedLock); the interval is configurable. */
@Component
class InitiativeDeadlineJob {

    private final InitiativeDeadlines deadlines;

    InitiativeDeadlineJob(InitiativeDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(fixedDelayString = "${gridvoice.initiative.deadline-check-interval:PT15M}")
    @SchedulerLock(name = "initiative-deadlines", lockAtMostFor = "PT30M")
    public void escalateOverdue() {
        deadlines.escalateOverdue();
    }
}
