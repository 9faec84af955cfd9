package org.gridvoice.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.meeting.AgendaItemForm;
import org.gridvoice.meeting.MeetingDetails;
import org.gridvoice.meeting.MeetingFilter;
import org.gridvoice.meeting.MeetingForm;
import org.gridvoice.meeting.MeetingPages;
import org.gridvoice.meeting.MeetingService;
import org.gridvoice.meeting.MeetingStatus;
import org.gridvoice.meeting.MeetingSummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Put on the agenda": the committee of a hotspot's community turns it into a consultation draft or an
 * agenda item of one of its upcoming meetings, pre-filled with the category, the grid, the figures and
 * links to the requests. The hotspot is recomputed here from (grid, category, week), never taken from
 * the screen; each action is recorded with those figures and its requests (V55), so that their
 * requesters and supporters are told once when it opens ({@link HotspotAgendaNotices}).
 * Refusals: {@link AccessDeniedException} for anyone not on that community's committee,
 * {@link InvalidInput} when (grid, category, week) is not a hotspot now; nothing is stored then.
 */
@Service
@Transactional(readOnly = true)
public class HotspotAgenda {

    /** Requests linked from one draft or agenda item: enough to read, bounded so the text stays within its limits. */
    public static final int MAX_LINKED = 50;

    private final InsightService insight;
    private final PlaceService places;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final ConsultationService consultations;
    private final MeetingService meetings;
    private final MeetingPages meetingPages;
    private final Messages messages;
    private final JdbcClient jdbc;
    private final RequestRoutes requestRoutes;
    private final Clock clock;
    private final String baseUrl;

