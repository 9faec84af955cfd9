package org.gridvoice.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.VerifiedResident;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.meeting.domain.MeetingStore;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading meetings: the public list (upcoming or past, paged in SQL), a meeting's page (public once
 * published; a draft only for its committee, else "not found"), the committee's drafts, and who is
 * told of a meeting (the verified residents of its scope, its followers).
 */
@Service
@Transactional(readOnly = true)
public class MeetingPages {

    private final MeetingStore store;
    private final MeetingHeaders headers;
    private final AgendaLinks links;
    private final MeetingCommittee committee;
    private final MeetingResponses responses;
    private final PlaceService places;
    private final OfficeService offices;
    private final ResidencyService residencies;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingPages(MeetingStore store, MeetingHeaders headers, AgendaLinks links, MeetingCommittee committee, MeetingResponses responses,
                 PlaceService places, OfficeService offices, ResidencyService residencies, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.headers = headers;
        this.links = links;
        this.committee = committee;
        this.responses = responses;
        this.places = places;
        this.offices = offices;
        this.residencies = residencies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Page<MeetingSummary> list(MeetingFilter filter, Pageable pageable) {
        LocalDateTime now = now();
        long total = store.count(filter, now);
        return new PageImpl<>(summaries(store.page(filter, now, pageable.getPageSize(), pageable.getOffset())), pageable, total);
    }

    /** Drafts of the communities the signed-in committee member serves, soonest first. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Page<MeetingSummary> drafts(Pageable pageable) {
        Set<Long> mine = committee.communities();
        if (mine.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        return new PageImpl<>(summaries(store.drafts(mine, pageable.getPageSize(), pageable.getOffset())), pageable, store.countDrafts(mine));
    }

    /** A meeting's page in the reader's language (linked items' titles); InvalidInput {@code meeting.error.not-found} when not visible. */
    public MeetingDetails details(Long id, Locale locale) {
        MeetingHeader header = header(id);
        boolean member = committee.isMember(header.communityId());
        if (header.status() == MeetingStatus.DRAFT && !member) {
            throw MeetingService.notFound();
        }
        MeetingStore.Row row = store.find(id).orElseThrow(MeetingService::notFound);
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        LocalDateTime now = now();
        List<AgendaItem> items = store.items(id).stream().map(i -> {
            var target = links.target(i.linkKind(), i.linkId(), locale);
            return new AgendaItem(i.id(), i.position(), i.title(), i.noteMarkdown(), i.noteHtml(), i.linkKind(), i.linkId(),
                    target.map(AgendaLinkKind.Target::title).orElse(null), target.map(AgendaLinkKind.Target::route).orElse(null),
                    i.method(), i.votesFor(), i.votesAgainst(), i.votesAbstain(), i.present(), i.passed(), i.consensusHtml(),
                    i.referredConsultationId());
        }).toList();
        boolean started = !now.isBefore(row.startsAt()) && header.status() != MeetingStatus.DRAFT
                && header.status() != MeetingStatus.CANCELLED;
        MeetingStore.Turnout turnout = started ? store.turnout(id) : null;
        List<String> gridNames = places.gridsOf(header.gridIds()).stream().map(GridSummary::name).toList();
        Set<Long> officeIds = store.offices(id);
        List<String> officeNames = offices.officesOf(officeIds).stream().map(OfficeSummary::name).toList();
        boolean published = row.minutesPublishedAt() != null;
        return new MeetingDetails(id, row.communityId(), places.community(row.communityId()).map(CommunitySummary::name).orElse(""),
                header.kind(), row.title(), row.descriptionMarkdown(), row.descriptionHtml(), row.startsAt(), row.endsAt(), row.place(),
                row.wholeCommunity(), header.gridIds(), gridNames, officeIds, officeNames, row.invitedParties(), header.status(),
                row.cancelReason(), row.publishedAt(), items, store.answers(id),
                me == null ? null : store.answerOf(id, me).orElse(null), responses.rsvpRefusal(header, me),
                me != null && store.follows(id, me), member, turnout == null ? null : turnout.signedIn(),
                turnout == null ? null : turnout.households(), member && !published ? row.minutesMarkdown() : null,
                published ? row.minutesHtml() : null, row.minutesPublishedAt(),
                store.corrections(id).stream().map(c -> new MeetingCorrection(c.id(), c.noteHtml(), c.createdAt())).toList(),
                MeetingSteps.of(header, now));
    }

    /** The kinds of item an agenda may link (every module's), by name. */
    public List<String> linkKinds() {
        return links.kinds();
    }

    /** The linked item's title and route if it exists (the editor shows what a link points to), else empty. */
    public java.util.Optional<AgendaLinkKind.Target> linkTarget(String kind, Long id, Locale locale) {
        return links.target(kind, id, locale);
    }

    /** A meeting's header; InvalidInput {@code meeting.error.not-found} for an unknown meeting. */
    public MeetingHeader header(Long id) {
        return headers.find(id).orElseThrow(MeetingService::notFound);
    }

    /** The verified residents of a meeting's scope now: who is told it is published. */
    public List<Long> residentsInScope(Long id) {
        MeetingHeader header = header(id);
        return residencies.verifiedResidentsIn(header.communityId(), header.wholeCommunity() ? Set.of() : header.gridIds()).stream()
                .map(VerifiedResident::userId).distinct().toList();
    }

    /** Who follows the meeting. */
    public List<Long> followers(Long id) {
        return store.followers(id);
    }

    private List<MeetingSummary> summaries(List<MeetingStore.ListRow> rows) {
        Collection<Long> communityIds = rows.stream().map(MeetingStore.ListRow::communityId).collect(Collectors.toSet());
        Map<Long, String> names = places.communitiesOf(communityIds).stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name, (a, b) -> a));
        return rows.stream().map(r -> new MeetingSummary(r.id(), r.communityId(), names.getOrDefault(r.communityId(), ""),
                MeetingKind.valueOf(r.kind()), r.title(), MeetingStatus.valueOf(r.status()), r.startsAt(), r.place(), r.items())).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
