package org.gridvoice.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridvoice.casework.CaseStatus.ACCEPTED;
import static org.gridvoice.casework.CaseStatus.CLOSED;
import static org.gridvoice.casework.CaseStatus.IN_PROGRESS;
import static org.gridvoice.casework.CaseStatus.NEW;
import static org.gridvoice.casework.CaseStatus.RESOLVED;
import static org.gridvoice.casework.domain.CaseRole.ASKED_RESIDENT;
import static org.gridvoice.casework.domain.CaseRole.COORDINATOR_STAFF;
import static org.gridvoice.casework.domain.CaseRole.CO_OFFICE_STAFF;
import static org.gridvoice.casework.domain.CaseRole.OWNER_LEAD;
import static org.gridvoice.casework.domain.CaseRole.OWNER_STAFF;
import static org.gridvoice.casework.domain.CaseRole.SYSTEM;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.CaseStep;
import org.gridvoice.casework.FeedbackTally;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.Satisfaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case's lifecycle table, without a database: every status × step × actor in every kind of
 * situation, allowed or refused with the key the service throws, and what each step makes of the case.
 * The table below is written out by hand, not derived from {@link Case}.
 */
class CaseLifecycleTest {

    static final long OWNER = 10;
    static final long OTHER = 20;
    static final long COORDINATOR = 30;
    static final LocalDateTime T = LocalDateTime.of(2026, 5, 4, 9, 0);

    /** The people who may look at a case, as the parts they play on it. */
    enum Actor {
        OWNER_OFFICER(OWNER_STAFF),
        OWNER_OFFICE_LEAD(OWNER_STAFF, OWNER_LEAD),
        CO_OFFICE_OFFICER(CO_OFFICE_STAFF),
        COORDINATOR_OFFICER(COORDINATOR_STAFF),
        ASKED(ASKED_RESIDENT),
        ANYONE_ELSE(),
        THE_SYSTEM(SYSTEM);

        final Set<CaseRole> roles;

        Actor(CaseRole... roles) {
            this.roles = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
        }
    }

