package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The vote's decisions on the chain: rules locked with the electorate, the result, a tie break and the statement, by hash. */
@GridVoiceTest
class VotingChainTest {

    @Autowired VotingFixture fixture;
    @Autowired VotingRulesService rules;
    @Autowired ResultService results;
    @Autowired OutcomeService outcomes;
    @Autowired ConsultationService consultations;
    @Autowired AuditTrail trail;
    @Autowired AuditLog audit;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private List<AuditEntry> entries(String kind) {
        return trail.entriesFor("consultation", fixture.consultation).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    @Test
    void rules_lock_once_when_voting_opens_with_every_rule_and_the_size_of_the_electorate() {
        fixture.threeProposalsOnTheBallot("规则上链");
        fixture.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 20, 50, ResultVisibility.AFTER_OWN_VOTE, false));

        assertThat(entries("VOTING_RULES_LOCKED")).singleElement().satisfies(e -> {
            assertThat(e.actorRef()).as("opened by the committee's early close").isEqualTo("committee:" + fixture.committee.id());
            assertThat(e.payload()).isEqualTo("method APPROVAL, approvalsPerVoter 2, acceptedCount 1, quorumPercent 20, thresholdPercent 50,"
                    + " visibility AFTER_OWN_VOTE, onePerHousehold false, electorate " + rules.electorate(fixture.consultation));
        });
        assertThat(rules.electorate(fixture.consultation)).isPositive();
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> rules.setRules(fixture.consultation, VotingRulesForm.defaults())).isInstanceOf(InvalidInput.class);
        assertThat(entries("VOTING_RULES_LOCKED")).hasSize(1);
    }

    @Test
    void rules_locked_by_the_phase_clock_name_the_clock() throws Exception {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        var committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime now = LocalDateTime.now();
        Long id = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "时钟开票" + System.nanoTime(), "说明", true,
                Set.of(), Set.of(environment), now.minusDays(2), now.minusDays(1), now.plusSeconds(2), now.plusDays(7), 1));
        consultations.publish(id);
        People.signOut();
        Thread.sleep(2500);
        consultations.advancePhases();

        assertThat(trail.entriesFor("consultation", id)).filteredOn(e -> e.kind().equals("VOTING_RULES_LOCKED")).singleElement()
                .satisfies(e -> assertThat(e.actorRef()).isEqualTo("clock"));
    }

    @Test
    void the_result_entry_is_the_chain_head_the_result_shows_and_the_page_finds_it() {
        fixture.threeProposalsOnTheBallot("结果上链");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.closeEarly();

        AuditEntry published = entries("RESULT_PUBLISHED").getFirst();
        assertThat(entries("RESULT_PUBLISHED")).hasSize(1);
        assertThat(published.hash()).isEqualTo(results.result(fixture.consultation).orElseThrow().chainHead());
        assertThat(results.chainEntry(fixture.consultation)).contains(published.seq());
        assertThat(entries("PHASE_CLOSED_EARLY")).extracting(AuditEntry::payload)
                .allMatch(p -> p.startsWith("PROPOSALS at ") || p.startsWith("DELIBERATION at ") || p.startsWith("VOTING at "))
                .hasSize(3);
    }

    @Test
    void a_tie_break_carries_the_chosen_proposals_and_the_reasons_hash_and_a_refused_one_nothing() {
        fixture.threeProposalsOnTheBallot("平局上链");
        fixture.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, 1));
        fixture.vote(1, Map.of(fixture.a, 1, fixture.b, 1));
        fixture.vote(2, Map.of(fixture.c, 1));
        fixture.closeEarly();

        People.actAs(fixture.voters[0]);
        assertThatThrownBy(() -> outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(fixture.a), "我来定")))
                .isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(fixture.c), "丙更急")))
                .isInstanceOf(InvalidInput.class);
        assertThat(entries("TIE_BROKEN")).isEmpty();

        outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(fixture.b), " 乙的费用更低 "));

        assertThat(entries("TIE_BROKEN")).singleElement().satisfies(e -> {
            assertThat(e.actorRef()).isEqualTo("committee:" + fixture.committee.id());
            assertThat(e.payload()).isEqualTo("accepted [" + fixture.b + "], reason sha256 " + AuditRecord.textHash("乙的费用更低"))
                    .doesNotContain("乙");
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void the_outcome_statement_is_one_entry_with_its_hash_and_a_refused_one_adds_none() {
        fixture.threeProposalsOnTheBallot("声明上链");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> outcomes.publishStatement(fixture.consultation, new OutcomeStatementForm("太早")))
                .isInstanceOf(InvalidInput.class);
        fixture.closeEarly();
        People.actAs(fixture.voters[1]);
        assertThatThrownBy(() -> outcomes.publishStatement(fixture.consultation, new OutcomeStatementForm("居民冒充")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entries("OUTCOME_PUBLISHED")).isEmpty();

        People.actAs(fixture.committee);
        outcomes.publishStatement(fixture.consultation, new OutcomeStatementForm("**甲通过**，下周送街道。"));
        assertThatThrownBy(() -> outcomes.publishStatement(fixture.consultation, new OutcomeStatementForm("改一改")))
                .isInstanceOf(InvalidInput.class);

        assertThat(entries("OUTCOME_PUBLISHED")).singleElement().satisfies(e -> {
            assertThat(e.actorRef()).isEqualTo("committee:" + fixture.committee.id());
            assertThat(e.payload()).isEqualTo("statement sha256 " + AuditRecord.textHash("**甲通过**，下周送街道。"));
        });
    }
}
