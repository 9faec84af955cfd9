package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.budgeting.BudgetFixture;
import org.gridvoice.budgeting.BudgetFunding;
import org.gridvoice.budgeting.BudgetFunding.Outcome;
import org.gridvoice.budgeting.FeasibilityForm;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

@GridVoiceTest
class BudgetVoteTest {

    @Autowired BudgetFixture fixture;
    @Autowired FeasibilityService feasibility;
    @Autowired VotingRulesService rules;
    @Autowired VoteService votes;
    @Autowired ResultService results;
    @Autowired OutcomeService outcomes;
    @Autowired ProposalService proposals;
    @Autowired AuditTrail trail;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.ConfigurableApplicationContext context;

    private Long a;
    private Long b;
    private Long c;
    private Long d;
    private Long e;
    private Long infeasible;
    private SignedInUser[] voters;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private static VotingRulesForm budgetRules(boolean household) {
        return new VotingRulesForm(VotingMethod.BUDGET, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, household);
    }

    /** 200,000 yuan; A 80k, B 70k, C 50k estimated and corrected to 60k, D 40k, E 20k feasible; F 10k not feasible. */
    private void fiveProjectsOpenForVoting(boolean household, int voterCount) {
        fixture.consultation(200_000L, null);
        a = fixture.project("甲 路灯", 80_000);
        b = fixture.project("乙 座椅", 70_000);
        c = fixture.project("丙 绿化", 50_000);
        d = fixture.project("丁 健身器材", 40_000);
        e = fixture.project("戊 宣传栏", 20_000);
        infeasible = fixture.project("己 游泳池", 10_000);
        People.actAs(fixture.committee);
        for (Long p : List.of(a, b, d, e)) {
            feasibility.review(p, new FeasibilityForm(true, "可行", null, null));
        }
        feasibility.review(c, new FeasibilityForm(true, "可行", 60_000L, "含土方"));
        feasibility.review(infeasible, new FeasibilityForm(false, "没有场地", null, null));
        rules.setRules(fixture.consultation, budgetRules(household));
        voters = new SignedInUser[voterCount];
        for (int i = 0; i < voterCount; i++) {
            // one household per voter unless the test wants them together
            voters[i] = people.verifiedResidentOf(1L);
            if (!household) {
                jdbc.sql("UPDATE account_residency SET room = :r WHERE user_id = :u").param("r", "10" + i).param("u", voters[i].id()).update();
            }
        }
        fixture.deliberate();
        fixture.openVoting();
    }

    private String vote(int voter, Long... picks) {
        People.actAs(voters[voter]);
        Map<Long, Integer> choices = new java.util.HashMap<>();
        for (Long p : picks) {
            choices.put(p, 1);
        }
        return votes.cast(fixture.consultation, new BallotForm(choices));
    }

    private int ballots() {
        return jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", fixture.consultation).query(Integer.class).single();
    }

