package org.gridvoice.consultation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves consultations into their next phase when a date passes; one instance at a time (ShedLock). */
@Component
class PhaseClock {

    private final ConsultationService consultations;

    PhaseClock(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Scheduled(fixedDelayString = "${gridvoice.consultation.phase-check-interval:PT30S}")
    @SchedulerLock(name = "consultation-phases", lockAtMostFor = "PT5M")
    void tick() {
        consultations.advancePhases();
    }
}
