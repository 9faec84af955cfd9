package org.gridvoice.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridvoice.meeting.MeetingDetails;
import org.gridvoice.meeting.MeetingMinutesPublished;
import org.gridvoice.meeting.MeetingPages;
import org.gridvoice.meeting.MeetingPublished;
import org.gridvoice.meeting.MeetingStatus;
import org.gridvoice.notification.domain.NotificationStore;
import org.gridvoice.notification.domain.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the verified residents of a meeting's scope that it is published (in the bell, by mail as
 * they chose, by text message if they chose SMS) — or, when they were told already, that its time or
 * agenda changed — and a meeting's followers that its minutes are out. After the publishing commits,
 * from the event publication registry (so tests wait for it).
 */
@Component
class MeetingNotifications {

    static final String PUBLISHED = "MEETING_PUBLISHED";
    static final String CHANGED = "MEETING_CHANGED";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifier notifier;
    private final NotificationStore store;
    private final MeetingPages meetings;

    MeetingNotifications(Notifier notifier, NotificationStore store, MeetingPages meetings) {
        this.notifier = notifier;
        this.store = store;
        this.meetings = meetings;
    }

    @ApplicationModuleListener
    void on(MeetingPublished event) {
        MeetingDetails meeting = meetings.details(event.meetingId(), Locale.ROOT);
        if (meeting.status() != MeetingStatus.PUBLISHED) {
            return;
        }
        String link = "meetings/" + event.meetingId();
        String when = WHEN.format(meeting.startsAt());
        List<String> args = List.of(meeting.title(), when, meeting.place());
        Set<Long> told = store.usersNotified(PUBLISHED, link);
        Notifier.Sms sms = new Notifier.Sms(PUBLISHED, locale -> Notifier.params("title", Notifier.brief(meeting.title()),
                "when", notifier.when(meeting.startsAt(), locale)));
        for (Long resident : meetings.residentsInScope(event.meetingId())) {
            if (told.contains(resident)) {
                notifier.notify(resident, CHANGED, args, link);
            } else {
                notifier.notify(resident, PUBLISHED, args, link, sms);
            }
        }
    }

    @ApplicationModuleListener
    void on(MeetingMinutesPublished event) {
        String link = "meetings/" + event.meetingId();
        for (Long follower : meetings.followers(event.meetingId())) {
            notifier.notify(follower, "MEETING_MINUTES_PUBLISHED", List.of(event.title()), link);
        }
    }
}
