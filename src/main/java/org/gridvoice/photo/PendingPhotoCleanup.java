package org.gridvoice.photo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gridvoice.photo.domain.PhotoStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes photos uploaded but never attached (a form abandoned) once they are a day old, one instance at a time. */
@Component
class PendingPhotoCleanup {

    static final Duration KEPT_PENDING = Duration.ofHours(24);

    private final PhotoStore store;
    private final Clock clock;

    PendingPhotoCleanup(PhotoStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridvoice.photo.cleanup-interval:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "photo-pending-cleanup", lockAtMostFor = "PT10M")
    void tick() {
        deleteAbandoned();
    }

    /** Deletes the abandoned photos now; returns how many. */
    int deleteAbandoned() {
        return store.deletePendingUploadedBefore(LocalDateTime.now(clock).minus(KEPT_PENDING));
    }
}
