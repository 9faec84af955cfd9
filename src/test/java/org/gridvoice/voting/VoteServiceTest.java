package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@GridVoiceTest
class VoteServiceTest {

    @Autowired VoteService votes;
    @Autowired VotingRulesService rules;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired AuditLog audit;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ResultService results;
    @Autowired TransactionTemplate transaction;

    private SignedInUser committee;
    private Long consultation;
    private Long a;
    private Long b;
    private Long c;
    private Long notQualified;
    private SignedInUser elector;
    private SignedInUser housemate;

    @BeforeEach
    void ballotOfThreeQualifiedProposals() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "投票" + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(consultation);
        SignedInUser author = people.verifiedResidentOf(1L);
        People.actAs(author);
        a = proposals.create(new ProposalForm(consultation, "提案甲", "内容", environment, null, null));
        b = proposals.create(new ProposalForm(consultation, "提案乙", "内容", environment, null, null));
        c = proposals.create(new ProposalForm(consultation, "提案丙", "内容", environment, null, null));
        notQualified = proposals.create(new ProposalForm(consultation, "无人附议", "内容", environment, null, null));
        People.actAs(people.verifiedResidentOf(2L));
        proposals.endorse(a);
        proposals.endorse(b);
        proposals.endorse(c);
        elector = people.verifiedResidentOf(1L);
        housemate = people.verifiedResidentOf(1L);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private void openVoting(VotingRulesForm form) {
        People.actAs(committee);
        rules.setRules(consultation, form);
        consultations.closePhaseEarly(consultation, new ReasonForm("结束征集"));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束讨论"));
    }

