package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.budgeting.BudgetFixture;
import org.gridvoice.budgeting.FeasibilityForm;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingRulesService;
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
 * A funded project's case: the office reports milestones with a day and a percent, residents read the progress and
 * the milestones on its page, the resolution says what it cost, and every figure is on the public audit chain.
 */
@GridVoiceTest
class FundedCaseProgressTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final long GRID_STATION_MEIYUAN = 2L;

    @Autowired BudgetFixture budget;
    @Autowired VotingFixture fixture;
    @Autowired FeasibilityService feasibility;
    @Autowired VotingRulesService rules;
    @Autowired VoteService votes;
    @Autowired CaseService cases;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseChainService chain;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser officer;
    private Long funded;
    private Long ordinary;

    /**
     * A budget vote of 200,000 yuan funds 甲 (estimated 50,000, corrected to 60,000 in review) and 乙; an ordinary
     * vote of the same community accepts a proposal too. Both are routed to 幸福里's grid station and accepted.
     */
    @BeforeEach
    void aFundedAndAnOrdinaryCase() {
        budget.consultation(200_000L, null);
        Long first = budget.project("甲 休闲座椅", 50_000);
        Long second = budget.project("乙 路灯", 70_000);
        People.actAs(budget.committee);
        feasibility.review(first, new FeasibilityForm(true, "可行", 60_000L, "含基础施工"));
        feasibility.review(second, new FeasibilityForm(true, "可行", null, null));
        rules.setRules(budget.consultation, new VotingRulesForm(VotingMethod.BUDGET, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        SignedInUser voter = people.verifiedResidentOf(1L);
        budget.deliberate();
        budget.openVoting();
        People.actAs(voter);
        votes.cast(budget.consultation, new BallotForm(Map.of(first, 1, second, 1)));
        budget.closeVoting();

        fixture.threeProposalsOnTheBallot("预算");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.closeEarly();

        officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        People.actAs(budget.committee);
        funded = routing.route(first, new RouteForm(null));
        People.actAs(fixture.committee);
        ordinary = routing.route(fixture.a, new RouteForm(null));
        People.actAs(officer);
        workflow.accept(funded, null);
        workflow.accept(ordinary, null);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private int rows(Long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_event WHERE case_id = :c").param("c", caseId).query(Integer.class).single();
    }

    @Test
    void milestones_move_the_progress_and_the_resolution_says_what_it_cost() {
        People.signOut();
        CaseBudget before = cases.budget(funded).orElseThrow();
        assertThat(before.budgetYuan()).as("the reviewed cost it was funded at").isEqualTo(60_000);
        assertThat(before.percent()).isZero();
        assertThat(before.milestones()).isEmpty();
        assertThat(cases.budget(ordinary)).as("an ordinary case has no budget").isEmpty();

        People.actAs(officer);
        LocalDate today = LocalDate.now();
        workflow.progress(funded, new ProgressForm("完成设计和招标", today.minusDays(3), 20));
        workflow.progress(funded, new ProgressForm("座椅安装过半", today, 50));
        People.signOut();
        CaseBudget half = cases.budget(funded).orElseThrow();
        assertThat(half.percent()).isEqualTo(50);
        assertThat(half.milestones()).extracting(CaseBudget.Milestone::title, CaseBudget.Milestone::percent, CaseBudget.Milestone::reachedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("座椅安装过半", 50, today),
                        org.assertj.core.groups.Tuple.tuple("完成设计和招标", 20, today.minusDays(3)));
        assertThat(half.milestones().getFirst().officeName()).isNotBlank();
        assertThat(half.spentYuan()).isNull();
        assertThat(cases.details(funded).status()).as("the first milestone starts the work").isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(cases.details(funded).events()).extracting(CaseEvent::kind).contains(CaseEventKind.PROGRESS);

        People.actAs(officer);
        assertThatThrownBy(() -> workflow.resolve(funded, new CaseNoteForm("完工", null)))
                .as("a funded project is resolved with its spend").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("casework.error.spend-required");
        assertThatThrownBy(() -> workflow.resolve(funded, new CaseNoteForm("完工", null), List.of(), List.of(), -1L))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.spend-range");
        assertThat(cases.details(funded).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        workflow.resolve(funded, new CaseNoteForm("座椅全部安装完成", null), List.of(), List.of(), 57_800L);

        People.signOut();
        CaseBudget done = cases.budget(funded).orElseThrow();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.spentYuan()).isEqualTo(57_800);
        assertThat(done.milestones()).hasSize(2);
        assertThat(chain.verify(funded).mismatch()).as("every milestone and the spend are on the chain as stored").isNull();
        assertThat(chain.verify(funded).matched()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void bad_reports_and_other_people_change_nothing() {
        People.actAs(officer);
        int before = rows(funded);
        assertThatThrownBy(() -> workflow.progress(funded, new ProgressForm("明天的事", LocalDate.now().plusDays(1), 30)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.progress-future");
        assertThatThrownBy(() -> workflow.progress(funded, new ProgressForm("全部完成", LocalDate.now(), 100)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.progress-done");
        assertThatThrownBy(() -> workflow.progress(funded, new ProgressForm(" ", LocalDate.now(), 30)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> workflow.progress(funded, new ProgressForm("超出", LocalDate.now(), 130)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> workflow.progress(ordinary, new ProgressForm("进度", LocalDate.now(), 30)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.not-budget");
        assertThatThrownBy(() -> workflow.resolve(ordinary, new CaseNoteForm("完工", null), List.of(), List.of(), 100L))
                .as("only a funded project has a spend").isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.not-budget");

        People.actAs(people.create(Role.OFFICER, GRID_STATION_MEIYUAN));
        assertThatThrownBy(() -> workflow.progress(funded, new ProgressForm("别人的项目", LocalDate.now(), 30)))
                .isInstanceOfAny(AccessDeniedException.class, InvalidInput.class);
        People.actAs(fixture.voters[0]);
        assertThatThrownBy(() -> workflow.progress(funded, new ProgressForm("居民", LocalDate.now(), 30)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(rows(funded)).as("refused reports leave no trace").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_progress p JOIN casework_event e ON e.id = p.event_id WHERE e.case_id = :c")
                .param("c", funded).query(Integer.class).single()).isZero();
        People.actAs(officer);
        workflow.resolve(ordinary, new CaseNoteForm("完工", null));
        assertThat(cases.details(ordinary).status()).as("an ordinary case resolves as before").isEqualTo(CaseStatus.RESOLVED);
    }
}
