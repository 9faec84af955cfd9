package org.gridvoice.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.casework.domain.Case;
import org.gridvoice.casework.domain.CaseAccess;
import org.gridvoice.casework.domain.CaseAudience;
import org.gridvoice.casework.domain.CaseRole;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps staff take on a case, each with who, when and a note on its timeline. Whether a step
 * is allowed is the case's lifecycle's call ({@code casework.domain.Case}): a step it refuses
 * throws {@link InvalidInput} with its reason ({@code casework.error.transition} when the status
 * does not allow it, and the others named on each method), or {@link AccessDeniedException} when
 * the signed-in person has no part in it; either way nothing changes. Updates, internal notes and
 * resolutions may carry the acting staff member's own new photos (at most {@link #MAX_PHOTOS} per
 * list, else {@code casework.error.too-many-photos}; {@code photo.error.not-yours} for a photo that is
 * not their pending upload), as private as the step.
 */
@Service
@Transactional
public class CaseWorkflow {

    /** The most photos one step (or one side of a resolution: before, after) carries. */
    public static final int MAX_PHOTOS = 4;

    private final CaseStore store;
    private final CaseAccess access;
    private final CaseAudience audience;
    private final FeedbackService feedback;
    private final OfficeService offices;
    private final InputValidator validator;
    private final PhotoService photos;
    private final Clock clock;

    CaseWorkflow(CaseStore store, CaseAccess access, CaseAudience audience, FeedbackService feedback, OfficeService offices,
                 InputValidator validator, PhotoService photos, Clock clock) {
        this.store = store;
        this.access = access;
        this.audience = audience;
        this.feedback = feedback;
        this.offices = offices;
        this.validator = validator;
        this.photos = photos;
        this.clock = clock;
    }

    /** The owning office's staff take the case; late if the response deadline has passed ({@code assign-first} at the coordinator). */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void accept(Long caseId, String note) {
        Step s = begin(caseId, CaseStep.ACCEPT);
        store.transition(s.now().accepted(now()));
        step(s, CaseEventKind.ACCEPTED, null, blankToNull(note), false);
    }

    /**
     * A public progress update, optionally with the expected completion date; the first one starts the work.
     * A co-handling office's staff may post one too (in its own name, refused with
     * {@code casework.error.co-office-expected} when it names a date: that is the lead office's promise);
     * it leaves the status as it is.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void update(Long caseId, CaseNoteForm form) {
        update(caseId, form, List.of());
    }

    /** As {@link #update(Long, CaseNoteForm)}, with the staff member's photos of the progress (public). */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void update(Long caseId, CaseNoteForm form, List<Long> photoIds) {
        validator.check(form);
        StepPhotos pictures = StepPhotos.of(photoIds);
        Step s = begin(caseId, CaseStep.UPDATE);
        Long coOffice = s.parts().contains(CaseRole.CO_OFFICE_STAFF) ? access.myCoOffice(s.state()).orElseThrow() : null;
        if (coOffice != null) {
            if (form.expectedAt() != null) {
                throw InvalidInput.of("expectedAt", "casework.error.co-office-expected");
            }
            long eventId = store.event(caseId, now(), CaseEventKind.UPDATED, s.actor(), coOffice, null, form.note().strip(), false);
            pictures.attachTo(photos, eventId, s.actor(), false);
            audience.announce(caseId, CaseEventKind.UPDATED, coOffice, coOffice, false);
            return;
        }
        if (form.expectedAt() != null && !form.expectedAt().isAfter(now())) {
            throw InvalidInput.of("expectedAt", "casework.error.past");
        }
        store.transition(s.now().updated(form.expectedAt()));
        step(s, CaseEventKind.UPDATED, null, form.note().strip(), false, pictures);
    }

    /** An internal note: seen only by the office and the coordinator. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void note(Long caseId, CaseNoteForm form) {
        note(caseId, form, List.of());
    }

    /** As {@link #note(Long, CaseNoteForm)}, with photos as internal as the note. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void note(Long caseId, CaseNoteForm form, List<Long> photoIds) {
        validator.check(form);
        StepPhotos pictures = StepPhotos.of(photoIds);
        Step s = begin(caseId, CaseStep.NOTE);
        step(s, CaseEventKind.NOTE, null, form.note().strip(), true, pictures);
    }

    /** The office's own summary, shown next to — never instead of — the residents' words; while the office works the case. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void summarise(Long caseId, CaseNoteForm form) {
        validator.check(form);
        Step s = begin(caseId, CaseStep.SUMMARISE);
        store.transition(s.now().summarised(form.note().strip()));
        step(s, CaseEventKind.SUMMARY, null, form.note().strip(), false);
    }

    /** Marks the case resolved with a public note, and asks the residents behind it to confirm. */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void resolve(Long caseId, CaseNoteForm form) {
        resolve(caseId, form, List.of(), List.of());
    }

