package org.gridvoice.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.meeting.domain.MeetingStore;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee schedules its community's meetings: a draft, then published (public; residents in
 * scope are told), changed until it starts, or cancelled with a public reason. Refusals:
 * {@link InvalidInput} for bad input or a step the meeting does not allow now (nothing stored),
 * {@link org.springframework.security.access.AccessDeniedException} for anyone not on the community's committee.
 */
@Service
@Transactional
public class MeetingService {

    private final MeetingStore store;
    private final MeetingHeaders headers;
    private final AgendaLinks links;
    private final MeetingCommittee committee;
    private final PlaceService places;
    private final OfficeService offices;
    private final InputValidator validator;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingStore store, MeetingHeaders headers, AgendaLinks links, MeetingCommittee committee, PlaceService places,
                   OfficeService offices, InputValidator validator, MarkdownRenderer markdown, AuditLog audit,
                   ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.headers = headers;
        this.links = links;
        this.committee = committee;
        this.places = places;
        this.offices = offices;
        this.validator = validator;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules a draft meeting for the form's community; returns its id. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public Long schedule(MeetingForm form) {
        validator.check(form);
        Long me = committee.require(form.communityId());
        List<MeetingStore.NewItem> items = check(form);
        Long id = store.insert(form, html(form.description()), me, now());
        store.replaceScope(id, form.wholeCommunity(), form.gridIds(), form.officeIds());
        store.replaceItems(id, items);
        return id;
    }

    /**
     * Changes a draft, or a published meeting until it starts (its community stays). A published
     * meeting whose time or agenda changes is announced again ({@link MeetingPublished}).
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public void update(Long id, MeetingForm form) {
        validator.check(form);
        MeetingHeader header = lockedHeader(id);
        Long me = committee.require(header.communityId());
        refuse(MeetingSteps.of(header, now()).editRefusal());
        if (!header.communityId().equals(form.communityId())) {
            throw InvalidInput.of("communityId", "meeting.error.community-fixed");
        }
        if (store.anyDecided(id)) {
            throw InvalidInput.of(null, "meeting.error.decided");
        }
        List<MeetingStore.NewItem> items = check(form);
        List<MeetingStore.NewItem> before = store.items(id).stream().map(i -> new MeetingStore.NewItem(i.title(), i.noteMarkdown(),
                i.noteHtml(), i.linkKind(), i.linkId())).toList();
        store.update(id, form, html(form.description()));
        store.replaceScope(id, form.wholeCommunity(), form.gridIds(), form.officeIds());
        store.replaceItems(id, items);
        if (header.status() == MeetingStatus.PUBLISHED
                && (!header.startsAt().equals(form.startsAt()) || !sameAgenda(before, items))) {
            audit.append(new AuditRecord("MEETING_CHANGED", "meeting", id, "committee:" + me, payload(form, items)));
            events.publishEvent(published(id, header.communityId(), form.startsAt(), items));
        }
    }

    /** Publishes a draft that starts in the future: public from now on, residents in scope are told. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public void publish(Long id) {
        MeetingHeader header = lockedHeader(id);
        Long me = committee.require(header.communityId());
        refuse(MeetingSteps.of(header, now()).publishRefusal(), "startsAt");
        MeetingForm form = form(id);
        List<MeetingStore.NewItem> items = check(form);
        store.publish(id, now());
        audit.append(new AuditRecord("MEETING_PUBLISHED", "meeting", id, "committee:" + me, payload(form, items)));
        events.publishEvent(published(id, header.communityId(), header.startsAt(), items));
    }

    /** Cancels a draft or a published meeting (not one whose minutes are out) with a public reason. */
    @PreAuthorize("hasRole('COMMITTEE')")
    public void cancel(Long id, ReasonForm reason) {
        validator.check(reason);
        MeetingHeader header = lockedHeader(id);
        Long me = committee.require(header.communityId());
        refuse(MeetingSteps.of(header, now()).cancelRefusal());
        store.cancel(id, reason.reason().strip());
        audit.append(new AuditRecord("MEETING_CANCELLED", "meeting", id, "committee:" + me, "reason " + reason.reason().strip()));
    }

    private MeetingForm form(Long id) {
        MeetingStore.Row row = store.find(id).orElseThrow(MeetingService::notFound);
        return new MeetingForm(row.communityId(), MeetingKind.valueOf(row.kind()), row.title(), row.descriptionMarkdown(), row.startsAt(),
                row.endsAt(), row.place(), row.wholeCommunity(), store.grids(id), store.offices(id), row.invitedParties(),
                store.items(id).stream().map(i -> new AgendaItemForm(i.title(), i.noteMarkdown(), i.linkKind(), i.linkId())).toList());
    }

    /** The form's rules beyond its fields; the agenda rendered, each link checked to exist in the community. */
    private List<MeetingStore.NewItem> check(MeetingForm form) {
        if (!form.startsAt().isAfter(now())) {
            throw InvalidInput.of("startsAt", "meeting.error.past");
        }
        if (form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
            throw InvalidInput.of("endsAt", "meeting.error.ends-before-start");
        }
        if (!form.wholeCommunity()) {
            if (form.gridIds().isEmpty()) {
                throw InvalidInput.of("gridIds", "meeting.error.no-grid");
            }
            List<GridSummary> grids = places.gridsOf(form.gridIds());
            if (grids.size() != form.gridIds().size() || grids.stream().anyMatch(g -> !g.communityId().equals(form.communityId()))) {
                throw InvalidInput.of("gridIds", "meeting.error.grid-outside");
            }
        }
        if (offices.officesOf(form.officeIds()).size() != form.officeIds().size()) {
            throw InvalidInput.of("officeIds", "meeting.error.office-unknown");
        }
        List<MeetingStore.NewItem> items = new ArrayList<>();
        for (AgendaItemForm item : form.items()) {
            String kind = null;
            Long linkId = null;
            if (item.linked() || item.linkId() != null) {
                kind = item.linkKind() == null ? null : item.linkKind().strip();
                linkId = item.linkId();
                String shown = (kind == null ? "?" : kind) + " " + (linkId == null ? "?" : linkId);
                AgendaLinkKind.Target target = links.target(kind, linkId, Locale.ROOT)
                        .orElseThrow(() -> InvalidInput.of("items", "meeting.error.link-missing", item.title(), shown));
                if (!form.communityId().equals(target.communityId())) {
                    throw InvalidInput.of("items", "meeting.error.link-other-community", item.title(), shown);
                }
            }
            String note = item.note() == null || item.note().isBlank() ? null : item.note().strip();
            items.add(new MeetingStore.NewItem(item.title().strip(), note, note == null ? null : markdown.toHtml(note), kind, linkId));
        }
        return items;
    }

    private static boolean sameAgenda(List<MeetingStore.NewItem> a, List<MeetingStore.NewItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).title().equals(b.get(i).title()) || !Objects.equals(a.get(i).linkKind(), b.get(i).linkKind())
                    || !Objects.equals(a.get(i).linkId(), b.get(i).linkId())) {
                return false;
            }
        }
        return true;
    }

    private static MeetingPublished published(Long id, Long communityId, LocalDateTime startsAt, List<MeetingStore.NewItem> items) {
        return new MeetingPublished(id, communityId, startsAt, items.stream().filter(i -> i.linkKind() != null)
                .map(i -> new AgendaLink(i.linkKind(), i.linkId())).toList());
    }

    // what the chain keeps: no names, the agenda's links by kind and id
    private static String payload(MeetingForm form, List<MeetingStore.NewItem> items) {
        return "kind " + form.kind() + ", startsAt " + form.startsAt() + ", items " + items.size() + ", links "
                + items.stream().filter(i -> i.linkKind() != null).map(i -> i.linkKind() + "#" + i.linkId()).collect(Collectors.joining(" "));
    }

    private MeetingHeader lockedHeader(Long id) {
        headers.lock(id);
        return headers.find(id).orElseThrow(MeetingService::notFound);
    }

    private String html(String text) {
        return text == null || text.isBlank() ? null : markdown.toHtml(text.strip());
    }

    static void refuse(String refusal) {
        refuse(refusal, null);
    }

    static void refuse(String refusal, String field) {
        if (refusal != null) {
            throw InvalidInput.of(field, refusal);
        }
    }

    static InvalidInput notFound() {
        return InvalidInput.of(null, "meeting.error.not-found");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
