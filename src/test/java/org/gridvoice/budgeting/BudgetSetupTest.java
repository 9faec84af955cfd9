package org.gridvoice.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridvoice.consultation.Budget;
import org.gridvoice.consultation.BudgetForm;
import org.gridvoice.consultation.ConsultationChange;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class BudgetSetupTest {

    @Autowired BudgetFixture fixture;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void committee_sets_a_budget_and_the_change_record_shows_it() {
        fixture.consultation(200_000L, 80_000L);
        assertThat(consultations.budget(fixture.consultation)).contains(new Budget(fixture.consultation, 200_000L, 80_000L));
        People.actAs(fixture.committee);
        consultations.setBudget(fixture.consultation, new BudgetForm(150_000L, null));
        assertThat(consultations.budget(fixture.consultation)).contains(new Budget(fixture.consultation, 150_000L, null));
        assertThat(consultations.changes(fixture.consultation)).extracting(ConsultationChange::kind, ConsultationChange::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("BUDGET_SET", "200000 / 80000"),
                        org.assertj.core.groups.Tuple.tuple("BUDGET_SET", "150000"));
    }

    @Test
    void an_ordinary_consultation_has_no_budget() {
        fixture.consultation(null, null);
        assertThat(consultations.budget(fixture.consultation)).isEmpty();
    }

    @Test
    void a_cap_above_the_total_is_refused_and_nothing_changes() {
        fixture.consultation(200_000L, null);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> consultations.setBudget(fixture.consultation, new BudgetForm(100_000L, 150_000L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("maxProjectYuan", "consultation.error.budget-cap")).isTrue());
        assertThatThrownBy(() -> consultations.setBudget(fixture.consultation, new BudgetForm(0L, null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(consultations.budget(fixture.consultation).orElseThrow().totalYuan()).isEqualTo(200_000L);
    }

    @Test
    void another_communitys_committee_and_a_resident_cannot_set_the_budget() {
        fixture.consultation(200_000L, null);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> consultations.setBudget(fixture.consultation, new BudgetForm(1_000L, null)))
                .isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.author);
        assertThatThrownBy(() -> consultations.setBudget(fixture.consultation, new BudgetForm(1_000L, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(consultations.budget(fixture.consultation).orElseThrow().totalYuan()).isEqualTo(200_000L);
    }

    @Test
    void the_budget_is_locked_once_voting_opens() {
        fixture.consultation(200_000L, null);
        fixture.project("路灯", 50_000);
        fixture.deliberate();
        People.actAs(fixture.committee);
        consultations.setBudget(fixture.consultation, new BudgetForm(210_000L, null));
        fixture.openVoting();
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> consultations.setBudget(fixture.consultation, new BudgetForm(300_000L, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "consultation.error.budget-locked")).isTrue());
        assertThat(consultations.budget(fixture.consultation).orElseThrow().totalYuan()).isEqualTo(210_000L);
    }

    @Test
    void the_budget_is_removed_only_while_no_proposal_is_costed() {
        fixture.consultation(200_000L, null);
        People.actAs(fixture.committee);
        consultations.setBudget(fixture.consultation, null);
        assertThat(consultations.budget(fixture.consultation)).isEmpty();
        consultations.setBudget(fixture.consultation, new BudgetForm(200_000L, null));
        fixture.project("健身器材", 30_000);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> consultations.setBudget(fixture.consultation, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "consultation.error.budget-costed")).isTrue());
        assertThat(consultations.budget(fixture.consultation)).isPresent();
    }

    @Test
    void a_budget_proposal_needs_a_cost_within_the_cap() {
        fixture.consultation(200_000L, 50_000L);
        People.actAs(fixture.author);
        assertThatThrownBy(() -> proposals.create(new ProposalForm(fixture.consultation, "无费用", "内容", fixture.environment, 1L, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("costYuan", "proposal.error.cost-required")).isTrue());
        assertThatThrownBy(() -> proposals.create(new ProposalForm(fixture.consultation, "太贵", "内容", fixture.environment, 1L, null, false, 50_001L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("costYuan", "proposal.error.cost-over-cap")).isTrue());
        assertThatThrownBy(() -> proposals.create(new ProposalForm(fixture.consultation, "零元", "内容", fixture.environment, 1L, null, false, 0L)))
                .isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE consultation_id = :c").param("c", fixture.consultation)
                .query(Integer.class).single()).isZero();
        Long id = proposals.create(new ProposalForm(fixture.consultation, "刚好", "内容", fixture.environment, 1L, null, false, 50_000L));
        assertThat(proposals.costEstimate(id)).contains(50_000L);
    }

    @Test
    void without_a_cap_the_total_is_the_limit() {
        fixture.consultation(200_000L, null);
        People.actAs(fixture.author);
        assertThatThrownBy(() -> proposals.create(new ProposalForm(fixture.consultation, "超总额", "内容", fixture.environment, 1L, null, false, 200_001L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("costYuan", "proposal.error.cost-over-cap")).isTrue());
    }

    @Test
    void a_new_version_is_checked_and_keeps_the_new_cost() {
        fixture.consultation(200_000L, 50_000L);
        People.actAs(fixture.author);
        Long id = proposals.create(new ProposalForm(fixture.consultation, "座椅", "内容", fixture.environment, 1L, null, false, 20_000L));
        long version = proposals.details(id).version();
        assertThatThrownBy(() -> proposals.edit(id, version, new ProposalForm(fixture.consultation, "座椅", "新内容", fixture.environment, 1L, null, false, 60_000L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("costYuan", "proposal.error.cost-over-cap")).isTrue());
        assertThat(proposals.costEstimate(id)).contains(20_000L);
        proposals.edit(id, version, new ProposalForm(fixture.consultation, "座椅", "新内容", fixture.environment, 1L, null, false, 25_000L));
        assertThat(proposals.costEstimate(id)).contains(25_000L);
    }

    @Test
    void an_ordinary_consultation_refuses_a_cost() {
        fixture.consultation(null, null);
        People.actAs(fixture.author);
        assertThatThrownBy(() -> proposals.create(new ProposalForm(fixture.consultation, "有费用", "内容", fixture.environment, 1L, null, false, 1_000L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("costYuan", "proposal.error.cost-not-budget")).isTrue());
        Long id = proposals.create(new ProposalForm(fixture.consultation, "无费用", "内容", fixture.environment, 1L, null));
        assertThat(proposals.costEstimate(id)).isEmpty();
    }
}
