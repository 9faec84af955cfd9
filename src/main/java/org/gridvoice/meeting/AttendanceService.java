package org.gridvoice.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.account.Households;
import org.gridvoice.account.PersonalDataAccessLog;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.VerifiedResident;
import org.gridvoice.account.VerifiedResidentSearch;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.meeting.domain.AgendaDecisionStore;
import org.gridvoice.meeting.domain.AttendanceStore;
import org.gridvoice.meeting.domain.MeetingHeaders;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in attendance at a meeting (the committee's desk): verified residents of the meeting's
 * scope, once each, with a household-representative flag, and walk-ins by name. Open on a published
 * meeting from {@link #OPENS_BEFORE_HOURS} hours before its start until its minutes are published.
 * Each sign-in goes on the audit chain under a pseudonym; names stay with the committee.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    public static final int OPENS_BEFORE_HOURS = 2;
    static final String PURPOSE = "MEETING_ATTENDANCE";
    private static final int LIST_LIMIT = 500;

    private final MeetingHeaders headers;
    private final AttendanceStore store;
    private final AgendaDecisionStore items;
    private final ResidencyService residencies;
    private final VerifiedResidentSearch search;
    private final PersonalDataAccessLog accessLog;
    private final MeetingDeskGate gate;
    private final InputValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceService(MeetingHeaders headers, AttendanceStore store, AgendaDecisionStore items, ResidencyService residencies,
                      VerifiedResidentSearch search, PersonalDataAccessLog accessLog, MeetingDeskGate gate,
                      InputValidator validator, AuditLog audit, Clock clock) {
        this.headers = headers;
        this.store = store;
        this.items = items;
        this.residencies = residencies;
        this.search = search;
        this.accessLog = accessLog;
        this.gate = gate;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The meeting's header for its desk and page; empty for an unknown meeting, or a draft for anyone but its committee. */
    public Optional<MeetingHeader> meeting(Long meetingId) {
        return headers.find(meetingId).filter(h -> h.status() != MeetingStatus.DRAFT || gate.isCommittee(h));
    }

    /** Whether the signed-in person is on the committee of the meeting's community (false for visitors and unknown meetings). */
    public boolean isCommitteeOf(Long meetingId) {
        return headers.find(meetingId).map(gate::isCommittee).orElse(false);
    }

    /**
     * Why the desk cannot sign in or record at this meeting now, as a message key; empty when it can.
     * The service refuses with the same key; the desk shows it.
     */
    public Optional<String> deskRefusal(Long meetingId) {
        return headers.find(meetingId).map(gate::refusal).orElse(Optional.of("meetingdesk.error.not-found"));
    }

    /**
     * Verified residents of the meeting's community matching {@code text} (name, building, unit, room),
     * each with whether they are in scope and signed in already; logged as a view of personal data.
     * AccessDeniedException for anyone not on the community's committee.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    public List<AttendanceCandidate> find(Long meetingId, String text) {
        MeetingHeader h = gate.header(meetingId);
        Long me = gate.requireCommittee(h);
        List<VerifiedResidentSearch.Match> matches = search.find(h.communityId(), text, VerifiedResidentSearch.MAX_RESULTS);
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Long> ids = matches.stream().map(VerifiedResidentSearch.Match::userId).toList();
        accessLog.record(me, ids, PURPOSE);
        Set<Long> signed = new HashSet<>(store.signedInAmong(meetingId, ids));
        return matches.stream().map(m -> new AttendanceCandidate(m.userId(), m.displayName(), m.building(), m.unit(), m.room(),
                h.covers(m.gridId(), h.communityId()), signed.contains(m.userId()))).toList();
    }

    /**
     * Signs in a verified resident of the meeting's scope; returns the attendance id. Throws
     * AccessDeniedException for anyone not on the committee, InvalidInput
     * ({@code meetingdesk.error.not-open}/{@code not-yet}) outside the sign-in window,
     * ({@code meetingdesk.error.not-in-scope}) for anyone not a verified resident of the scope,
     * ({@code meetingdesk.error.signed-twice}) for someone signed in already. Nothing is stored then.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long signIn(Long meetingId, Long residentId, boolean householdRepresentative) {
        MeetingHeader h = gate.open(meetingId);
        Long me = gate.requireCommittee(h);
        VerifiedResident resident = residencies.verifiedResidentsIn(h.communityId(), h.wholeCommunity() ? Set.of() : h.gridIds()).stream()
                .filter(r -> r.userId().equals(residentId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("resident", "meetingdesk.error.not-in-scope"));
        if (store.signedIn(meetingId, residentId)) {
            throw InvalidInput.of("resident", "meetingdesk.error.signed-twice");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Long id = store.insert(meetingId, residentId, null, Households.key(resident), householdRepresentative, me, now);
        String context = "meeting-" + meetingId;
        audit.append(new AuditRecord("MEETING_ATTENDANCE_SIGNED", "meeting", meetingId, "committee:" + me,
                "attendee " + audit.pseudonym(residentId, context) + ", representative " + householdRepresentative + ", present "
                        + store.counts(meetingId).present()));
        return id;
    }

    /**
     * Signs in a walk-in by name (counts as present, not as a verified household); returns the
     * attendance id. Refusals as {@link #signIn}, and ({@code meetingdesk.error.signed-twice}) for the same name twice.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public Long signInWalkIn(Long meetingId, AttendanceWalkInForm form) {
        validator.check(form);
        MeetingHeader h = gate.open(meetingId);
        Long me = gate.requireCommittee(h);
        String name = form.name().strip();
        if (store.walkInSignedIn(meetingId, name)) {
            throw InvalidInput.of("name", "meetingdesk.error.signed-twice");
        }
        Long id = store.insert(meetingId, null, name, null, false, me, LocalDateTime.now(clock));
        audit.append(new AuditRecord("MEETING_ATTENDANCE_SIGNED", "meeting", meetingId, "committee:" + me,
                "walk-in, present " + store.counts(meetingId).present()));
        return id;
    }

    /**
     * Undoes a wrong sign-in, only before any decision of the meeting is recorded (the counts it was
     * taken at stay true): InvalidInput ({@code meetingdesk.error.undo-after-decision}) after one.
     */
    @PreAuthorize("hasRole('COMMITTEE')")
    @Transactional
    public void undo(Long meetingId, Long attendanceId) {
        MeetingHeader h = gate.open(meetingId);
        Long me = gate.requireCommittee(h);
        Optional<Long> who = store.find(meetingId, attendanceId).orElseThrow(() -> InvalidInput.of(null, "meetingdesk.error.not-found"));
        if (items.anyRecorded(meetingId)) {
            throw InvalidInput.of(null, "meetingdesk.error.undo-after-decision");
        }
        store.delete(meetingId, attendanceId);
        audit.append(new AuditRecord("MEETING_ATTENDANCE_UNDONE", "meeting", meetingId, "committee:" + me,
                (who.isPresent() ? "attendee " + audit.pseudonym(who.get(), "meeting-" + meetingId) : "walk-in") + ", present "
                        + store.counts(meetingId).present()));
    }

    /** Everyone signed in, latest first, with names: the committee's desk only (AccessDeniedException otherwise). */
    @PreAuthorize("hasRole('COMMITTEE')")
    public List<Attendee> attendees(Long meetingId) {
        MeetingHeader h = gate.header(meetingId);
        Long me = gate.requireCommittee(h);
        List<Attendee> list = store.list(meetingId, LIST_LIMIT);
        accessLog.record(me, list.stream().map(Attendee::userId).filter(java.util.Objects::nonNull).toList(), PURPOSE);
        return list;
    }
}
