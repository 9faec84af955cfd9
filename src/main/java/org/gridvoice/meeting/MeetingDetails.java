package org.gridvoice.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting's page: what, when, where, for whom, whom it invites, the agenda with links and recorded
 * outcomes, the answers residents gave (counts only), the attendance once it started (counts only,
 * never names), the minutes once published (a draft only for the committee) with their corrections,
 * and what the reader may do now ({@code steps}, {@code rsvpRefusal}).
 */
public record MeetingDetails(Long id, Long communityId, String communityName, MeetingKind kind, String title, String description,
                             String descriptionHtml, LocalDateTime startsAt, LocalDateTime endsAt, String place, boolean wholeCommunity,
                             Set<Long> gridIds, List<String> gridNames, Set<Long> officeIds, List<String> officeNames,
                             String invitedParties, MeetingStatus status, String cancelReason, LocalDateTime publishedAt,
                             List<AgendaItem> items, Map<RsvpAnswer, Integer> rsvpCounts, RsvpAnswer myAnswer, String rsvpRefusal,
                             boolean following, boolean committee, Integer signedIn, Integer households, String minutesDraft,
                             String minutesHtml, LocalDateTime minutesPublishedAt, List<MeetingCorrection> corrections,
                             MeetingSteps steps) {

    public MeetingDetails {
        gridIds = Set.copyOf(gridIds);
        gridNames = List.copyOf(gridNames);
        officeIds = Set.copyOf(officeIds);
        officeNames = List.copyOf(officeNames);
        items = List.copyOf(items);
        rsvpCounts = Map.copyOf(rsvpCounts);
        corrections = List.copyOf(corrections);
    }

    public int answers(RsvpAnswer answer) {
        return rsvpCounts.getOrDefault(answer, 0);
    }

    /** The form the editor starts from. */
    public MeetingForm form() {
        return new MeetingForm(communityId, kind, title, description, startsAt, endsAt, place, wholeCommunity, gridIds, officeIds,
                invitedParties, items.stream().map(AgendaItem::form).toList());
    }
}
