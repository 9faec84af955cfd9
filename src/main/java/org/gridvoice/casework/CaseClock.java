package org.gridvoice.casework;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline checks; one instance at a time (ShedLock), and each mark is made once anyway. */
@Component
class CaseClock {

    private final CaseDeadlines deadlines;

    CaseClock(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(fixedDelayString = "${gridvoice.casework.deadline-check-interval:PT1M}")
    @SchedulerLock(name = "casework-deadlines", lockAtMostFor = "PT5M")
    void tick() {
        deadlines.check();
    }
}
