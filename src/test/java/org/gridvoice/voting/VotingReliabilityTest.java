package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
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

/**
 * Many voters changing their votes at once, on several threads, with the same voter's casts
 * racing each other: every cast commits without error, exactly one ballot per voter remains and
 * it is, whole, the one whose receipt was stored last; the result counts exactly those ballots,
 * and the audit chain holds one intact entry per cast. Nothing here retries: a deadlock or a lock
 * timeout is a failure.
 */
@GridVoiceTest
class VotingReliabilityTest {

    private static final int THREADS = 8;

    @Autowired VoteService votes;
    @Autowired VotingRulesService rules;
    @Autowired ResultService results;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired AuditLog audit;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser committee;
    private Long consultation;
    private List<Long> ballot;

    /** One cast as submitted: which voter, which choices. */
    private record Cast(int voter, Map<Long, Integer> choices) {
    }

    @BeforeEach
    void fourQualifiedProposals() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "可靠性" + System.nanoTime(), "说明",
                false, Set.of(People.GRID_XINGFULI_1), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        ballot = new ArrayList<>();
        for (String title : List.of("甲", "乙", "丙", "丁")) {
            ballot.add(proposals.create(new ProposalForm(consultation, "提案" + title, "内容", environment, null, null)));
        }
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        ballot.forEach(proposals::endorse);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void two_hundred_voters_changing_approval_votes_twenty_times_concurrently_are_counted_exactly() throws Exception {
        Random random = new Random(20240601);
        VotingResult result = election(new VotingRulesForm(VotingMethod.APPROVAL, 2, 2, 0, 50, ResultVisibility.AFTER_CLOSE, false),
                200, 20, () -> {
                    List<Long> shuffled = new ArrayList<>(ballot);
                    Collections.shuffle(shuffled, random);
                    return shuffled.subList(0, 1 + random.nextInt(2)).stream().collect(Collectors.toMap(id -> id, id -> 1));
                }, random,
                winners -> ballot.stream().collect(Collectors.toMap(id -> id, id -> (int) winners.stream().filter(w -> w.containsKey(id)).count())));
        assertThat(result.method()).isEqualTo(VotingMethod.APPROVAL);
    }