    @Test
    void a_budget_consultation_votes_only_by_budget_and_only_it_does() {
        fixture.consultation(200_000L, null);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> rules.setRules(fixture.consultation, new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50,
                ResultVisibility.AFTER_CLOSE, false)))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns("method", "voting.error.budget-method")).isTrue());
        assertThat(rules.rules(fixture.consultation).form().method()).isEqualTo(VotingMethod.BUDGET);
        fixture.consultation(null, null);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> rules.setRules(fixture.consultation, budgetRules(false)))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns("method", "voting.error.budget-method")).isTrue());
    }

    @Test
    void the_ballot_holds_only_the_feasible_projects_at_their_reviewed_costs_fixed_when_voting_opened() {
        fiveProjectsOpenForVoting(false, 1);
        assertThat(rules.rules(fixture.consultation).form().method()).isEqualTo(VotingMethod.BUDGET);
        assertThat(jdbc.sql("SELECT proposal_id, cost_yuan FROM voting_budget_project WHERE consultation_id = :c ORDER BY proposal_id")
                .param("c", fixture.consultation).query((rs, n) -> tuple(rs.getLong(1), rs.getLong(2))).list())
                .containsExactly(tuple(a, 80_000L), tuple(b, 70_000L), tuple(c, 60_000L), tuple(d, 40_000L), tuple(e, 20_000L));
        assertThat(trail.latest("consultation", fixture.consultation, "VOTING_RULES_LOCKED").orElseThrow().payload())
                .contains("method BUDGET").contains("budget 200000");
    }

    @Test
    void a_ballot_over_the_budget_is_refused_by_the_corrected_cost_and_nothing_is_stored() {
        fiveProjectsOpenForVoting(false, 1);
        // 80k + 70k + 50k is within 200k by the estimate; C's reviewed cost is 60k: 210k
        assertThatThrownBy(() -> vote(0, a, b, c))
                .isInstanceOfSatisfying(InvalidInput.class, x -> {
                    assertThat(x.concerns(null, "voting.error.over-budget")).isTrue();
                    assertThat(x.problems().getFirst().args()).containsExactly(210_000L, 200_000L);
                });
        assertThat(ballots()).isZero();
        assertThat(votes.hasVoted(fixture.consultation)).isFalse();
        vote(0, a, b, d);
        assertThat(ballots()).isEqualTo(1);
    }

    @Test
    void a_project_not_on_the_ballot_or_a_value_other_than_one_is_refused() {
        fiveProjectsOpenForVoting(false, 1);
        assertThatThrownBy(() -> vote(0, a, infeasible))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns(null, "voting.error.not-on-ballot")).isTrue());
        People.actAs(voters[0]);
        assertThatThrownBy(() -> votes.cast(fixture.consultation, new BallotForm(Map.of(a, 2))))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns(null, "voting.error.choice")).isTrue());
        assertThat(ballots()).isZero();
    }

    @Test
    void a_voter_changes_the_ballot_until_the_close() {
        fiveProjectsOpenForVoting(false, 1);
        String first = vote(0, a, b);
        String second = vote(0, c, d, e);
        assertThat(second).isNotEqualTo(first);
        People.actAs(voters[0]);
        assertThat(votes.myBallot(fixture.consultation).orElseThrow().choices()).containsOnlyKeys(c, d, e);
        fixture.closeVoting();
        assertThatThrownBy(() -> vote(0, a))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns(null, "voting.error.phase")).isTrue());
        assertThat(results.budgetResult(fixture.consultation).orElseThrow().lines())
                .filteredOn(l -> l.votes() > 0).extracting(BudgetFunding.Line::proposalId).containsExactlyInAnyOrder(c, d, e);
    }

    @Test
    void the_household_rule_still_applies() {
        fiveProjectsOpenForVoting(true, 2);
        vote(0, a);
        assertThatThrownBy(() -> vote(1, b))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns(null, "voting.error.household-voted")).isTrue());
        assertThat(ballots()).isEqualTo(1);
    }

    @Test
    void the_close_funds_by_votes_skipping_the_project_that_no_longer_fits() {
        fiveProjectsOpenForVoting(false, 5);
        List<Long> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
        ApplicationListener<org.springframework.context.ApplicationEvent> listener = ev -> {
            if (ev instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ProposalAccepted pa
                    && pa.consultationId().equals(fixture.consultation)) {
                accepted.add(pa.proposalId());
            }
        };
        context.addApplicationListener(listener);
        try {
            vote(0, a, b, d);
            vote(1, a, b);
            vote(2, a, c);
            vote(3, a, c);
            vote(4, b);
            fixture.closeVoting();
        } finally {
            context.removeApplicationListener(listener);
        }
        BudgetResult result = results.budgetResult(fixture.consultation).orElseThrow();
        assertThat(result.totalYuan()).isEqualTo(200_000L);
        assertThat(result.fundedYuan()).isEqualTo(190_000L);
        assertThat(result.tieWaiting()).isFalse();
        assertThat(result.lines()).containsExactly(
                new BudgetFunding.Line(a, 1, 4, 80_000, Outcome.FUNDED, 120_000),
                new BudgetFunding.Line(b, 2, 3, 70_000, Outcome.FUNDED, 50_000),
                new BudgetFunding.Line(c, 3, 2, 60_000, Outcome.SKIPPED, 50_000),
                new BudgetFunding.Line(d, 4, 1, 40_000, Outcome.FUNDED, 10_000),
                new BudgetFunding.Line(e, 5, 0, 20_000, Outcome.NO_VOTES, 10_000));
        VotingResult stored = results.result(fixture.consultation).orElseThrow();
        assertThat(stored.method()).isEqualTo(VotingMethod.BUDGET);
        assertThat(stored.lines()).filteredOn(ResultLine::accepted).extracting(ResultLine::proposalId).containsExactly(a, b, d);
        assertThat(accepted).containsExactlyInAnyOrder(a, b, d);
        assertThat(proposals.summaryOf(a).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposals.summaryOf(c).status()).isEqualTo(ProposalStatus.NOT_ACCEPTED);
        // the infeasible proposal never reached the ballot and is decided as not accepted
        assertThat(proposals.summaryOf(infeasible).status()).isEqualTo(ProposalStatus.NOT_ACCEPTED);
        assertThat(trail.latest("consultation", fixture.consultation, "RESULT_PUBLISHED").orElseThrow().payload())
                .contains("budget 200000, funded 190000");
    }

    @Test
    void a_tie_waits_for_the_committee_who_funds_its_choice_and_the_rule_goes_on() {
        fixture.consultation(100_000L, null);
        Long p = fixture.project("P 60k", 60_000);
        Long q = fixture.project("Q 50k", 50_000);
        Long r = fixture.project("R 30k", 30_000);
        People.actAs(fixture.committee);
        for (Long id : List.of(p, q, r)) {
            feasibility.review(id, new FeasibilityForm(true, "可行", null, null));
        }
        voters = new SignedInUser[4];
        for (int i = 0; i < 4; i++) {
            voters[i] = people.verifiedResidentOf(2L);
        }
        fixture.deliberate();
        fixture.openVoting();
        vote(0, p, r);
        vote(1, p);
        vote(2, q);
        vote(3, q);
        fixture.closeVoting();
        BudgetResult waiting = results.budgetResult(fixture.consultation).orElseThrow();
        assertThat(waiting.tieWaiting()).isTrue();
        assertThat(waiting.lines()).extracting(BudgetFunding.Line::proposalId, BudgetFunding.Line::outcome)
                .containsExactly(tuple(p, Outcome.TIED), tuple(q, Outcome.TIED), tuple(r, Outcome.WAITING));
        assertThat(waiting.fundedYuan()).isZero();
        assertThat(results.result(fixture.consultation).orElseThrow().lines()).filteredOn(ResultLine::tied)
                .extracting(ResultLine::proposalId).containsExactly(p, q);

        People.actAs(fixture.committee);
        assertThatThrownBy(() -> outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(p, q), "都要")))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns("accepted", "budgeting.error.tie-choice")).isTrue());
        assertThatThrownBy(() -> outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(r), "R")))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns("accepted", "voting.error.not-tied")).isTrue());
        People.actAs(voters[0]);
        assertThatThrownBy(() -> outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(q), "Q")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        People.actAs(fixture.committee);
        outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(q), "Q 受益人多"));
        BudgetResult broken = results.budgetResult(fixture.consultation).orElseThrow();
        assertThat(broken.tieWaiting()).isFalse();
        assertThat(broken.lines()).extracting(BudgetFunding.Line::proposalId, BudgetFunding.Line::outcome)
                .containsExactly(tuple(p, Outcome.SKIPPED), tuple(q, Outcome.FUNDED), tuple(r, Outcome.FUNDED));
        assertThat(broken.fundedYuan()).isEqualTo(80_000L);
        assertThat(results.result(fixture.consultation).orElseThrow().lines()).filteredOn(ResultLine::accepted)
                .extracting(ResultLine::proposalId).containsExactly(q, r);
        assertThat(proposals.summaryOf(q).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposals.summaryOf(r).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposals.summaryOf(p).status()).isEqualTo(ProposalStatus.NOT_ACCEPTED);
        assertThat(outcomes.outcome(fixture.consultation).orElseThrow().tieBreakReason()).isEqualTo("Q 受益人多");
        assertThat(trail.latest("consultation", fixture.consultation, "TIE_BROKEN").orElseThrow().payload())
                .startsWith("chosen [" + q + "], funded [" + q + ", " + r + "], budget left 20000");
        assertThatThrownBy(() -> outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(p), "再来")))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns(null, "voting.error.no-tie")).isTrue());
    }

    @Autowired org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Test
    void a_paper_ballot_over_the_budget_is_refused_the_same_way_and_one_within_it_counts() {
        fiveProjectsOpenForVoting(false, 1);
        SignedInUser witness = people.committeeOf(People.COMMUNITY_XINGFULI);
        jdbc.sql("UPDATE account_user SET password_hash = :h WHERE id = :u").param("h", passwords.encode("见证人密码123"))
                .param("u", witness.id()).update();
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> votes.castOnPaper(fixture.consultation, voters[0].id(), new BallotForm(Map.of(a, 1, b, 1, c, 1)),
                witness.email(), "见证人密码123"))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns(null, "voting.error.over-budget")).isTrue());
        assertThatThrownBy(() -> votes.castOnPaper(fixture.consultation, voters[0].id(), new BallotForm(Map.of(infeasible, 1)),
                witness.email(), "见证人密码123"))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.concerns(null, "voting.error.not-on-ballot")).isTrue());
        assertThat(ballots()).isZero();
        votes.castOnPaper(fixture.consultation, voters[0].id(), new BallotForm(Map.of(a, 1, b, 1)), witness.email(), "见证人密码123");
        fixture.closeVoting();
        assertThat(results.budgetResult(fixture.consultation).orElseThrow().lines()).filteredOn(l -> l.votes() == 1)
                .extracting(BudgetFunding.Line::proposalId).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void before_the_close_there_is_no_budget_result() {
        fiveProjectsOpenForVoting(false, 1);
        vote(0, a);
        assertThat(results.budgetResult(fixture.consultation)).isEmpty();
    }
}