    /** Which statuses each step starts from, and who takes it. */
    static final Map<CaseStep, Set<CaseStatus>> FROM = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseStep.ACCEPT, Set.of(NEW)),
            Map.entry(CaseStep.UPDATE, Set.of(ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.NOTE, Set.of(NEW, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED)),
            Map.entry(CaseStep.SUMMARISE, Set.of(ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.RESOLVE, Set.of(ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.TRANSFER, Set.of(NEW, ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.REJECT, Set.of(NEW, ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.ASSIGN, Set.of(NEW, ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.FEEDBACK, Set.of(RESOLVED)),
            Map.entry(CaseStep.MARK_LATE, Set.of(NEW, ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.ESCALATE, Set.of(NEW, ACCEPTED, IN_PROGRESS)),
            Map.entry(CaseStep.CLOSE, Set.of(RESOLVED)),
            Map.entry(CaseStep.REOPEN, Set.of(RESOLVED)),
            Map.entry(CaseStep.PROGRESS, Set.of(ACCEPTED, IN_PROGRESS))));
    static final Map<CaseStep, Set<Actor>> WHO = new EnumMap<>(Map.ofEntries(
            Map.entry(CaseStep.ACCEPT, Set.of(Actor.OWNER_OFFICER, Actor.OWNER_OFFICE_LEAD)),
            Map.entry(CaseStep.UPDATE, Set.of(Actor.OWNER_OFFICER, Actor.OWNER_OFFICE_LEAD, Actor.CO_OFFICE_OFFICER)),
            Map.entry(CaseStep.NOTE, Set.of(Actor.OWNER_OFFICER, Actor.OWNER_OFFICE_LEAD, Actor.COORDINATOR_OFFICER)),
            Map.entry(CaseStep.SUMMARISE, Set.of(Actor.OWNER_OFFICER, Actor.OWNER_OFFICE_LEAD)),
            Map.entry(CaseStep.RESOLVE, Set.of(Actor.OWNER_OFFICER, Actor.OWNER_OFFICE_LEAD)),
            Map.entry(CaseStep.TRANSFER, Set.of(Actor.OWNER_OFFICE_LEAD)),
            Map.entry(CaseStep.REJECT, Set.of(Actor.OWNER_OFFICE_LEAD)),
            Map.entry(CaseStep.ASSIGN, Set.of(Actor.COORDINATOR_OFFICER)),
            Map.entry(CaseStep.FEEDBACK, Set.of(Actor.ASKED)),
            Map.entry(CaseStep.MARK_LATE, Set.of(Actor.THE_SYSTEM)),
            Map.entry(CaseStep.ESCALATE, Set.of(Actor.THE_SYSTEM)),
            Map.entry(CaseStep.CLOSE, Set.of(Actor.THE_SYSTEM)),
            Map.entry(CaseStep.REOPEN, Set.of(Actor.THE_SYSTEM)),
            Map.entry(CaseStep.PROGRESS, Set.of(Actor.OWNER_OFFICER, Actor.OWNER_OFFICE_LEAD))));

    /** Where the case stands besides its status, and the steps each situation refuses (with the key) to those who could take them. */
    enum Situation {
        WITH_ITS_OFFICE(c -> c, Map.of(CaseStep.ASSIGN, "casework.error.not-at-coordinator")),
        AT_THE_COORDINATOR(c -> with(c, COORDINATOR, COORDINATOR, 2, true, false), Map.of(
                CaseStep.ACCEPT, "casework.error.assign-first",
                CaseStep.TRANSFER, "casework.error.no-more-transfers",
                CaseStep.REJECT, "casework.error.coordinator-assigns")),
        ASSIGNED_FOR_GOOD(c -> with(c, OTHER, COORDINATOR, 2, false, true), Map.of(
                CaseStep.TRANSFER, "casework.error.no-more-transfers",
                CaseStep.ASSIGN, "casework.error.not-at-coordinator")),
        // the drift the screen had: it offered "reject" here, and the service refused
        STREET_WITHOUT_COORDINATOR(c -> with(c, OWNER, null, 0, false, false), Map.of(
                CaseStep.REJECT, "casework.error.coordinator-assigns",
                CaseStep.ASSIGN, "casework.error.not-at-coordinator")),
        OWNER_IS_THE_COORDINATOR(c -> with(c, COORDINATOR, COORDINATOR, 0, false, false), Map.of(
                CaseStep.REJECT, "casework.error.coordinator-assigns",
                CaseStep.ASSIGN, "casework.error.not-at-coordinator")),
        MARKED_LATE_AND_ESCALATED(c -> marked(c), Map.of(
                CaseStep.ASSIGN, "casework.error.not-at-coordinator",
                CaseStep.MARK_LATE, "casework.error.transition",
                CaseStep.ESCALATE, "casework.error.transition"));

        final UnaryOperator<Case> shape;
        final Map<CaseStep, String> refuses;

        Situation(UnaryOperator<Case> shape, Map<CaseStep, String> refuses) {
            this.shape = shape;
            this.refuses = refuses;
        }
    }

    static Stream<Arguments> everyStatusStepAndActor() {
        List<Arguments> rows = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                for (CaseStep step : CaseStep.values()) {
                    for (Actor actor : Actor.values()) {
                        rows.add(Arguments.of(situation, status, step, actor));
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}, {1}: {2} by {3}")
    @MethodSource("everyStatusStepAndActor")
    void each_step_is_allowed_or_refused_with_its_reason_as_the_table_says(Situation situation, CaseStatus status, CaseStep step,
                                                                           Actor actor) {
        Case c = situation.shape.apply(inStatus(status));
        StepVerdict verdict = c.check(step, actor.roles);
        if (!FROM.get(step).contains(status)) {
            assertThat(verdict).isEqualTo(StepVerdict.refused(step == CaseStep.FEEDBACK ? "casework.error.feedback-closed"
                    : "casework.error.transition"));
        } else if (!WHO.get(step).contains(actor)) {
            assertThat(verdict).isEqualTo(step == CaseStep.FEEDBACK ? StepVerdict.refused("casework.error.not-asked")
                    : StepVerdict.NOT_YOURS);
        } else if (situation.refuses.containsKey(step)) {
            assertThat(verdict).isEqualTo(StepVerdict.refused(situation.refuses.get(step)));
        } else {
            assertThat(verdict).isEqualTo(StepVerdict.ALLOWED);
        }
        assertThat(c.steps(actor.roles).contains(step)).as("the screen offers exactly what the service allows")
                .isEqualTo(verdict.allowed());
    }

    @Test
    void a_lead_is_not_offered_reject_where_there_is_nobody_above_the_owner() {
        Set<CaseRole> lead = Actor.OWNER_OFFICE_LEAD.roles;
        assertThat(Situation.STREET_WITHOUT_COORDINATOR.shape.apply(inStatus(NEW)).steps(lead))
                .containsExactlyInAnyOrder(CaseStep.ACCEPT, CaseStep.NOTE, CaseStep.TRANSFER);
        assertThat(Situation.OWNER_IS_THE_COORDINATOR.shape.apply(inStatus(IN_PROGRESS)).steps(lead))
                .containsExactlyInAnyOrder(CaseStep.UPDATE, CaseStep.NOTE, CaseStep.SUMMARISE, CaseStep.RESOLVE, CaseStep.TRANSFER,
                        CaseStep.PROGRESS);
        assertThat(inStatus(IN_PROGRESS).steps(lead)).contains(CaseStep.REJECT);
    }

    @Test
    void a_milestone_starts_the_work_and_keeps_the_expected_date() {
        Case promised = inStatus(ACCEPTED).updated(T.plusDays(9));
        Case reported = promised.progressed();
        assertThat(reported.status()).isEqualTo(IN_PROGRESS);
        assertThat(reported.expectedAt()).isEqualTo(T.plusDays(9));
    }

    @Test
    void accepting_records_when_and_whether_it_was_late() {
        Case onTime = inStatus(NEW).accepted(T.plusHours(1));
        assertThat(onTime.status()).isEqualTo(ACCEPTED);
        assertThat(onTime.acceptedAt()).isEqualTo(T.plusHours(1));
        assertThat(onTime.acceptedLate()).isFalse();
        assertThat(inStatus(NEW).accepted(T.plusDays(3)).acceptedLate()).as("response due after a day").isTrue();
    }

    @Test
    void an_update_starts_the_work_and_keeps_the_expected_date_unless_it_names_a_new_one() {
        Case updated = inStatus(ACCEPTED).updated(T.plusDays(5));
        assertThat(updated.status()).isEqualTo(IN_PROGRESS);
        assertThat(updated.expectedAt()).isEqualTo(T.plusDays(5));
        assertThat(updated.updated(null).expectedAt()).isEqualTo(T.plusDays(5));
        assertThat(inStatus(IN_PROGRESS).summarised("summary").officeSummary()).isEqualTo("summary");
    }

    @Test
    void resolving_opens_a_new_confirmation_round_and_the_residents_answers_close_or_reopen_it() {
        Case resolved = inStatus(IN_PROGRESS).resolved(T, Duration.ofDays(7));
        assertThat(resolved.status()).isEqualTo(RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(T);
        assertThat(resolved.feedbackUntil()).isEqualTo(T.plusDays(7));
        assertThat(resolved.feedbackRound()).isEqualTo(1);

        assertThat(Case.afterAnswer(tally(3, 2, 0))).as("2 of 3 asked say resolved").isEqualTo(CaseStep.CLOSE);
        assertThat(Case.afterAnswer(tally(4, 2, 0))).as("2 of 4 is no majority").isNull();
        assertThat(Case.whenWindowEnds(tally(5, 1, 2))).as("most who answered say not resolved").isEqualTo(CaseStep.REOPEN);
        assertThat(Case.whenWindowEnds(tally(5, 1, 1))).isEqualTo(CaseStep.CLOSE);
        assertThat(Case.whenWindowEnds(tally(5, 0, 0))).as("nobody answered").isEqualTo(CaseStep.CLOSE);

        Case closed = resolved.closed(T.plusDays(7));
        assertThat(closed.status()).isEqualTo(CLOSED);
        assertThat(closed.closedAt()).isEqualTo(T.plusDays(7));
        Case reopened = resolved.reopened();
        assertThat(reopened.status()).isEqualTo(IN_PROGRESS);
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.feedbackUntil()).isNull();
        assertThat(reopened.resolved(T.plusDays(9), Duration.ofDays(7)).feedbackRound()).as("a second round").isEqualTo(2);
    }

    @Test
    void the_second_transfer_goes_to_the_coordinator_who_assigns_for_good() {
        assertThat(inStatus(ACCEPTED).transferGoesToCoordinator()).as("the screen says the first goes where the lead chose").isFalse();
        Case first = inStatus(ACCEPTED).transferred(OTHER, T);
        assertThat(first.transferGoesToCoordinator()).as("and the second to the coordinator").isTrue();
        assertThat(first).extracting(Case::status, Case::officeId, Case::hops, Case::atCoordinator, Case::acceptedAt, Case::responseDueAt)
                .containsExactly(NEW, OTHER, 1, false, null, T.plusHours(24));
        Case second = first.transferred(OWNER, T.plusHours(2));
        assertThat(second).extracting(Case::officeId, Case::hops, Case::atCoordinator).containsExactly(COORDINATOR, 2, true);

        Case assigned = second.assigned(OTHER, T.plusHours(3));
        assertThat(assigned).extracting(Case::status, Case::officeId, Case::atCoordinator, Case::assignedForGood, Case::responseDueAt)
                .containsExactly(NEW, OTHER, false, true, T.plusHours(27));
        assertThat(assigned.check(CaseStep.TRANSFER, Actor.OWNER_OFFICE_LEAD.roles))
                .isEqualTo(StepVerdict.refused("casework.error.no-more-transfers"));

        assertThat(with(inStatus(NEW), OWNER, null, 1, false, false).transferGoesToCoordinator())
                .as("a street without a coordinator: the screen must not say it went to one").isFalse();
        Case withoutCoordinator = with(inStatus(NEW), OWNER, null, 1, false, false).transferred(OTHER, T);
        assertThat(withoutCoordinator).as("no coordinator: it goes where the lead said")
                .extracting(Case::officeId, Case::hops, Case::atCoordinator).containsExactly(OTHER, 2, false);
    }

    @Test
    void a_rejection_goes_to_the_coordinator_as_a_new_case() {
        Case rejected = inStatus(IN_PROGRESS).rejected(T);
        assertThat(rejected).extracting(Case::status, Case::officeId, Case::atCoordinator, Case::hops, Case::acceptedAt)
                .containsExactly(NEW, COORDINATOR, true, 0, null);
    }

    @Test
    void a_case_is_late_past_its_deadline_and_escalated_after_the_grace_period_each_once() {
        Case c = inStatus(NEW);
        assertThat(c.lateAt(T.plusHours(23))).isFalse();
        assertThat(c.lateAt(T.plusHours(25))).as("response deadline while new").isTrue();
        assertThat(inStatus(ACCEPTED).lateAt(T.plusHours(25))).as("accepted: only the resolution deadline counts").isFalse();
        assertThat(inStatus(ACCEPTED).lateAt(T.plusDays(11))).isTrue();
        assertThat(c.overdueAt(T.plusDays(11), Duration.ofDays(2))).isFalse();
        assertThat(c.overdueAt(T.plusDays(13), Duration.ofDays(2))).isTrue();
        assertThat(inStatus(RESOLVED).lateAt(T.plusDays(30))).isFalse();

        Case marked = c.markedLate(T.plusDays(1)).escalated(T.plusDays(13));
        assertThat(marked.lateAt()).isEqualTo(T.plusDays(1));
        assertThat(marked.escalatedAt()).isEqualTo(T.plusDays(13));
        assertThat(marked.status()).isEqualTo(NEW);
        assertThatThrownBy(() -> marked.markedLate(T.plusDays(14))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_transition_the_state_does_not_allow_is_never_computed() {
        assertThatThrownBy(() -> inStatus(CLOSED).accepted(T)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> inStatus(NEW).resolved(T, Duration.ofDays(7))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> with(inStatus(NEW), OWNER, null, 0, false, false).rejected(T)).isInstanceOf(IllegalStateException.class);
    }

    static Case inStatus(CaseStatus status) {
        return new Case(1, status, OWNER, COORDINATOR, 0, false, false, 24, T.plusHours(24), T.plusDays(10), null, null, null, null, null,
                0, null, null, null, null);
    }

    static Case with(Case c, long office, Long coordinator, int hops, boolean atCoordinator, boolean forGood) {
        return new Case(c.id(), c.status(), office, coordinator, hops, atCoordinator, forGood, c.responseHours(), c.responseDueAt(),
                c.resolutionDueAt(), c.acceptedAt(), c.acceptedLate(), c.expectedAt(), c.resolvedAt(), c.feedbackUntil(), c.feedbackRound(),
                c.closedAt(), c.lateAt(), c.escalatedAt(), c.officeSummary());
    }

    static Case marked(Case c) {
        return new Case(c.id(), c.status(), c.officeId(), c.coordinatorOfficeId(), c.hops(), c.atCoordinator(), c.assignedForGood(),
                c.responseHours(), c.responseDueAt(), c.resolutionDueAt(), c.acceptedAt(), c.acceptedLate(), c.expectedAt(), c.resolvedAt(),
                c.feedbackUntil(), c.feedbackRound(), c.closedAt(), T.plusDays(11), T.plusDays(13), c.officeSummary());
    }

    static FeedbackTally tally(int asked, int resolved, int unresolved) {
        Map<Resolution, Integer> resolution = new EnumMap<>(Resolution.class);
        for (Resolution r : Resolution.values()) {
            resolution.put(r, 0);
        }
        resolution.put(Resolution.RESOLVED, resolved);
        resolution.put(Resolution.UNRESOLVED, unresolved);
        return new FeedbackTally(1, asked, resolution, new EnumMap<>(Satisfaction.class));
    }
}
