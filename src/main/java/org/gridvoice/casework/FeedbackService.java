package org.gridvoice.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridvoice.casework.domain.Case;
import org.gridvoice.casework.domain.CaseAccess;
import org.gridvoice.casework.domain.CaseAudience;
import org.gridvoice.casework.domain.CaseBackers;
import org.gridvoice.casework.domain.CaseRole;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.casework.domain.FeedbackStore;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents close the loop. When a case is resolved, the residents behind it (a proposal's author and
 * endorsers, a request's requester and supporters: {@link CaseBackers}) are asked whether
 * it is resolved and how satisfied they are. The case closes once a majority of those asked say it
 * is resolved, or when the window ends; if most of those who answered say it is not resolved, it is
 * reopened (重办) instead. Voters are not asked one by one: ballots are secret, so nobody, this
 * module included, knows who voted for the proposal. When the case closes or reopens is the case's
 * lifecycle's call ({@code casework.domain.Case}).
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    private static final Set<CaseRole> SYSTEM = Set.of(CaseRole.SYSTEM);

    private final CaseStore store;
    private final FeedbackStore answers;
    private final CaseAccess access;
    private final CaseAudience audience;
    private final CaseBackers backers;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration window;

    FeedbackService(CaseStore store, FeedbackStore answers, CaseAccess access, CaseAudience audience, CaseBackers backers,
                    InputValidator validator, ApplicationEventPublisher events, Clock clock,
                    @Value("${gridvoice.casework.feedback-window:P7D}") Duration window) {
        this.store = store;
        this.answers = answers;
        this.access = access;
        this.audience = audience;
        this.backers = backers;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.window = window;
    }

    Duration window() {
        return window;
    }

    // in the transaction that resolved the case
    void ask(CaseStore.State c, int round, LocalDateTime now) {
        Long caseId = c.id();
        Set<Long> people = new LinkedHashSet<>(backers.of(c));
        for (Long person : people) {
            answers.ask(caseId, round, person, now);
        }
        String title = store.state(caseId).map(CaseStore.State::snapTitle).orElse("");
        events.publishEvent(new FeedbackRequested(caseId, title, List.copyOf(people)));
    }

    /**
     * Records the signed-in resident's answers, once per round; may close the case early. The
     * optional comment is public: it is shown with the answers on the case's timeline. Refused with
     * {@code casework.error.feedback-closed} unless the case is resolved, {@code casework.error.not-asked}
     * unless they are asked in this round and have not answered.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void answer(Long caseId, FeedbackForm form) {
        validator.check(form);
        CaseStore.State c = store.lock(caseId).orElseThrow(CaseWorkflow::notFound);
        Case now = access.lifecycle(c);
        Long me = access.require(now, CaseStep.FEEDBACK, access.rolesOf(c));
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        if (!answers.answer(caseId, now.feedbackRound(), me, form, comment, LocalDateTime.now(clock))) {
            throw InvalidInput.of(null, "casework.error.not-asked");
        }
        // the resident's own comment is the entry's (public) note; the answers go with it, without who gave them
        store.confirmed(caseId, LocalDateTime.now(clock), c.officeId(), comment, form.resolution(), form.satisfaction());
        if (Case.afterAnswer(tally(caseId)) == CaseStep.CLOSE) {
            close(now);
        }
    }

    public FeedbackTally tally(Long caseId) {
        return answers.tally(caseId, store.state(caseId).map(CaseStore.State::feedbackRound).orElse(0));
    }

    /** Cases whose window has ended: closed, or reopened when most who answered say they are not resolved. */
    @Transactional
    public int decideEnded() {
        int decided = 0;
        for (Long id : store.windowEnded(LocalDateTime.now(clock))) {
            CaseStore.State c = store.lock(id).orElseThrow();
            Case now = access.lifecycle(c);
            CaseStep outcome = Case.whenWindowEnds(tally(id));
            if (!now.check(outcome, SYSTEM).allowed()) {
                continue; // decided meanwhile by another instance, or by a last answer
            }
            if (outcome == CaseStep.REOPEN) {
                store.transition(now.reopened());
                announce(now, CaseEventKind.REOPENED, LocalDateTime.now(clock));
            } else {
                close(now);
            }
            decided++;
        }
        return decided;
    }

    private void close(Case c) {
        LocalDateTime now = LocalDateTime.now(clock);
        store.transition(c.closed(now));
        announce(c, CaseEventKind.CLOSED, now);
    }

    private void announce(Case c, CaseEventKind kind, LocalDateTime now) {
        store.event(c.id(), now, kind, null, c.officeId(), null, null, false);
        audience.announce(c.id(), kind, c.officeId(), null, false);
    }
}
