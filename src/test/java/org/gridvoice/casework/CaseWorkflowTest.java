package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.domain.CaseClock;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultService;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case from routing to closing, through the real services: who may do what (a role × action
 * matrix), the refusals that change nothing, transfers and escalation to the coordinator, the
 * residents' confirmation, and deadlines marked once even when two instances check at once.
 */
@GridVoiceTest
class CaseWorkflowTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final long GRID_STATION_MEIYUAN = 2L;
    private static final long CHENGGUAN = 3L;
    private static final long COORDINATOR = 4L;

    @Autowired VotingFixture fixture;
    @Autowired CaseService cases;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired FeedbackService feedback;
    @Autowired CaseDeadlines deadlines;
    @Autowired CaseClock clockJob;
    @Autowired ProposalService proposals;
    @Autowired ResultService results;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser officer;
    private SignedInUser lead;
    private SignedInUser otherOfficer;
    private SignedInUser otherLead;
    private SignedInUser coordinator;
    private SignedInUser chengguanLead;
    private Long accepted;

    @BeforeEach
    void anAcceptedProposal() {
        fixture.threeProposalsOnTheBallot("工单");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        accepted = fixture.a;
        officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        lead = people.create(Role.OFFICE_LEAD, GRID_STATION_XINGFULI);
        otherOfficer = people.create(Role.OFFICER, GRID_STATION_MEIYUAN);
        otherLead = people.create(Role.OFFICE_LEAD, GRID_STATION_MEIYUAN);
        coordinator = people.create(Role.OFFICE_LEAD, COORDINATOR);
        chengguanLead = people.create(Role.OFFICE_LEAD, CHENGGUAN);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private Long route() {
        People.actAs(fixture.committee);
        return routing.route(accepted, new RouteForm("请尽快处理"));
    }

    private String status(Long caseId) {
        return jdbc.sql("SELECT CONCAT(status, '@', office_id) FROM casework_case WHERE id = :id").param("id", caseId).query(String.class).single();
    }

    private int events(Long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_event WHERE case_id = :id").param("id", caseId).query(Integer.class).single();
    }

    @Test
    void routing_keeps_the_residents_words_and_sends_the_case_where_the_list_says() {
        People.actAs(fixture.voters[0]);
        assertThatThrownBy(() -> routing.route(accepted, new RouteForm(null))).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> routing.route(accepted, new RouteForm(null))).isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> routing.route(fixture.b, new RouteForm(null))).as("rejected in the vote")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.not-accepted");
        assertThat(routing.routable(fixture.consultation)).extracting(RoutableProposal::proposalId, RoutableProposal::caseId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(accepted, null));

        Long caseId = route();

        CaseDetails details = cases.details(caseId);
        var proposal = proposals.details(accepted);
        assertThat(details.title()).isEqualTo(proposal.summary().title());
        assertThat(details.snapshot().bodyHtml()).isEqualTo(proposal.bodyHtml());
        assertThat(details.snapshot().author()).as("the committee sees the name").isEqualTo(proposal.summary().authorName());
        assertThat(proposal.summary().authorShown()).isFalse();
        People.actAs(fixture.voters[1]);
        assertThat(cases.details(caseId).snapshot().author()).as("a neighbour does not: the author chose not to show it").isEmpty();
        People.actAs(fixture.committee);
        assertThat(details.standing().officeId()).as("environment in 幸福里 → its grid station").isEqualTo(GRID_STATION_XINGFULI);
        assertThat(details.standing().fallback()).isFalse();
        assertThat(details.standing().responsibilityVersionId()).isNotNull();
        assertThat(details.snapshot().vote()).isEqualTo(new VoteLine(VotingMethod.YES_NO_ABSTAIN, 2, 0, 0, 0, 2,
                results.result(fixture.consultation).orElseThrow().electorate(), true));
        assertThat(details.standing().routeNote()).isEqualTo("请尽快处理");
        assertThat(details.status()).isEqualTo(CaseStatus.NEW);
        assertThat(details.dates().responseDueAt()).isAfter(LocalDateTime.now().plusHours(23));
        assertThat(details.events()).extracting(CaseEvent::kind).containsExactly(CaseEventKind.ROUTED);
        assertThatThrownBy(this::route).isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.routed");
        assertThat(routing.routable(fixture.consultation)).extracting(RoutableProposal::caseId).containsExactly(caseId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'CASE_FOR_OFFICE_ROUTED'")
                .param("u", officer.id()).query(Integer.class).single()).as("the office hears of it").isEqualTo(1);
    }

    @Test
    void the_inbox_is_the_office_own_filtered_and_most_urgent_first() {
        Long caseId = route();
        // the office's inbox holds every case other tests routed to it too (dozens, all new): a page that holds them all
        var page = org.springframework.data.domain.PageRequest.of(0, 2000);
        People.actAs(officer);
        var mine = cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, null, null, null, false), page);
        assertThat(mine.getContent()).extracting(CaseSummary::id).contains(caseId);
        // new cases first, then accepted, in progress, resolved and closed, each by the due time that matters for it
        assertThat(mine.getContent()).isSortedAccordingTo(java.util.Comparator.comparing(CaseSummary::status)
                .thenComparing(CaseSummary::dueAt));
        assertThat(cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, CaseStatus.CLOSED, null, null, false), page).getContent())
                .extracting(CaseSummary::id).doesNotContain(caseId);
        assertThat(cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, null, null, null, true), page).getContent())
                .as("not late").extracting(CaseSummary::id).doesNotContain(caseId);
        assertThat(cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, CaseStatus.NEW, null, 1L, false), page).getContent())
                .extracting(CaseSummary::id).contains(caseId);
        People.actAs(otherOfficer);
        assertThatThrownBy(() -> cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, null, null, null, false), page))
                .isInstanceOf(AccessDeniedException.class);
        People.signOut();
        assertThat(cases.publicCases(null, page).getContent()).extracting(CaseSummary::id).contains(caseId);
        assertThat(cases.publicCases(fixture.consultation, page).getContent()).extracting(CaseSummary::id).containsExactly(caseId);
    }

    /** Each row: who tries which step on a new case of 幸福里网格站, and whether the service lets them. */
    @Test
    void only_the_owning_office_acts_on_a_case_and_only_its_lead_transfers_or_rejects() {
        Long caseId = route();
        record Attempt(String who, SignedInUser user, String step, Consumer<Long> call, boolean allowed) {
        }
        SignedInUser resident = fixture.voters[0];
        List<Attempt> matrix = new ArrayList<>();
        for (var who : List.of(Map.entry("resident", resident), Map.entry("other office's officer", otherOfficer),
                Map.entry("other office's lead", otherLead), Map.entry("committee", fixture.committee))) {
            matrix.add(new Attempt(who.getKey(), who.getValue(), "accept", id -> workflow.accept(id, null), false));
            matrix.add(new Attempt(who.getKey(), who.getValue(), "note", id -> workflow.note(id, new CaseNoteForm("看一看", null)), false));
            matrix.add(new Attempt(who.getKey(), who.getValue(), "transfer",
                    id -> workflow.transfer(id, new TransferForm(CHENGGUAN, "不归我们")), false));
            matrix.add(new Attempt(who.getKey(), who.getValue(), "reject", id -> workflow.reject(id, new TransferForm(null, "不归我们")), false));
        }
        matrix.add(new Attempt("owner officer", officer, "transfer", id -> workflow.transfer(id, new TransferForm(CHENGGUAN, "不归我们")), false));
        matrix.add(new Attempt("owner officer", officer, "reject", id -> workflow.reject(id, new TransferForm(null, "不归我们")), false));
        matrix.add(new Attempt("coordinator", coordinator, "accept", id -> workflow.accept(id, null), false));
        matrix.add(new Attempt("coordinator", coordinator, "assign", id -> workflow.assign(id, new TransferForm(CHENGGUAN, "指派")), false));
        for (Attempt attempt : matrix) {
            People.actAs(attempt.user());
            assertThatThrownBy(() -> attempt.call().accept(caseId)).as(attempt.who() + " → " + attempt.step())
                    .isInstanceOfAny(AccessDeniedException.class, InvalidInput.class);
        }
        assertThat(status(caseId)).isEqualTo("NEW@" + GRID_STATION_XINGFULI);
        assertThat(events(caseId)).as("refused steps leave no trace").isEqualTo(1);

        People.actAs(officer);
        workflow.note(caseId, new CaseNoteForm("先去现场看看", null));
        workflow.accept(caseId, null);
        assertThat(status(caseId)).isEqualTo("ACCEPTED@" + GRID_STATION_XINGFULI);
        assertThatThrownBy(() -> workflow.accept(caseId, null)).as("not twice").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("casework.error.transition");
        assertThatThrownBy(() -> workflow.update(caseId, new CaseNoteForm("明天完成", LocalDateTime.now().minusDays(1))))
                .as("an expected date in the past").isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.past");
        workflow.update(caseId, new CaseNoteForm("已联系物业", LocalDateTime.now().plusDays(3)));
        assertThat(status(caseId)).isEqualTo("IN_PROGRESS@" + GRID_STATION_XINGFULI);

        // internal notes: the office and the coordinator see them; residents, visitors and other offices do not
        People.actAs(lead);
        assertThat(cases.details(caseId).events()).extracting(CaseEvent::note).contains("先去现场看看");
        People.actAs(coordinator);
        assertThat(cases.details(caseId).events()).extracting(CaseEvent::note).contains("先去现场看看");
        for (SignedInUser outsider : List.of(resident, otherOfficer)) {
            People.actAs(outsider);
            assertThat(cases.details(caseId).events()).extracting(CaseEvent::note).doesNotContain("先去现场看看").contains("已联系物业");
        }
        People.signOut();
        assertThat(cases.details(caseId).events()).noneMatch(CaseEvent::internal);
        assertThat(cases.details(caseId).actions()).isEqualTo(CaseActions.NONE);
    }

    @Test
    void a_second_transfer_goes_to_the_coordinator_who_assigns_for_good_and_reasons_are_public() {
        Long caseId = route();
        People.actAs(lead);
        assertThatThrownBy(() -> workflow.transfer(caseId, new TransferForm(CHENGGUAN, " "))).as("no reason")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> workflow.transfer(caseId, new TransferForm(GRID_STATION_XINGFULI, "自己")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.same-office");
        assertThat(status(caseId)).isEqualTo("NEW@" + GRID_STATION_XINGFULI);

        workflow.transfer(caseId, new TransferForm(CHENGGUAN, "路灯属于城管科管理"));
        assertThat(status(caseId)).isEqualTo("NEW@" + CHENGGUAN);
        People.actAs(chengguanLead);
        workflow.transfer(caseId, new TransferForm(GRID_STATION_MEIYUAN, "应由梅园处理"));

        CaseDetails details = cases.details(caseId);
        assertThat(details.standing().officeId()).as("the second transfer escalates").isEqualTo(COORDINATOR);
        assertThat(details.standing().atCoordinator()).isTrue();
        assertThat(details.standing().hops()).isEqualTo(2);
        People.signOut();
        assertThat(cases.details(caseId).events()).extracting(CaseEvent::kind, CaseEvent::note).contains(
                org.assertj.core.groups.Tuple.tuple(CaseEventKind.TRANSFERRED, "路灯属于城管科管理"),
                org.assertj.core.groups.Tuple.tuple(CaseEventKind.TRANSFERRED, "应由梅园处理"),
                org.assertj.core.groups.Tuple.tuple(CaseEventKind.TO_COORDINATOR, null));

        People.actAs(coordinator);
        assertThatThrownBy(() -> workflow.reject(caseId, new TransferForm(null, "也不归我"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("casework.error.coordinator-assigns");
        workflow.assign(caseId, new TransferForm(CHENGGUAN, "按职责清单由城管科办理"));
        assertThat(status(caseId)).isEqualTo("NEW@" + CHENGGUAN);
        People.actAs(chengguanLead);
        assertThatThrownBy(() -> workflow.transfer(caseId, new TransferForm(GRID_STATION_XINGFULI, "再转")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.no-more-transfers");
        assertThatThrownBy(() -> workflow.reject(caseId, new TransferForm(null, " "))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("validation.required");
        workflow.accept(caseId, "收到");
        assertThat(status(caseId)).isEqualTo("ACCEPTED@" + CHENGGUAN);
    }

    @Test
    void a_rejection_goes_to_the_coordinator_never_closed() {
        Long caseId = route();
        People.actAs(lead);
        workflow.reject(caseId, new TransferForm(null, "不属于网格站职责"));
        CaseDetails details = cases.details(caseId);
        assertThat(details.status()).isEqualTo(CaseStatus.NEW);
        assertThat(details.standing().officeId()).isEqualTo(COORDINATOR);
        assertThat(details.events()).extracting(CaseEvent::kind, CaseEvent::note)
                .contains(org.assertj.core.groups.Tuple.tuple(CaseEventKind.REJECTED, "不属于网格站职责"));
    }

    @Test
    void residents_confirm_and_a_majority_of_resolved_closes_the_case() {
        Long caseId = route();
        People.actAs(officer);
        workflow.accept(caseId, null);
        workflow.resolve(caseId, new CaseNoteForm("垃圾桶已增加到 3 个", null));
        Long author = proposals.summaryOf(accepted).authorId();
        List<Long> asked = jdbc.sql("SELECT user_id FROM casework_feedback WHERE case_id = :c ORDER BY user_id").param("c", caseId)
                .query(Long.class).list();
        List<Long> expected = new ArrayList<>(proposals.endorsers(accepted));
        expected.add(author);
        assertThat(asked).containsExactlyInAnyOrderElementsOf(expected);

        People.actAs(otherOfficer);
        assertThatThrownBy(() -> feedback.answer(caseId, new FeedbackForm(Resolution.RESOLVED, Satisfaction.SATISFIED, null)))
                .as("not asked").isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.not-asked");
        People.actAs(asUser(author));
        assertThatThrownBy(() -> feedback.answer(caseId, new FeedbackForm(null, Satisfaction.SATISFIED, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("validation.required");
        feedback.answer(caseId, new FeedbackForm(Resolution.RESOLVED, Satisfaction.FAIRLY, "谢谢"));
        assertThatThrownBy(() -> feedback.answer(caseId, new FeedbackForm(Resolution.UNRESOLVED, Satisfaction.UNSATISFIED, null)))
                .as("once").isInstanceOf(InvalidInput.class);
        assertThat(status(caseId)).as("1 of 2 asked is no majority").startsWith("RESOLVED");
        People.actAs(asUser(proposals.endorsers(accepted).getFirst()));
        feedback.answer(caseId, new FeedbackForm(Resolution.RESOLVED, Satisfaction.SATISFIED, null));
        assertThat(status(caseId)).startsWith("CLOSED");
        FeedbackTally tally = feedback.tally(caseId);
        assertThat(tally.resolution().get(Resolution.RESOLVED)).isEqualTo(2);
        assertThat(tally.satisfaction()).containsEntry(Satisfaction.SATISFIED, 1).containsEntry(Satisfaction.FAIRLY, 1);
    }

    @Test
    void when_the_window_ends_a_majority_of_not_resolved_reopens_the_case() {
        Long caseId = route();
        People.actAs(officer);
        workflow.accept(caseId, null);
        workflow.resolve(caseId, new CaseNoteForm("已处理", null));
        People.actAs(asUser(proposals.summaryOf(accepted).authorId()));
        feedback.answer(caseId, new FeedbackForm(Resolution.UNRESOLVED, Satisfaction.UNSATISFIED, "桶还是满的"));
        jdbc.sql("UPDATE casework_case SET feedback_until = :past WHERE id = :id").param("past", LocalDateTime.now().minusMinutes(1))
                .param("id", caseId).update();
        People.signOut();
        deadlines.check();
        assertThat(status(caseId)).isEqualTo("IN_PROGRESS@" + GRID_STATION_XINGFULI);
        assertThat(cases.details(caseId).events()).extracting(CaseEvent::kind).contains(CaseEventKind.REOPENED);
    }

    @Test
    void a_late_case_is_marked_and_escalated_once_even_when_two_instances_check_at_the_same_time() throws Exception {
        Long caseId = route();
        jdbc.sql("UPDATE casework_case SET response_due_at = :r, resolution_due_at = :s WHERE id = :id")
                .param("r", LocalDateTime.now().minusDays(10)).param("s", LocalDateTime.now().minusDays(5)).param("id", caseId).update();
        People.signOut();
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean viaScheduler = i % 2 == 0;
            runs.add(two.submit(() -> {
                start.await();
                if (viaScheduler) {
                    clockJob.tick();
                } else {
                    deadlines.check();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        two.shutdown();
        assertThat(cases.details(caseId).events()).extracting(CaseEvent::kind)
                .containsOnlyOnce(CaseEventKind.LATE, CaseEventKind.ESCALATED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'CASE_FOR_OFFICE_ESCALATED'")
                .param("u", coordinator.id()).query(Integer.class).single()).as("the coordinator is told once").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'CASE_FOR_OFFICE_LATE'")
                .param("u", lead.id()).query(Integer.class).single()).as("the lead is told once").isEqualTo(1);
    }

    private SignedInUser asUser(Long id) {
        String email = jdbc.sql("SELECT email FROM account_user WHERE id = :id").param("id", id).query(String.class).single();
        return new SignedInUser(id, email, "居民", true, java.util.EnumSet.of(Role.RESIDENT), null);
    }
}
