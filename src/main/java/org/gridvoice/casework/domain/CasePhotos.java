package org.gridvoice.casework.domain;

import java.util.Optional;
import org.gridvoice.photo.PhotoAudience;
import org.gridvoice.photo.PhotoOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a case's photos: the residents' photos in its snapshot and the office's photos on its
 * public steps are as public as the case page; photos on an internal note only to those who see
 * internal notes (the owning office and the coordinator).
 */
@Component
class CasePhotos {

    private final CaseStore store;
    private final CaseAccess access;
    private final JdbcClient jdbc;

    CasePhotos(CaseStore store, CaseAccess access, JdbcClient jdbc) {
        this.store = store;
        this.access = access;
        this.jdbc = jdbc;
    }

    private boolean maySee(Optional<CaseStore.State> c, boolean internal) {
        return c.isPresent() && (!internal || access.seesInternal(c.get()));
    }

    @Component
    static class OfTheSnapshot implements PhotoAudience {

        private final CasePhotos photos;

        OfTheSnapshot(CasePhotos photos) {
            this.photos = photos;
        }

        @Override
        public String kind() {
            return PhotoOwner.CASE;
        }

        @Override
        public boolean maySee(long caseId, boolean internal) {
            return photos.maySee(photos.store.state(caseId), internal);
        }

        @Override
        public boolean isPublic(long caseId, boolean internal) {
            return !internal && photos.store.state(caseId).isPresent();
        }
    }

    @Component
    static class OfASteps implements PhotoAudience {

        private final CasePhotos photos;

        OfASteps(CasePhotos photos) {
            this.photos = photos;
        }

        @Override
        public String kind() {
            return PhotoOwner.CASE_EVENT;
        }

        @Override
        public boolean maySee(long eventId, boolean internal) {
            record Event(long caseId, boolean internal) {
            }
            Optional<Event> event = photos.jdbc.sql("SELECT case_id, internal FROM casework_event WHERE id = :id").param("id", eventId)
                    .query(Event.class).optional();
            // a photo is as private as the step it came with, whatever it was flagged
            return event.isPresent() && photos.maySee(photos.store.state(event.get().caseId()), internal || event.get().internal());
        }

        @Override
        public boolean isPublic(long eventId, boolean internal) {
            return !internal && photos.jdbc.sql("SELECT COUNT(*) FROM casework_event WHERE id = :id AND internal = FALSE")
                    .param("id", eventId).query(Integer.class).single() == 1;
        }
    }
}
