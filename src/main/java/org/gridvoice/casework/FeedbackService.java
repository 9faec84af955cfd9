package org.gridvoice.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.casework.domain.CaseStore;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents close the loop. When a case is resolved, its proposer and endorsers are asked whether
 * it is resolved and how satisfied they are. The case closes once a majority of those asked say it
 * is resolved, or when the window ends; if most of those who answered say it is not resolved, it is
 * reopened (重办) instead. Voters are not asked one by one: ballots are secret, so nobody, this
 * module included, knows who voted for the proposal.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration window;

    FeedbackService(JdbcClient jdbc, CaseStore store, ProposalService proposals, CurrentUser currentUser, InputValidator validator,
                    ApplicationEventPublisher events, Clock clock, @Value("${gridvoice.casework.feedback-window:P7D}") Duration window) {
        this.jdbc = jdbc;
        this.store = store;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
        this.window = window;
    }

    Duration window() {
        return window;
    }

    // in the transaction that resolved the case
    void ask(Long caseId, Long proposalId, int round, LocalDateTime now) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(proposals.summaryOf(proposalId).authorId());
        people.addAll(proposals.endorsers(proposalId));
        for (Long person : people) {
            jdbc.sql("INSERT INTO casework_feedback (case_id, round_no, user_id, asked_at) VALUES (:c, :r, :u, :now)")
                    .param("c", caseId).param("r", round).param("u", person).param("now", now).update();
        }
        String title = store.state(caseId).map(CaseStore.State::snapTitle).orElse("");
        events.publishEvent(new FeedbackRequested(caseId, title, List.copyOf(people)));
    }

    /** Whether the signed-in person is asked about the case now and has not answered yet. */
    public boolean awaitsMyAnswer(Long caseId) {
        return currentUser.get().map(u -> jdbc.sql("""
                SELECT COUNT(*) FROM casework_feedback f JOIN casework_case c ON c.id = f.case_id AND c.feedback_round = f.round_no
                WHERE f.case_id = :c AND f.user_id = :u AND f.answered_at IS NULL AND c.status = 'RESOLVED'""")
                .param("c", caseId).param("u", u.id()).query(Integer.class).single() > 0).orElse(false);
    }

    /**
     * Records the signed-in resident's answers, once per round; may close the case early. The
     * optional comment is public: it is shown with the answers on the case's timeline.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void answer(Long caseId, FeedbackForm form) {
        validator.check(form);
        CaseStore.State c = store.lock(caseId).orElseThrow(CaseWorkflow::notFound);
        if (c.caseStatus() != CaseStatus.RESOLVED) {
            throw InvalidInput.of(null, "casework.error.feedback-closed");
        }
        Long me = currentUser.requireId();
        int updated = jdbc.sql("""
                UPDATE casework_feedback SET resolution = :r, satisfaction = :s, comment = :comment, answered_at = :now
                WHERE case_id = :c AND round_no = :round AND user_id = :u AND answered_at IS NULL""")
                .param("r", form.resolution().name()).param("s", form.satisfaction().name())
                .param("comment", form.comment() == null || form.comment().isBlank() ? null : form.comment().strip())
                .param("now", LocalDateTime.now(clock)).param("c", caseId).param("round", c.feedbackRound()).param("u", me).update();
        if (updated == 0) {
            throw InvalidInput.of(null, "casework.error.not-asked");
        }
        // the resident's own comment is the entry's (public) note; the answers go with it, without who gave them
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        store.event(caseId, LocalDateTime.now(clock), CaseEventKind.CONFIRMED, null, c.officeId(), null, comment, false);
        store.confirmation(caseId, form.resolution(), form.satisfaction());
        FeedbackTally tally = tally(caseId);
        if (tally.resolution().get(Resolution.RESOLVED) * 2 > tally.asked()) {
            close(c);
        }
    }

    public FeedbackTally tally(Long caseId) {
        int round = store.state(caseId).map(CaseStore.State::feedbackRound).orElse(0);
        Map<Resolution, Integer> resolution = new EnumMap<>(Resolution.class);
        Map<Satisfaction, Integer> satisfaction = new EnumMap<>(Satisfaction.class);
        for (Resolution r : Resolution.values()) {
            resolution.put(r, 0);
        }
        for (Satisfaction s : Satisfaction.values()) {
            satisfaction.put(s, 0);
        }
        int[] asked = {0};
        jdbc.sql("SELECT resolution, satisfaction FROM casework_feedback WHERE case_id = :c AND round_no = :r")
                .param("c", caseId).param("r", round).query((rs, n) -> {
                    asked[0]++;
                    if (rs.getString(1) != null) {
                        resolution.merge(Resolution.valueOf(rs.getString(1)), 1, Integer::sum);
                        satisfaction.merge(Satisfaction.valueOf(rs.getString(2)), 1, Integer::sum);
                    }
                    return null;
                }).list();
        return new FeedbackTally(round, asked[0], resolution, satisfaction);
    }

    /** Cases whose window has ended: closed, or reopened when most who answered say they are not resolved. */
    @Transactional
    public int decideEnded() {
        List<Long> ended = new ArrayList<>(jdbc.sql("SELECT id FROM casework_case WHERE status = 'RESOLVED' AND feedback_until <= :now")
                .param("now", LocalDateTime.now(clock)).query(Long.class).list());
        int decided = 0;
        for (Long id : ended) {
            CaseStore.State c = store.lock(id).orElseThrow();
            if (c.caseStatus() != CaseStatus.RESOLVED) {
                continue;
            }
            FeedbackTally tally = tally(id);
            if (tally.resolution().get(Resolution.UNRESOLVED) * 2 > tally.answered() && tally.answered() > 0) {
                reopen(c);
            } else {
                close(c);
            }
            decided++;
        }
        return decided;
    }

    private void close(CaseStore.State c) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("UPDATE casework_case SET status = 'CLOSED', closed_at = :now, version = version + 1 WHERE id = :id")
                .param("now", now).param("id", c.id()).update();
        store.event(c.id(), now, CaseEventKind.CLOSED, null, c.officeId(), null, null, false);
        events.publishEvent(new CaseChanged(c.id(), CaseEventKind.CLOSED, c.officeId(), c.snapTitle(), false));
    }

    private void reopen(CaseStore.State c) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("UPDATE casework_case SET status = 'IN_PROGRESS', resolved_at = NULL, feedback_until = NULL, version = version + 1 WHERE id = :id")
                .param("id", c.id()).update();
        store.event(c.id(), now, CaseEventKind.REOPENED, null, c.officeId(), null, null, false);
        events.publishEvent(new CaseChanged(c.id(), CaseEventKind.REOPENED, c.officeId(), c.snapTitle(), false));
    }
}