    @Test
    void one_hundred_voters_changing_yes_no_abstain_votes_ten_times_concurrently_are_counted_exactly() throws Exception {
        Random random = new Random(7);
        election(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false),
                100, 10, () -> {
                    Map<Long, Integer> choices = new HashMap<>();
                    for (Long id : ballot) {
                        if (choices.isEmpty() || random.nextInt(4) > 0) {
                            choices.put(id, random.nextInt(3) - 1);
                        }
                    }
                    return choices;
                }, random, null);
    }

    /**
     * Opens voting with {@code voters} fresh electors, has each cast {@code castsPerVoter} ballots
     * in one shuffled stream of casts run by {@link #THREADS} threads, closes the vote and checks
     * everything; {@code expectedApprovals} is null for yes/no/abstain (checked per value instead).
     */
    private VotingResult election(VotingRulesForm form, int voters, int castsPerVoter, java.util.function.Supplier<Map<Long, Integer>> ballots,
                                  Random random, Function<List<Map<Long, Integer>>, Map<Long, Integer>> expectedApprovals) throws Exception {
        long started = System.nanoTime();
        List<SignedInUser> electors = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            electors.add(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        }
        People.actAs(committee);
        rules.setRules(consultation, form);
        consultations.closePhaseEarly(consultation, new ReasonForm("结束征集"));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束讨论"));
        List<Cast> casts = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            for (int n = 0; n < castsPerVoter; n++) {
                casts.add(new Cast(v, ballots.get()));
            }
        }
        Collections.shuffle(casts, random);
        long setUp = System.nanoTime();

        Map<String, Cast> byReceipt = new ConcurrentHashMap<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (Cast cast : casts) {
            pool.execute(() -> {
                People.actAs(electors.get(cast.voter()));
                try {
                    String receipt = votes.cast(consultation, new BallotForm(cast.choices()));
                    assertThat(byReceipt.put(receipt, cast)).as("receipt %s given twice", receipt).isNull();
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    People.signOut();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("casts finished").isTrue();
        long casting = System.nanoTime();
        // failed casts rolled back: everything below is checked against the casts that succeeded, and the failures fail the test at the end
        Map<String, Long> failed = failures.stream().collect(Collectors.groupingBy(
                e -> e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\(conn=\\d+\\) ", ""), TreeMap::new, Collectors.counting()));
        if (!failed.isEmpty()) {
            System.out.println("VotingReliabilityTest: " + failures.size() + " casts failed: " + failed);
            System.out.println(latestDeadlock());
        }
        assertThat(byReceipt).hasSize(casts.size() - failures.size());
        Map<Integer, Long> succeeded = byReceipt.values().stream().collect(Collectors.groupingBy(Cast::voter, Collectors.counting()));

        // every queued audit entry of a committed cast is chained, in the order the casts committed
        audit.seal(Integer.MAX_VALUE);
        // the ground truth: for each voter, the cast whose receipt is stored is the one that committed last
        List<Map<Long, Integer>> winners = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            People.actAs(electors.get(v));
            Optional<MyBallot> stored = votes.myBallot(consultation);
            if (!succeeded.containsKey(v)) {
                assertThat(stored).as("voter %d, all of whose casts failed, has no ballot", v).isEmpty();
                continue;
            }
            MyBallot mine = stored.orElseThrow();
            Cast winner = byReceipt.get(mine.receipt());
            assertThat(winner).as("stored receipt of voter %d comes from one of the casts", v).isNotNull();
            assertThat(winner.voter()).as("stored receipt of voter %d is theirs", v).isEqualTo(v);
            assertThat(mine.choices()).as("voter %d's stored choices are exactly those of the cast with the stored receipt", v)
                    .isEqualTo(winner.choices());
            String voterRef = audit.pseudonym(electors.get(v).id(), "consultation-" + consultation);
            assertThat(jdbc.sql("""
                    SELECT payload FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND actor_ref = :v
                    ORDER BY seq DESC LIMIT 1""").param("c", consultation).param("v", voterRef).query(String.class).single())
                    .as("voter %d's last audit entry records the stored receipt", v).startsWith(mine.receipt() + " ");
            assertThat(jdbc.sql("SELECT changes FROM voting_ballot WHERE consultation_id = :c AND voter_ref = :v")
                    .param("c", consultation).param("v", voterRef).query(Long.class).single())
                    .as("voter %d's ballot counted every change", v).isEqualTo(succeeded.get(v) - 1);
            winners.add(winner.choices());
        }
        People.signOut();

        assertThat(count("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c")).isEqualTo(succeeded.size());
        assertThat(count("SELECT COUNT(DISTINCT voter_ref) FROM voting_ballot WHERE consultation_id = :c")).isEqualTo(succeeded.size());
        assertThat(count("SELECT COUNT(*) FROM voting_choice WHERE consultation_id = :c"))
                .isEqualTo(winners.stream().mapToLong(Map::size).sum());
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND kind = 'VOTE_CAST'"))
                .as("one first cast per voter").isEqualTo(succeeded.size());
        assertThat(count("""
                SELECT COUNT(*) FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND kind IN ('VOTE_CAST', 'VOTE_CHANGED')"""))
                .as("one audit entry per successful cast").isEqualTo(byReceipt.size());

        People.actAs(committee);
        consultations.closePhaseEarly(consultation, new ReasonForm("投票提前结束"));
        People.signOut();
        VotingResult result = results.result(consultation).orElseThrow();
        assertThat(result.turnout()).isEqualTo(succeeded.size());
        assertThat(result.electorate()).isGreaterThanOrEqualTo(voters);
        if (expectedApprovals != null) {
            assertThat(result.lines().stream().collect(Collectors.toMap(ResultLine::proposalId, ResultLine::approvals)))
                    .isEqualTo(expectedApprovals.apply(winners));
        } else {
            for (ResultLine line : result.lines()) {
                Long id = line.proposalId();
                assertThat(List.of(line.yes(), line.no(), line.abstentions())).as("yes, no, abstentions of proposal %d", id).isEqualTo(List.of(
                        (int) winners.stream().filter(w -> Integer.valueOf(1).equals(w.get(id))).count(),
                        (int) winners.stream().filter(w -> Integer.valueOf(-1).equals(w.get(id))).count(),
                        (int) winners.stream().filter(w -> Integer.valueOf(0).equals(w.get(id))).count()));
            }
        }
        assertThat(result.lines()).extracting(ResultLine::proposalId).containsExactlyInAnyOrderElementsOf(ballot);
        var verification = audit.verify();
        assertThat(verification.firstBrokenSeq()).as("first broken audit entry").isNull();
        System.out.printf("VotingReliabilityTest: %d voters x %d casts on %d threads: set-up %.1f s, casting %.1f s (%.0f casts/s), checks %.1f s%n",
                voters, castsPerVoter, THREADS, (setUp - started) / 1e9, (casting - setUp) / 1e9, casts.size() / ((casting - setUp) / 1e9),
                (System.nanoTime() - casting) / 1e9);
        assertThat(failed).as("casts that failed, by exception (no retries: a deadlock is a bug)").isEmpty();
        assertThat(result.turnout()).isEqualTo(voters);
        return result;
    }

    /** InnoDB's report of the latest deadlock, to tell which locks crossed. */
    private String latestDeadlock() {
        String status = String.valueOf(jdbc.sql("SHOW ENGINE INNODB STATUS").query().singleRow().get("Status"));
        int from = status.indexOf("LATEST DETECTED DEADLOCK");
        int to = status.indexOf("TRANSACTIONS\n------------", Math.max(from, 0));
        return from < 0 ? "no deadlock reported by InnoDB" : status.substring(from, to < 0 ? status.length() : to);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("c", consultation).query(Long.class).single();
    }
}