    /**
     * As {@link #resolve(Long, CaseNoteForm)}, with public photos of the problem ({@code before}) and
     * of the fix ({@code after}), labelled so on the case page.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void resolve(Long caseId, CaseNoteForm form, List<Long> before, List<Long> after) {
        resolve(caseId, form, before, after, null, false);
    }

    private void resolve(Long caseId, CaseNoteForm form, List<Long> before, List<Long> after, Long spentYuan, boolean withSpend) {
        validator.check(form);
        StepPhotos pictures = StepPhotos.of(before, after);
        Step s = begin(caseId, CaseStep.RESOLVE);
        boolean funded = store.budgetOf(caseId).isPresent();
        if (funded && spentYuan == null) {
            throw InvalidInput.of("spentYuan", "casework.error.spend-required");
        }
        if (!funded && withSpend) {
            throw InvalidInput.of("spentYuan", "casework.error.not-budget");
        }
        if (funded && (spentYuan < 0 || spentYuan > MAX_YUAN)) {
            throw InvalidInput.of("spentYuan", "casework.error.spend-range", MAX_YUAN);
        }
        LocalDateTime now = now();
        Case resolved = s.now().resolved(now, feedback.window());
        store.transition(resolved);
        if (funded) {
            long eventId = store.progressEvent(caseId, now, CaseEventKind.RESOLVED, s.actor(), s.state().officeId(), form.note().strip(),
                    100, null, spentYuan);
            pictures.attachTo(photos, eventId, s.actor(), false);
            audience.announce(caseId, CaseEventKind.RESOLVED, s.state().officeId(), null, false);
        } else {
            step(s, CaseEventKind.RESOLVED, null, form.note().strip(), false, pictures);
        }
        feedback.ask(s.state(), resolved.feedbackRound(), now);
    }

    /**
     * The owning office's lead hands the case to another office with a public reason; the second transfer goes to the
     * coordinator instead ({@code no-more-transfers} once at the coordinator or assigned for good).
     */
    @PreAuthorize("hasRole('OFFICE_LEAD')")
    public void transfer(Long caseId, TransferForm form) {
        validator.check(form);
        Step s = begin(caseId, CaseStep.TRANSFER);
        if (form.officeId().equals(s.state().officeId())) {
            throw InvalidInput.of("officeId", "casework.error.same-office");
        }
        requireActive(form.officeId());
        LocalDateTime now = now();
        Case moved = s.now().transferred(form.officeId(), now);
        store.transition(moved);
        store.event(caseId, now, CaseEventKind.TRANSFERRED, s.actor(), s.state().officeId(), form.officeId(), form.reason().strip(), false);
        audience.announce(caseId, CaseEventKind.TRANSFERRED, moved.officeId(), null, false);
        if (moved.atCoordinator()) {
            store.event(caseId, now, CaseEventKind.TO_COORDINATOR, null, s.state().officeId(), moved.officeId(), null, false);
        }
    }

    /**
     * "Not our remit": the owning office's lead sends it to the coordinator with the public reason, never closed
     * silently ({@code coordinator-assigns} where there is nobody above the owner: no coordinator, or the owner is it).
     */
    @PreAuthorize("hasRole('OFFICE_LEAD')")
    public void reject(Long caseId, TransferForm form) {
        Step s = begin(caseId, CaseStep.REJECT);
        if (form == null || form.reason() == null || form.reason().isBlank()) {
            throw InvalidInput.of("reason", "validation.required");
        }
        if (form.reason().length() > 1000) {
            throw InvalidInput.of("reason", "validation.too-long");
        }
        LocalDateTime now = now();
        Case rejected = s.now().rejected(now);
        store.transition(rejected);
        store.event(caseId, now, CaseEventKind.REJECTED, s.actor(), s.state().officeId(), rejected.officeId(), form.reason().strip(), false);
        audience.announce(caseId, CaseEventKind.REJECTED, rejected.officeId(), null, false);
    }

    /** The coordinator gives an escalated or rejected case to an office for good ({@code not-at-coordinator} otherwise). */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    public void assign(Long caseId, TransferForm form) {
        validator.check(form);
        Step s = begin(caseId, CaseStep.ASSIGN);
        requireActive(form.officeId());
        LocalDateTime now = now();
        store.transition(s.now().assigned(form.officeId(), now));
        store.event(caseId, now, CaseEventKind.ASSIGNED, s.actor(), s.state().officeId(), form.officeId(), form.reason().strip(), false);
        audience.announce(caseId, CaseEventKind.ASSIGNED, form.officeId(), null, false);
    }

