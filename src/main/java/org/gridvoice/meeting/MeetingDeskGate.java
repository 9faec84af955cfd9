package org.gridvoice.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act at a meeting's desk and when: the committee of the meeting's community, on a published
 * meeting from {@link AttendanceService#OPENS_BEFORE_HOURS} hours before its start until its minutes
 * are published. One rule for the services that refuse and the desk that explains.
 */
@Component
class MeetingDeskGate {

    private final MeetingHeaders headers;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingDeskGate(MeetingHeaders headers, RoleService roles, CurrentUser currentUser, Clock clock) {
        this.headers = headers;
        this.roles = roles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    MeetingHeader header(Long meetingId) {
        return headers.find(meetingId).orElseThrow(() -> InvalidInput.of(null, "meetingdesk.error.not-found"));
    }

    Optional<String> refusal(MeetingHeader h) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (h.status() != MeetingStatus.PUBLISHED || h.minutesPublished()) {
            return Optional.of("meetingdesk.error.not-open");
        }
        if (now.isBefore(h.startsAt().minusHours(AttendanceService.OPENS_BEFORE_HOURS))) {
            return Optional.of("meetingdesk.error.not-yet");
        }
        return Optional.empty();
    }

    boolean isCommittee(MeetingHeader h) {
        return currentUser.get().map(u -> roles.committeeCommunities(u.id()).contains(h.communityId())).orElse(false);
    }

    /** The signed-in committee member's id; AccessDeniedException for anyone else. */
    Long requireCommittee(MeetingHeader h) {
        Long me = currentUser.requireId();
        if (!roles.committeeCommunities(me).contains(h.communityId())) {
            throw new AccessDeniedException("not a committee member of community " + h.communityId());
        }
        return me;
    }

    /** The meeting, locked for the transaction (its sign-ins and decisions are counted one after another), when the desk is open. */
    MeetingHeader open(Long meetingId) {
        headers.lock(meetingId);
        MeetingHeader h = header(meetingId);
        requireCommittee(h);
        refusal(h).ifPresent(key -> {
            throw InvalidInput.of(null, key);
        });
        return h;
    }
}