    private static VotingRulesForm yesNo(boolean household) {
        return new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, household);
    }

    @Test
    void an_elector_votes_changes_the_vote_and_only_the_latest_counts_with_a_new_receipt_each_time() {
        openVoting(yesNo(false));
        People.actAs(elector);
        String first = votes.cast(consultation, new BallotForm(Map.of(a, 1, b, -1)));
        String second = votes.cast(consultation, new BallotForm(Map.of(a, -1, c, 0)));
        assertThat(second).isNotEqualTo(first).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(votes.myBallot(consultation)).get().satisfies(mine -> {
            assertThat(mine.choices()).isEqualTo(Map.of(a, -1, c, 0));
            assertThat(mine.receipt()).isEqualTo(second);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", consultation)
                .query(Long.class).single()).isEqualTo(1);
        audit.seal(Integer.MAX_VALUE);
        // the consultation's other entries (publication, early closes, rules locked) are the committee's
        assertThat(jdbc.sql("SELECT kind FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND kind LIKE 'VOTE%' ORDER BY seq")
                .param("c", consultation).query(String.class).list()).containsExactly("VOTE_CAST", "VOTE_CHANGED");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_vote_closed_by_another_app_instance_is_refused_here_although_this_instance_still_held_it_open() {
        openVoting(yesNo(false));
        People.actAs(elector);
        votes.cast(consultation, new BallotForm(Map.of(a, 1)));
        // another instance closes the vote: only the shared database changes, no event reaches this one
        jdbc.sql("UPDATE consultation SET voting_close_at = :now WHERE id = :c")
                .param("now", LocalDateTime.now().minusSeconds(1)).param("c", consultation).update();

        People.actAs(housemate);
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.phase")).isTrue());
        People.actAs(elector);
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(b, -1))))
                .as("a change after the close elsewhere").isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", consultation)
                .query(Long.class).single()).as("only the cast before the close").isEqualTo(1);
        assertThat(votes.myBallot(consultation)).get().satisfies(mine -> assertThat(mine.choices()).isEqualTo(Map.of(a, 1)));
    }

    @Test
    void ballots_keep_no_identity_and_nobody_else_sees_a_vote() {
        openVoting(yesNo(false));
        People.actAs(elector);
        votes.cast(consultation, new BallotForm(Map.of(a, 1)));
        String voterRef = jdbc.sql("SELECT voter_ref FROM voting_ballot WHERE consultation_id = :c").param("c", consultation)
                .query(String.class).single();
        assertThat(voterRef).startsWith("p-").doesNotContain(elector.id().toString()).doesNotContain(elector.email());
        People.actAs(committee);
        assertThat(votes.myBallot(consultation)).isEmpty();
        audit.seal(Integer.MAX_VALUE);
        assertThat(jdbc.sql("SELECT payload FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND kind = 'VOTE_CAST'").param("c", consultation)
                .query(String.class).single()).doesNotContain(elector.email());
    }

    @Test
    void non_electors_wrong_phase_and_proposals_off_the_ballot_are_refused_and_nothing_is_stored() {
        People.actAs(elector);
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.phase")).isTrue());
        openVoting(yesNo(false));
        People.actAs(people.verifiedResidentOf(1L));
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, 1))))
                .as("verified after voting opened").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.concerns(null, "voting.error.not-elector")).isTrue());
        People.actAs(elector);
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(notQualified, 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.not-on-ballot")).isTrue());
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, 5))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.choice")).isTrue());
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.empty")).isTrue());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", consultation)
                .query(Long.class).single()).isZero();
    }

    @Test
    void approval_allows_at_most_k_picks_and_rankings_need_no_duplicates_or_gaps() {
        openVoting(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.LIVE, false));
        People.actAs(elector);
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, 1, b, 1, c, 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.too-many")).isTrue());
        assertThat(votes.cast(consultation, new BallotForm(Map.of(a, 1, c, 1)))).isNotBlank();
    }

    @Test
    void a_ranking_with_a_duplicate_or_a_gap_is_refused() {
        openVoting(new VotingRulesForm(VotingMethod.RANKED, null, null, 0, 50, ResultVisibility.LIVE, false));
        People.actAs(elector);
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, 1, b, 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.ranking")).isTrue());
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, 1, b, 3))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.ranking")).isTrue());
        assertThat(votes.cast(consultation, new BallotForm(Map.of(a, 2, b, 1, c, 3)))).isNotBlank();
    }

    @Test
    void under_the_household_rule_the_first_voter_of_a_household_votes_for_it() {
        openVoting(yesNo(true));
        People.actAs(elector);
        votes.cast(consultation, new BallotForm(Map.of(a, 1)));
        People.actAs(housemate);
        assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, -1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.household-voted")).isTrue());
        assertThat(votes.myBallot(consultation)).get().extracting(MyBallot::choices).isEqualTo(Map.of(a, 1));
        People.actAs(elector);
        votes.cast(consultation, new BallotForm(Map.of(a, 0)));
        assertThat(votes.myBallot(consultation)).get().extracting(MyBallot::choices).isEqualTo(Map.of(a, 0));
    }

    @Test
    void concurrent_changes_by_one_voter_leave_exactly_one_ballot_and_no_lost_update() throws Exception {
        openVoting(yesNo(false));
        var auth = UsernamePasswordAuthenticationToken.authenticated(elector, null, elector.getAuthorities());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> receipts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int value = i % 3 - 1;
            receipts.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                try {
                    return votes.cast(consultation, new BallotForm(Map.of(a, value, b, value)));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        for (Future<String> receipt : receipts) {
            assertThat(receipt.get()).isNotBlank();
        }
        pool.shutdown();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", consultation)
                .query(Long.class).single()).isEqualTo(1);
        List<Integer> values = jdbc.sql("SELECT value FROM voting_choice WHERE consultation_id = :c").param("c", consultation)
                .query(Integer.class).list();
        assertThat(values).hasSize(2).as("both choices come from the same, latest cast").containsOnly(values.getFirst());
        assertThat(jdbc.sql("SELECT changes FROM voting_ballot WHERE consultation_id = :c").param("c", consultation)
                .query(Integer.class).single()).isEqualTo(19);
    }

    @Test
    void a_close_waits_for_a_vote_in_flight_counts_it_and_chains_its_audit_entry_before_the_result() throws Exception {
        openVoting(yesNo(false));
        var voter = UsernamePasswordAuthenticationToken.authenticated(elector, null, elector.getAuthorities());
        var closer = UsernamePasswordAuthenticationToken.authenticated(committee, null, committee.getAuthorities());
        CountDownLatch cast = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> vote = pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(voter);
                try {
                    return transaction.execute(status -> {
                        String receipt = votes.cast(consultation, new BallotForm(Map.of(a, 1)));
                        cast.countDown();
                        try {
                            // the vote's transaction stays open while the committee closes
                            release.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return receipt;
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            assertThat(cast.await(20, TimeUnit.SECONDS)).isTrue();
            Future<?> close = pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(closer);
                try {
                    consultations.closePhaseEarly(consultation, new ReasonForm("提前结束投票"));
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
            Thread.sleep(700);
            assertThat(close.isDone()).as("the close waits for the vote in flight").isFalse();
            release.countDown();
            String receipt = vote.get(20, TimeUnit.SECONDS);
            close.get(20, TimeUnit.SECONDS);

            VotingResult result = results.result(consultation).orElseThrow();
            assertThat(result.turnout()).as("the vote that was in flight is counted").isEqualTo(1);
            assertThat(result.lines()).filteredOn(l -> l.proposalId().equals(a)).singleElement().extracting(ResultLine::yes).isEqualTo(1);
            long castSeq = jdbc.sql("SELECT seq FROM audit_entry WHERE object_id = :c AND kind = 'VOTE_CAST' AND payload LIKE :r")
                    .param("c", consultation).param("r", receipt + " %").query(Long.class).single();
            long resultSeq = jdbc.sql("SELECT seq FROM audit_entry WHERE hash = :h").param("h", result.chainHead()).query(Long.class).single();
            assertThat(castSeq).as("the vote's entry is chained before the result's, under the published head").isLessThan(resultSeq);
            People.actAs(elector);
            assertThatThrownBy(() -> votes.cast(consultation, new BallotForm(Map.of(a, -1))))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "voting.error.phase")).isTrue());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void a_vote_is_recorded_in_its_transaction_and_chained_by_the_sealer_within_seconds() throws Exception {
        openVoting(yesNo(false));
        People.actAs(elector);
        String receipt = votes.cast(consultation, new BallotForm(Map.of(b, 0)));
        String voterRef = audit.pseudonym(elector.id(), "consultation-" + consultation);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        List<String> chained = List.of();
        while (chained.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            chained = jdbc.sql("SELECT payload FROM audit_entry WHERE actor_ref = :v").param("v", voterRef).query(String.class).list();
        }
        assertThat(chained).as("chained by the scheduled sealer, without anyone asking").containsExactly(receipt + " {" + b + "=0}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_queue WHERE actor_ref = :v").param("v", voterRef).query(Long.class).single())
                .as("and no longer queued").isZero();
        assertThat(audit.verify().intact()).isTrue();
    }
}
