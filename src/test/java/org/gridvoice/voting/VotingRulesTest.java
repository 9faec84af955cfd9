package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class VotingRulesTest {

    @Autowired VotingRulesService voting;
    @Autowired ConsultationService consultations;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser committee;
    private Long consultation;

    @BeforeEach
    void consultationForGridsOneAndTwoInProposals() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "投票规则" + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private void openVoting() {
        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("结束征集"));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束讨论"));
    }

    private long electors() {
        return jdbc.sql("SELECT COUNT(*) FROM voting_elector WHERE consultation_id = :c").param("c", consultation).query(Long.class).single();
    }

    @Test
    void the_committee_sets_approval_voting_and_the_rules_lock_when_voting_opens() {
        voting.setRules(consultation, new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 20, 50, ResultVisibility.AFTER_OWN_VOTE, false));
        assertThat(voting.rules(consultation).form().approvalsPerVoter()).isEqualTo(2);
        openVoting();
        assertThat(voting.rules(consultation).locked()).isTrue();
        assertThatThrownBy(() -> voting.setRules(consultation, VotingRulesForm.defaults()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.rules-locked")).isTrue());
        assertThat(voting.rules(consultation).form().method()).isEqualTo(VotingMethod.APPROVAL);
    }

    @Test
    void bad_rules_and_other_communities_are_refused() {
        assertThatThrownBy(() -> voting.setRules(consultation, new VotingRulesForm(VotingMethod.APPROVAL, null, 1, 0, 50,
                ResultVisibility.LIVE, false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("approvalsPerVoter", "voting.error.approval-needs-k-m")).isTrue());
        assertThatThrownBy(() -> voting.setRules(consultation, new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 101, 0,
                ResultVisibility.LIVE, false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.concerns("quorumPercent", "validation.max")).isTrue();
                    assertThat(e.concerns("thresholdPercent", "validation.min")).isTrue();
                });
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> voting.setRules(consultation, VotingRulesForm.defaults())).isInstanceOf(AccessDeniedException.class);
        assertThat(voting.rules(consultation).version()).isZero();
    }

    @Test
    void the_electorate_is_the_verified_residents_of_the_scope_when_voting_opens_and_later_ones_do_not_join() {
        SignedInUser gridOne = people.verifiedResidentOf(1L);
        SignedInUser gridTwo = people.verifiedResidentOf(2L);
        SignedInUser gridThree = people.verifiedResidentOf(3L);
        SignedInUser unverified = people.resident();
        openVoting();
        assertThat(voting.isElector(consultation, gridOne.id())).isTrue();
        assertThat(voting.isElector(consultation, gridTwo.id())).isTrue();
        assertThat(voting.isElector(consultation, gridThree.id())).as("outside the scope").isFalse();
        assertThat(voting.isElector(consultation, unverified.id())).isFalse();
        long size = electors();
        SignedInUser latecomer = people.verifiedResidentOf(1L);
        assertThat(voting.isElector(consultation, latecomer.id())).isFalse();
        assertThat(electors()).isEqualTo(size);
    }

    @Test
    void under_the_household_rule_the_electorate_counts_households() {
        People.actAs(committee);
        voting.setRules(consultation, new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 30, 50, ResultVisibility.LIVE, true));
        people.verifiedResidentOf(1L);
        people.verifiedResidentOf(1L);
        openVoting();
        // every test resident lives at 1号楼 1单元 101 of their grid: one household per grid
        long households = jdbc.sql("SELECT COUNT(DISTINCT household_key) FROM voting_elector WHERE consultation_id = :c")
                .param("c", consultation).query(Long.class).single();
        assertThat(voting.electorate(consultation)).isEqualTo(households).isLessThan(electors());
    }
}
