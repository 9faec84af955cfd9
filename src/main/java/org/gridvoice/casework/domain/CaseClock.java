package org.gridvoice.casework.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gridvoice.casework.CaseDeadlines;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the deadline checks; one instance at a time (ShedLock), and each mark is made once anyway. */
@Component
public class CaseClock {

    private final CaseDeadlines deadlines;

    CaseClock(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Public for the test that runs it beside {@link CaseDeadlines#check} to show a mark is made once. */
    @Scheduled(fixedDelayString = "${gridvoice.casework.deadline-check-interval:PT1M}")
    @SchedulerLock(name = "casework-deadlines", lockAtMostFor = "PT5M")
    public void tick() {
        deadlines.check();
    }
}