    HotspotAgenda(InsightService insight, PlaceService places, RoleService roles, CurrentUser currentUser,
                  ConsultationService consultations, MeetingService meetings, MeetingPages meetingPages, Messages messages,
                  JdbcClient jdbc, RequestRoutes requestRoutes, Clock clock,
                 @Value("${gridvoice.base-url}") String baseUrl) {
        // absolute: the Markdown cleaner keeps only http(s) links
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.requestRoutes = requestRoutes;
        this.insight = insight;
        this.places = places;
        this.roles = roles;
        this.currentUser = currentUser;
        this.consultations = consultations;
        this.meetings = meetings;
        this.meetingPages = meetingPages;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The communities whose committee the signed-in user serves on (none for a visitor): the screen shows the actions for their hotspots only. */
    public Set<Long> committeeCommunities() {
        return currentUser.get().map(u -> roles.committeeCommunities(u.id())).orElse(Set.of());
    }

    /** The hotspot recomputed, with the title and text a draft or item would get, in the reader's language. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public HotspotBrief brief(Long gridId, Long categoryId, LocalDate week, Locale locale) {
        GridSummary grid = committeeGrid(gridId);
        return brief(grid, recompute(grid, categoryId, week), locale);
    }

    /** Creates a consultation draft from the hotspot (its grid and category set) and returns its id. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long toConsultation(Long gridId, Long categoryId, LocalDate week, Locale locale) {
        GridSummary grid = committeeGrid(gridId);
        HotspotBrief brief = brief(grid, recompute(grid, categoryId, week), locale);
        // a draft: the committee sets its dates in the editor; these only satisfy the form's order
        LocalDateTime open = LocalDate.now(clock).plusWeeks(1).atTime(LocalTime.of(9, 0));
        ConsultationForm form = new ConsultationForm(grid.communityId(), brief.title(), brief.markdown(), false, Set.of(gridId),
                Set.of(categoryId), open, open.plusWeeks(2), open.plusWeeks(3), open.plusWeeks(4), 10);
        Long id = consultations.create(form);
        record(AgendaTarget.CONSULTATION, id, grid, brief);
        return id;
    }

    /** The community's meetings an item may be added to: drafts and published ones that have not started, soonest first. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public List<MeetingSummary> upcomingMeetings(Long gridId) {
        GridSummary grid = committeeGrid(gridId);
        List<MeetingSummary> found = new ArrayList<>(meetingPages.list(new MeetingFilter(true, grid.communityId()), PageRequest.of(0, 20))
                .getContent());
        meetingPages.drafts(PageRequest.of(0, 20)).getContent().stream()
                .filter(m -> m.communityId().equals(grid.communityId()) && m.startsAt().isAfter(LocalDateTime.now(clock)))
                .forEach(found::add);
        Set<Long> seen = new java.util.HashSet<>();
        return found.stream().filter(m -> m.status() == MeetingStatus.DRAFT || m.status() == MeetingStatus.PUBLISHED)
                .filter(m -> seen.add(m.id())).sorted(java.util.Comparator.comparing(MeetingSummary::startsAt)).toList();
    }

    /** Adds an agenda item on the hotspot to one of the community's upcoming meetings. */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void toMeeting(Long gridId, Long categoryId, LocalDate week, Long meetingId, Locale locale) {
        GridSummary grid = committeeGrid(gridId);
        HotspotBrief brief = brief(grid, recompute(grid, categoryId, week), locale);
        MeetingDetails meeting = meetingPages.details(meetingId, locale);
        if (!meeting.communityId().equals(grid.communityId())) {
            throw InvalidInput.of("meetingId", "hotspot.error.meeting-elsewhere");
        }
        MeetingForm form = meeting.form();
        List<AgendaItemForm> items = new ArrayList<>(form.items());
        items.add(new AgendaItemForm(cut(brief.title(), 200), cut(brief.markdown(), 10_000), null, null));
        // recorded first: a published meeting whose agenda changes is announced within the update, and its
        // announcement is when the requesters and supporters are told
        record(AgendaTarget.MEETING, meetingId, grid, brief);
        meetings.update(meetingId, new MeetingForm(form.communityId(), form.kind(), form.title(), form.description(), form.startsAt(),
                form.endsAt(), form.place(), form.wholeCommunity(), form.gridIds(), form.officeIds(), form.invitedParties(), items));
    }

    private GridSummary committeeGrid(Long gridId) {
        GridSummary grid = gridId == null ? null : places.grid(gridId).orElse(null);
        if (grid == null) {
            throw InvalidInput.of("gridId", "hotspot.error.not-a-hotspot");
        }
        if (!roles.committeeCommunities(currentUser.requireId()).contains(grid.communityId())) {
            throw new AccessDeniedException("not a committee member of community " + grid.communityId());
        }
        return grid;
    }

    /** The hotspot of (grid, category, week) as the service computes it now; the screen's figures are never used. */
    private Hotspot recompute(GridSummary grid, Long categoryId, LocalDate week) {
        Long streetId = places.community(grid.communityId()).map(CommunitySummary::streetId).orElse(null);
        return insight.hotspots(new InsightScope(streetId, grid.communityId())).stream()
                .filter(h -> h.grid().id().equals(grid.id()) && h.category().id().equals(categoryId) && h.from().equals(week))
                .findFirst().orElseThrow(() -> InvalidInput.of(null, "hotspot.error.not-a-hotspot"));
    }

    private HotspotBrief brief(GridSummary grid, Hotspot h, Locale locale) {
        Locale lang = Messages.supported(locale);
        boolean zh = lang.getLanguage().equals("zh");
        String category = zh ? h.category().nameZh() : h.category().nameEn();
        String gridName = grid.name() + " (" + grid.communityName() + ")";
        List<HotspotBrief.LinkedRequest> linked = requestRoutes.of(insight.requestIds(grid.id(), h.category().id(), h.from(), h.to(),
                MAX_LINKED)).stream().map(l -> new HotspotBrief.LinkedRequest(l.requestId(), l.route())).toList();
        StringBuilder md = new StringBuilder();
        md.append(messages.get(lang, "hotspot.brief.intro", category, gridName, h.from().toString(), h.to().minusDays(1).toString())).append("\n\n");
        md.append("- ").append(messages.get(lang, "hotspot.brief.count", String.valueOf(h.count()))).append('\n');
        md.append("- ").append(messages.get(lang, "hotspot.brief.baseline", fmt(h.baseline()), String.valueOf(h.baselineWeeks()), p(h.pBaseline())))
                .append('\n');
        if (h.lastYearBaseline() != null) {
            md.append("- ").append(messages.get(lang, "hotspot.brief.last-year", fmt(h.lastYearBaseline()), p(h.pLastYear())))
                    .append('\n');
        } else {
            md.append("- ").append(messages.get(lang, "hotspot.brief.no-last-year")).append('\n');
        }
        md.append('\n').append(messages.get(lang, "hotspot.brief.rule", messages.get(lang, HotspotRule.MESSAGE_KEY,
                HotspotRule.messageArgs()))).append('\n');
        md.append('\n').append(messages.get(lang, "hotspot.brief.requests", String.valueOf(h.count()), String.valueOf(linked.size()))).append("\n\n");
        for (HotspotBrief.LinkedRequest r : linked) {
            String label = messages.get(lang, "hotspot.brief.request", String.valueOf(r.requestId()));
            md.append("- ").append(r.route() == null ? label : "[" + label + "](" + baseUrl + "/" + r.route() + ")").append('\n');
        }
        String title = messages.get(lang, "hotspot.brief.title", category, grid.name(), h.from().toString());
        return new HotspotBrief(h, cut(title, 120), md.toString(), linked);
    }

    private void record(AgendaTarget target, Long targetId, GridSummary grid, HotspotBrief brief) {
        Hotspot h = brief.hotspot();
        Long actionId = jdbc.sql("""
                INSERT INTO insight_agenda_action (target_kind, target_id, community_id, grid_id, category_id, week_from, week_to,
                    request_count, baseline, baseline_weeks, p_baseline, last_year_baseline, p_last_year, created_by, created_at)
                VALUES (:kind, :target, :community, :grid, :category, :from, :to, :count, :baseline, :weeks, :p, :ly, :ply, :by, :at)
                RETURNING id""")
                .param("kind", target.name()).param("target", targetId).param("community", grid.communityId()).param("grid", grid.id())
                .param("category", h.category().id()).param("from", h.from()).param("to", h.to()).param("count", h.count())
                .param("baseline", h.baseline()).param("weeks", h.baselineWeeks()).param("p", h.pBaseline())
                .param("ly", h.lastYearBaseline()).param("ply", h.pLastYear()).param("by", currentUser.requireId())
                .param("at", LocalDateTime.now(clock)).query(Long.class).single();
        List<Long> requestIds = brief.requests().stream().map(HotspotBrief.LinkedRequest::requestId).toList();
        if (!requestIds.isEmpty()) { // one statement for all its requests, not one per request
            jdbc.sql("INSERT INTO insight_agenda_request (action_id, request_id) SELECT :a, id FROM request WHERE id IN (:r)")
                    .param("a", actionId).param("r", requestIds).update();
        }
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** "p = 0.0123", or "p < 0.0001" for the tiny tails a real hotspot has. */
    static String p(Double value) {
        return value == null ? "–" : value < 0.0001 ? "p < 0.0001" : "p = " + String.format(Locale.ROOT, "%.4f", value);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