    /** A step under way: the locked row, the case's lifecycle, the parts the actor plays, and who they are. */
    private record Step(CaseStore.State state, Case now, Set<CaseRole> parts, Long actor) {
    }

    private Step begin(Long caseId, CaseStep step) {
        CaseStore.State state = store.lock(caseId).orElseThrow(CaseWorkflow::notFound);
        Case now = access.lifecycle(state);
        Set<CaseRole> parts = access.rolesOf(state);
        return new Step(state, now, parts, access.require(now, step, parts));
    }

    private void step(Step s, CaseEventKind kind, Long toOffice, String note, boolean internal) {
        step(s, kind, toOffice, note, internal, StepPhotos.NONE);
    }

    private void step(Step s, CaseEventKind kind, Long toOffice, String note, boolean internal, StepPhotos pictures) {
        long eventId = store.event(s.state().id(), now(), kind, s.actor(), s.state().officeId(), toOffice, note, internal);
        pictures.attachTo(photos, eventId, s.actor(), internal);
        audience.announce(s.state().id(), kind, s.state().officeId(), null, internal);
    }

    /** A step's photos: unlabelled (updates, notes) or before / after (a resolution); counted before anything is written. */
    private record StepPhotos(List<Long> plain, List<Long> before, List<Long> after) {

        static final StepPhotos NONE = new StepPhotos(List.of(), List.of(), List.of());

        static StepPhotos of(List<Long> plain) {
            return new StepPhotos(counted("photos", plain), List.of(), List.of());
        }

        static StepPhotos of(List<Long> before, List<Long> after) {
            return new StepPhotos(List.of(), counted("before", before), counted("after", after));
        }

        private static List<Long> counted(String field, List<Long> ids) {
            List<Long> list = ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
            if (list.size() > MAX_PHOTOS) {
                throw InvalidInput.of(field, "casework.error.too-many-photos", MAX_PHOTOS);
            }
            return list;
        }

        // uploaded by the acting staff member: PhotoService refuses anyone else's (the whole step rolls back)
        void attachTo(PhotoService photos, long eventId, Long actor, boolean internal) {
            PhotoOwner owner = new PhotoOwner(PhotoOwner.CASE_EVENT, eventId);
            photos.attach(plain, owner, actor, internal, PhotoLabel.NONE);
            photos.attach(before, owner, actor, internal, PhotoLabel.BEFORE);
            photos.attach(after, owner, actor, internal, PhotoLabel.AFTER);
        }
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

    // ---- funded projects (issue 17) ----

    /** The most a project may cost or spend: the budget form's own ceiling. */
    static final long MAX_YUAN = 100_000_000L;

    /**
     * Reports a milestone of a funded project's case: public, on its timeline and audit chain; the
     * percent is the case's progress from then on. The owning office's staff only, while the case is
     * accepted or in progress (the first report starts the work). InvalidInput:
     * {@code casework.error.not-budget}, {@code casework.error.progress-future} (a day after today),
     * {@code casework.error.progress-done} (100 % is reached by resolving, with the spend). A lower percent
     * than the last report is allowed: work can turn out less done than reported.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    @Transactional
    public void progress(Long caseId, ProgressForm form) {
        validator.check(form);
        Step s = begin(caseId, CaseStep.PROGRESS);
        if (store.budgetOf(caseId).isEmpty()) {
            throw InvalidInput.of(null, "casework.error.not-budget");
        }
        if (form.reachedOn().isAfter(now().toLocalDate())) {
            throw InvalidInput.of("reachedOn", "casework.error.progress-future");
        }
        if (form.percent() >= 100) {
            throw InvalidInput.of("percent", "casework.error.progress-done");
        }
        store.transition(s.now().progressed());
        store.progressEvent(caseId, now(), CaseEventKind.PROGRESS, s.actor(), s.state().officeId(), form.title().strip(), form.percent(),
                form.reachedOn(), null);
        audience.announce(caseId, CaseEventKind.PROGRESS, s.state().officeId(), null, false);
    }

    /**
     * As {@link #resolve(Long, CaseNoteForm, List, List)}, with what the project cost in yuan: required for a
     * funded project's case ({@code casework.error.spend-required}; the other resolve methods are refused
     * for it the same way) and refused for any other ({@code casework.error.not-budget}). The resolution
     * sets the progress to 100 %. Public, on the timeline and the audit chain.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'OFFICE_LEAD')")
    @Transactional
    public void resolve(Long caseId, CaseNoteForm form, List<Long> before, List<Long> after, Long spentYuan) {
        resolve(caseId, form, before, after, spentYuan, true);
    }
}
