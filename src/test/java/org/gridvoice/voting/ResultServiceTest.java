package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@GridVoiceTest
@RecordApplicationEvents
class ResultServiceTest {

    @Autowired ResultService results;
    @Autowired VoteService votes;
    @Autowired VotingRulesService rules;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Autowired VotingFixture fixture;

    private Long consultation;
    private Long a;
    private Long b;
    private Long c;

    @BeforeEach
    void threeProposalsOnTheBallot() {
        fixture.threeProposalsOnTheBallot("结果");
        consultation = fixture.consultation;
        a = fixture.a;
        b = fixture.b;
        c = fixture.c;
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private void open(VotingRulesForm form) {
        fixture.open(form);
    }

    private void vote(int voter, Map<Long, Integer> choices) {
        fixture.vote(voter, choices);
    }

    private VotingResult closeEarly() {
        fixture.closeEarly();
        return results.result(consultation).orElseThrow();
    }

    @Test
    void yes_no_counts_are_exact_the_threshold_decides_and_the_accepted_are_announced_once() {
        open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        vote(0, Map.of(a, 1, b, -1));
        vote(1, Map.of(a, 1, b, 1));
        vote(2, Map.of(a, -1, b, -1, c, 0));
        vote(2, Map.of(a, 0, b, -1, c, 0));
        assertThat(results.result(consultation)).as("nothing before close").isEmpty();

        VotingResult result = closeEarly();
        assertThat(result.turnout()).isEqualTo(3);
        assertThat(result.quorumMet()).isTrue();
        assertThat(result.lines()).extracting(ResultLine::proposalId, ResultLine::yes, ResultLine::no, ResultLine::abstentions,
                ResultLine::accepted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a, 2, 0, 1, true),
                org.assertj.core.groups.Tuple.tuple(b, 1, 2, 0, false),
                org.assertj.core.groups.Tuple.tuple(c, 0, 0, 1, false));
        assertThat(events.stream(ProposalAccepted.class).filter(e -> e.consultationId().equals(consultation)))
                .extracting(ProposalAccepted::proposalId).containsExactly(a);
        assertThat(jdbc.sql("SELECT kind FROM audit_entry WHERE hash = :h").param("h", result.chainHead()).query(String.class).single())
                .isEqualTo("RESULT_PUBLISHED");

        consultations.advancePhases();
        assertThat(results.result(consultation)).get().isEqualTo(result);
        assertThat(events.stream(ConsultationClosed.class).filter(e -> e.consultationId().equals(consultation))).hasSize(1);
    }

    @Test
    void without_the_quorum_nothing_is_accepted() {
        open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 100, 50, ResultVisibility.AFTER_CLOSE, false));
        vote(0, Map.of(a, 1));
        VotingResult result = closeEarly();
        assertThat(result.electorate()).isGreaterThan(result.turnout());
        assertThat(result.quorumMet()).isFalse();
        assertThat(result.lines()).noneMatch(ResultLine::accepted);
    }

    @Test
    void approval_accepts_the_top_m_and_reports_a_tie_at_the_boundary() {
        open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        vote(0, Map.of(a, 1, b, 1));
        vote(1, Map.of(a, 1, b, 1));
        vote(2, Map.of(c, 1));
        VotingResult result = closeEarly();
        assertThat(result.lines()).extracting(ResultLine::proposalId, ResultLine::approvals, ResultLine::accepted, ResultLine::tied)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(a, 2, false, true),
                        org.assertj.core.groups.Tuple.tuple(b, 2, false, true),
                        org.assertj.core.groups.Tuple.tuple(c, 1, false, false));
    }

    @Test
    void a_ranked_vote_is_counted_by_instant_runoff_with_every_round_published() {
        open(new VotingRulesForm(VotingMethod.RANKED, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        vote(0, Map.of(a, 1, b, 2));
        vote(1, Map.of(b, 1, c, 2));
        vote(2, Map.of(c, 1, b, 2));
        VotingResult result = closeEarly();
        assertThat(result.lines()).filteredOn(ResultLine::accepted).extracting(ResultLine::proposalId).containsExactly(b);
        var rounds = results.rounds(consultation);
        assertThat(rounds).hasSize(2);
        assertThat(rounds.getFirst().votes()).isEqualTo(Map.of(a, 1, b, 1, c, 1));
        assertThat(rounds.getFirst().eliminated()).isEqualTo(a);
        assertThat(rounds.get(1).votes()).isEqualTo(Map.of(b, 2, c, 1));
        assertThat(rounds.get(1).eliminated()).isNull();
    }
}
