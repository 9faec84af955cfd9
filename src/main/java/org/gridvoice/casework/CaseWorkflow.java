package org.gridvoice.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a case, each with who, when and a note on its timeline. Only the office that owns
 * a case acts on it; transfers and rejections need its lead and a public reason; a second transfer,
 * and any rejection, sends the case to the street's coordinator office, which assigns it for good.
 * A step that the case's status does not allow is refused, and nothing changes.
 */
@Service
@Transactional
public class CaseWorkflow {

    private final CaseStore store;
    private final CaseAccess access;
    private final FeedbackService feedback;
    private final OfficeService offices;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseWorkflow(CaseStore store, CaseAccess access, FeedbackService feedback, OfficeService offices, InputValidator validator,
                 ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.access = access;
        this.feedback = feedback;
        this.offices = offices;
        this.validator = validator;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An officer takes the case; late if the response deadline has passed. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void accept(Long caseId, String note) {
        CaseStore.State c = open(caseId, Set.of(CaseStatus.NEW));
        Long me = access.requireOwnerStaff(c);
        if (c.atCoordinator()) {
            throw InvalidInput.of(null, "casework.error.assign-first");
        }
        LocalDateTime now = now();
        jdbc.sql("UPDATE casework_case SET status = 'ACCEPTED', accepted_at = :now, accepted_late = :late, version = version + 1 WHERE id = :id")
                .param("now", now).param("late", now.isAfter(c.responseDueAt())).param("id", caseId).update();
        step(c, CaseEventKind.ACCEPTED, me, null, blankToNull(note), false);
    }

    /**
     * A public progress update, optionally with the expected completion date; the first one starts the work.
     * A co-handling office's staff may post one too (in its own name, refused with
     * {@code casework.error.co-office-expected} when it names a date: that is the lead office's promise);
     * it leaves the status as it is.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void update(Long caseId, CaseNoteForm form) {
        validator.check(form);
        CaseStore.State c = open(caseId, Set.of(CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS));
        Long me = access.requireUpdater(c);
        Long coOffice = access.myCoOffice(c).orElse(null);
        if (coOffice != null) {
            if (form.expectedAt() != null) {
                throw InvalidInput.of("expectedAt", "casework.error.co-office-expected");
            }
            store.event(caseId, now(), CaseEventKind.UPDATED, me, coOffice, null, form.note().strip(), false);
            events.publishEvent(new CaseChanged(caseId, CaseEventKind.UPDATED, coOffice, c.snapTitle(), false));
            return;
        }
        if (form.expectedAt() != null && !form.expectedAt().isAfter(now())) {
            throw InvalidInput.of("expectedAt", "casework.error.past");
        }
        jdbc.sql("UPDATE casework_case SET status = 'IN_PROGRESS', expected_at = COALESCE(:exp, expected_at), version = version + 1 WHERE id = :id")
                .param("exp", form.expectedAt()).param("id", caseId).update();
        step(c, CaseEventKind.UPDATED, me, null, form.note().strip(), false);
    }

    /** An internal note: seen only by the office and the coordinator. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void note(Long caseId, CaseNoteForm form) {
        validator.check(form);
        CaseStore.State c = store.lock(caseId).orElseThrow(CaseWorkflow::notFound);
        Long me = access.requireInternalReader(c);
        step(c, CaseEventKind.NOTE, me, null, form.note().strip(), true);
    }

    /** The office's own summary, shown next to — never instead of — the residents' words. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void summarise(Long caseId, CaseNoteForm form) {
        validator.check(form);
        CaseStore.State c = store.lock(caseId).orElseThrow(CaseWorkflow::notFound);
        Long me = access.requireOwnerStaff(c);
        jdbc.sql("UPDATE casework_case SET office_summary = :s, version = version + 1 WHERE id = :id").param("s", form.note().strip())
                .param("id", caseId).update();
        step(c, CaseEventKind.SUMMARY, me, null, form.note().strip(), false);
    }

    /** Marks the case resolved with a public note, and asks the residents behind it to confirm. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void resolve(Long caseId, CaseNoteForm form) {
        validator.check(form);
        CaseStore.State c = open(caseId, Set.of(CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS));
        Long me = access.requireOwnerStaff(c);
        LocalDateTime now = now();
        jdbc.sql("""
                UPDATE casework_case SET status = 'RESOLVED', resolved_at = :now, feedback_until = :until,
                    feedback_round = feedback_round + 1, version = version + 1 WHERE id = :id""")
                .param("now", now).param("until", now.plus(feedback.window())).param("id", caseId).update();
        step(c, CaseEventKind.RESOLVED, me, null, form.note().strip(), false);
        feedback.ask(caseId, c.proposalId(), c.feedbackRound() + 1, now);
    }

    /** Hands the case to another office with a public reason; the second transfer goes to the coordinator instead. */
    @PreAuthorize("hasRole('OFFICE_LEAD')")
    public void transfer(Long caseId, TransferForm form) {
        validator.check(form);
        CaseStore.State c = open(caseId, Set.of(CaseStatus.NEW, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS));
        Long me = access.requireOwnerLead(c);
        if (c.assignedForGood() || c.atCoordinator()) {
            throw InvalidInput.of(null, "casework.error.no-more-transfers");
        }
        if (form.officeId().equals(c.officeId())) {
            throw InvalidInput.of("officeId", "casework.error.same-office");
        }
        requireActive(form.officeId());
        LocalDateTime now = now();
        int hops = c.hops() + 1;
        Long coordinator = access.coordinatorOf(c.streetId());
        boolean escalate = hops >= 2 && coordinator != null;
        Long to = escalate ? coordinator : form.officeId();
        jdbc.sql("""
                UPDATE casework_case SET office_id = :to, hops = :hops, at_coordinator = :coord, status = 'NEW', accepted_at = NULL,
                    response_due_at = :due, version = version + 1 WHERE id = :id""")
                .param("to", to).param("hops", hops).param("coord", escalate).param("due", now.plusHours(c.responseHours()))
                .param("id", caseId).update();
        store.event(caseId, now, CaseEventKind.TRANSFERRED, me, c.officeId(), form.officeId(), form.reason().strip(), false);
        events.publishEvent(new CaseChanged(caseId, CaseEventKind.TRANSFERRED, to, c.snapTitle(), false));
        if (escalate) {
            store.event(caseId, now, CaseEventKind.TO_COORDINATOR, null, c.officeId(), coordinator, null, false);
        }
    }

    /** "Not our remit": goes to the coordinator with the public reason, never closed silently. */
    @PreAuthorize("hasRole('OFFICE_LEAD')")
    public void reject(Long caseId, TransferForm form) {
        CaseStore.State c = open(caseId, Set.of(CaseStatus.NEW, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS));
        Long me = access.requireOwnerLead(c);
        if (form == null || form.reason() == null || form.reason().isBlank()) {
            throw InvalidInput.of("reason", "validation.required");
        }
        if (form.reason().length() > 1000) {
            throw InvalidInput.of("reason", "validation.too-long");
        }
        Long coordinator = access.coordinatorOf(c.streetId());
        if (coordinator == null || c.atCoordinator() || coordinator.equals(c.officeId())) {
            throw InvalidInput.of(null, "casework.error.coordinator-assigns");
        }
        LocalDateTime now = now();
        jdbc.sql("""
                UPDATE casework_case SET office_id = :to, at_coordinator = TRUE, status = 'NEW', accepted_at = NULL, response_due_at = :due,
                    version = version + 1 WHERE id = :id""")
                .param("to", coordinator).param("due", now.plusHours(c.responseHours())).param("id", caseId).update();
        store.event(caseId, now, CaseEventKind.REJECTED, me, c.officeId(), coordinator, form.reason().strip(), false);
        events.publishEvent(new CaseChanged(caseId, CaseEventKind.REJECTED, coordinator, c.snapTitle(), false));
    }

    /** The coordinator gives an escalated or rejected case to an office for good: no more transfers. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void assign(Long caseId, TransferForm form) {
        validator.check(form);
        CaseStore.State c = open(caseId, Set.of(CaseStatus.NEW, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS));
        Long me = access.requireCoordinator(c);
        if (!c.atCoordinator()) {
            throw InvalidInput.of(null, "casework.error.not-at-coordinator");
        }
        requireActive(form.officeId());
        LocalDateTime now = now();
        jdbc.sql("""
                UPDATE casework_case SET office_id = :to, at_coordinator = FALSE, assigned_for_good = TRUE, status = 'NEW',
                    response_due_at = :due, version = version + 1 WHERE id = :id""")
                .param("to", form.officeId()).param("due", now.plusHours(c.responseHours())).param("id", caseId).update();
        store.event(caseId, now, CaseEventKind.ASSIGNED, me, c.officeId(), form.officeId(), form.reason().strip(), false);
        events.publishEvent(new CaseChanged(caseId, CaseEventKind.ASSIGNED, form.officeId(), c.snapTitle(), false));
    }

    private CaseStore.State open(Long caseId, Set<CaseStatus> allowed) {
        CaseStore.State c = store.lock(caseId).orElseThrow(CaseWorkflow::notFound);
        if (!allowed.contains(c.caseStatus())) {
            throw InvalidInput.of(null, "casework.error.transition");
        }
        return c;
    }

    private void step(CaseStore.State c, CaseEventKind kind, Long actor, Long toOffice, String note, boolean internal) {
        store.event(c.id(), now(), kind, actor, c.officeId(), toOffice, note, internal);
        events.publishEvent(new CaseChanged(c.id(), kind, c.officeId(), c.snapTitle(), internal));
    }

    private void requireActive(Long officeId) {
        if (offices.activeOffices().stream().map(OfficeSummary::id).noneMatch(officeId::equals)) {
            throw InvalidInput.of("officeId", "casework.error.office");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static InvalidInput notFound() {
        return InvalidInput.of(null, "casework.error.not-found");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
