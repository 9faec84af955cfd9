package org.gridvoice.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.meeting.domain.MeetingStore;
import org.gridvoice.place.PlaceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What residents do with a published meeting: verified residents of its scope say whether they will
 * come (until it starts; one answer each, changeable), and anyone signed in follows it to hear when
 * the minutes are out. Refusals are {@link org.gridvoice.shared.validation.InvalidInput} with nothing stored.
 */
@Service
@Transactional
public class MeetingResponses {

    private final MeetingStore store;
    private final MeetingHeaders headers;
    private final ResidencyService residencies;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingResponses(MeetingStore store, MeetingHeaders headers, ResidencyService residencies, PlaceService places,
                     CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.headers = headers;
        this.residencies = residencies;
        this.places = places;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records (or changes) the signed-in resident's answer. */
    @PreAuthorize("isAuthenticated()")
    public void answer(Long id, RsvpAnswer answer) {
        MeetingHeader header = visible(id);
        Long me = currentUser.requireId();
        MeetingService.refuse(rsvpRefusal(header, me));
        store.answer(id, me, answer, LocalDateTime.now(clock));
    }

    @PreAuthorize("isAuthenticated()")
    public void follow(Long id) {
        visible(id);
        store.follow(id, currentUser.requireId());
    }

    @PreAuthorize("isAuthenticated()")
    public void unfollow(Long id) {
        visible(id);
        store.unfollow(id, currentUser.requireId());
    }

    /** Why this person may not answer now (a message key), or null: the meeting open for answers and they a verified resident of its scope. */
    @Transactional(readOnly = true)
    public String rsvpRefusal(MeetingHeader header, Long userId) {
        String refusal = MeetingSteps.of(header, LocalDateTime.now(clock)).rsvpRefusal();
        if (refusal != null) {
            return refusal;
        }
        if (userId == null) {
            return "meeting.error.sign-in";
        }
        Optional<Long> grid = residencies.verifiedGrid(userId);
        boolean inScope = grid.flatMap(places::grid).map(g -> header.covers(g.id(), g.communityId())).orElse(false);
        return inScope ? null : "meeting.error.not-in-scope";
    }

    private MeetingHeader visible(Long id) {
        return headers.find(id).filter(h -> h.status() != MeetingStatus.DRAFT).orElseThrow(MeetingService::notFound);
    }
}
