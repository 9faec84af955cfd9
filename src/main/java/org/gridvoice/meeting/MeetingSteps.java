package org.gridvoice.meeting;

import java.time.LocalDateTime;

/**
 * Which steps a meeting allows now, each as the refusal's message key, or null when allowed. The
 * services refuse with it and the screens show the same reason on a disabled button.
 */
public record MeetingSteps(MeetingStatus status, LocalDateTime startsAt, boolean minutesPublished, LocalDateTime now) {

    public static MeetingSteps of(MeetingHeader header, LocalDateTime now) {
        return new MeetingSteps(header.status(), header.startsAt(), header.minutesPublished(), now);
    }

    private boolean started() {
        return !now.isBefore(startsAt);
    }

    private boolean open() {
        return status == MeetingStatus.DRAFT || status == MeetingStatus.PUBLISHED;
    }

    /** Time, place and agenda change while a draft, or published until the meeting starts. */
    public String editRefusal() {
        if (!open()) {
            return "meeting.error.closed";
        }
        return started() ? "meeting.error.started" : null;
    }

    public String publishRefusal() {
        if (status != MeetingStatus.DRAFT) {
            return "meeting.error.not-draft";
        }
        return started() ? "meeting.error.past" : null;
    }

    public String cancelRefusal() {
        return open() && !minutesPublished ? null : "meeting.error.closed";
    }

    /** Minutes are drafted for a published meeting until they are published; after that only corrections. */
    public String minutesRefusal() {
        if (minutesPublished) {
            return "meeting.error.minutes-published";
        }
        return status == MeetingStatus.PUBLISHED ? null : "meeting.error.not-published";
    }

    public String publishMinutesRefusal() {
        String refusal = minutesRefusal();
        if (refusal != null) {
            return refusal;
        }
        return started() ? null : "meeting.error.not-started";
    }

    public String correctionRefusal() {
        return minutesPublished ? null : "meeting.error.minutes-not-published";
    }

    /** Residents answer whether they will come until the meeting starts. */
    public String rsvpRefusal() {
        return status == MeetingStatus.PUBLISHED && !started() ? null : "meeting.error.rsvp-closed";
    }

    public boolean isPublic() {
        return status != MeetingStatus.DRAFT;
    }
}
