package org.gridvoice.meeting;

import org.gridvoice.meeting.domain.AttendanceStore;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's live quorum: its attendance counts (public, never names) against its community's roll. */
@Service
@Transactional(readOnly = true)
public class QuorumService {

    private final MeetingHeaders headers;
    private final AttendanceStore attendance;
    private final CommunityRoll roll;

    QuorumService(MeetingHeaders headers, AttendanceStore attendance, CommunityRoll roll) {
        this.headers = headers;
        this.attendance = attendance;
        this.roll = roll;
    }

    /** The quorum now of a published (or held) meeting. InvalidInput ({@code meetingdesk.error.not-found}) for an unknown or draft meeting. */
    public Quorum quorum(Long meetingId) {
        MeetingHeader h = headers.find(meetingId).filter(m -> m.status() != MeetingStatus.DRAFT)
                .orElseThrow(() -> InvalidInput.of(null, "meetingdesk.error.not-found"));
        return of(h);
    }

    Quorum of(MeetingHeader h) {
        AttendanceStore.Counts c = attendance.counts(h.id());
        RollCounts r = roll.counts(h.communityId());
        return new Quorum(h.kind(), c.present(), c.residents(), c.present() - c.residents(), c.households(), c.representedHouseholds(),
                r.adultResidents(), r.households(), r.stated(), r.meetingQuorumPercent(), r.quorate(c.present(), r.adultResidents()),
                r.quorate(c.representedHouseholds(), r.households()));
    }
}
