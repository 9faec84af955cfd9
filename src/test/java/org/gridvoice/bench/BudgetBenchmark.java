package org.gridvoice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.budgeting.BudgetFunding;
import org.gridvoice.budgeting.FeasibilityForm;
import org.gridvoice.budgeting.FeasibilityService;
import org.gridvoice.consultation.BudgetForm;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.gridvoice.voting.VotingRulesService;
import org.gridvoice.voting.domain.Tally;
import org.gridvoice.voting.domain.VotingStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The budget benchmark (issue 17): counting 100,000 budget ballots of up to 10 projects each — what
 * ResultService computes when a budget vote closes: {@code Tally.counts} + {@code Tally.turnout} and the
 * funding rule ({@link BudgetFunding#fund}) — against a raw SQL GROUP BY over the same rows, in the same
 * run, alternated. Bar: ≤ 1.5× raw. Read two ways, both shown: (b) against the raw GROUP BY + a raw
 * COUNT(*) of voting_ballot (the same information, the verdict) and (c) against the raw GROUP BY alone.
 * <p>
 * Run with {@code ./mvnw -Pembedded-db,bench test -Dtest=BudgetBenchmark} ({@code -Dbench.ballots} to
 * change the 100,000); prints a table and writes target/bench/budget.md. It asserts nothing about time;
 * it does check that the counts it measured are exact.
 */
@Tag("bench")
@GridVoiceTest
class BudgetBenchmark {

    private static final int BALLOTS = Integer.getInteger("bench.ballots", 100_000);
    private static final int PROJECTS = 20;
    private static final int MAX_PICKS = 10;
    private static final long BUDGET = 1_000_000;
    private static final int RUNS = 20;
    private static final int WARM_UPS = 3;
    private static final int CHUNK = 2_000;

    @Autowired JdbcClient jdbc;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired FeasibilityService feasibility;
    @Autowired VotingRulesService rules;
    @Autowired VotingStore votingStore;
    @Autowired Tally tally;
    @Autowired People people;

    private interface Call {
        void run();
    }

    @Test
    void measure() throws Exception {
        List<String> notes = new ArrayList<>();
        notes.add(String.format("Server: MariaDB %s, innodb_buffer_pool_size %d MB; %d CPU cores.",
                jdbc.sql("SELECT VERSION()").query(String.class).single(),
                jdbc.sql("SELECT @@innodb_buffer_pool_size").query(Long.class).single() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors()));
        long consultation = openBudgetVote();
        Map<Long, Long> costs = votingStore.budgetProjects(consultation);
        List<Long> ballot = costs.keySet().stream().sorted().toList();

        long seedStart = System.nanoTime();
        seedElectors(consultation, "b" + consultation, BALLOTS);
        // each voter picks 1 to 10 distinct projects, the earlier projects more often, so the ranking is clear
        Random random = new Random(17);
        Map<Long, Integer> expected = new TreeMap<>();
        List<String> choiceRows = new ArrayList<>();
        long choices = 0;
        for (int i = 0; i < BALLOTS; i++) {
            int picks = 1 + random.nextInt(MAX_PICKS);
            Set<Long> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < picks) {
                int j = (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * PROJECTS);
                chosen.add(ballot.get(j));
            }
            for (Long p : chosen) {
                expected.merge(p, 1, Integer::sum);
                choiceRows.add("(" + consultation + ",'" + ref(i) + "'," + p + ",1)");
            }
            choices += picks;
        }
        insertRows("INSERT INTO voting_ballot (consultation_id, voter_ref, caster_ref, receipt, cast_at, changes) VALUES ", BALLOTS,
                i -> "(" + consultation + ",'" + ref(i) + "','" + ref(i) + "','B" + consultation + "-" + i + "',NOW(6),0)");
        insertRows("INSERT INTO voting_choice (consultation_id, voter_ref, proposal_id, value) VALUES ", choiceRows.size(), choiceRows::get);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        jdbc.sql("ANALYZE TABLE voting_elector, voting_ballot, voting_choice").query().listOfRows();
        notes.add(String.format("Data: one budget consultation (budget %,d yuan, %d feasible projects costing 10,000–105,000 yuan), %,d ballots "
                + "of 1 to %d projects each (%,d choices, %.1f a ballot), seeded by JDBC multi-row inserts in %.0f s.",
                BUDGET, PROJECTS, BALLOTS, MAX_PICKS, choices, (double) choices / BALLOTS, seedSeconds));

        Set<Long> onBallot = costs.keySet();
        String groupBy = "SELECT proposal_id, COUNT(*) FROM voting_choice WHERE consultation_id = :c GROUP BY proposal_id";
        String countBallots = "SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c";
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("service", () -> {
            List<Tally.Count> counts = tally.counts(consultation, onBallot);
            int turnout = tally.turnout(consultation);
            List<BudgetFunding.Line> lines = BudgetFunding.fund(BUDGET, counts.stream()
                    .map(c -> new BudgetFunding.Entry(c.proposalId(), c.approvals(), costs.get(c.proposalId()))).toList(), Set.of());
            if (turnout != BALLOTS || lines.size() != PROJECTS) {
                throw new IllegalStateException("read " + turnout + " ballots and " + lines.size() + " lines");
            }
        });
        calls.put("rawGroupByAndCount", () -> {
            jdbc.sql(groupBy).param("c", consultation).query().listOfRows();
            jdbc.sql(countBallots).param("c", consultation).query(Long.class).single();
        });
        calls.put("rawGroupBy", () -> jdbc.sql(groupBy).param("c", consultation).query().listOfRows());
        Map<String, double[]> t = timeInterleaved(calls);

        Map<Long, Integer> counted = tally.counts(consultation, onBallot).stream()
                .collect(Collectors.toMap(Tally.Count::proposalId, Tally.Count::approvals, (x, y) -> x, TreeMap::new));
        notes.add("Counts equal the seeded counts: " + (counted.equals(expected) ? "yes" : "NO — " + counted + " vs " + expected) + ".");
        List<BudgetFunding.Line> funding = BudgetFunding.fund(BUDGET, tally.counts(consultation, onBallot).stream()
                .map(c -> new BudgetFunding.Entry(c.proposalId(), c.approvals(), costs.get(c.proposalId()))).toList(), Set.of());
        notes.add(String.format("Funding: %d funded, %d skipped, %,d yuan of %,d spent.",
                funding.stream().filter(l -> l.outcome() == BudgetFunding.Outcome.FUNDED).count(),
                funding.stream().filter(l -> l.outcome() == BudgetFunding.Outcome.SKIPPED).count(), BudgetFunding.funded(funding), BUDGET));
        notes.add(String.format("Timing: the three calls are timed together, %d rounds after %d warm-up rounds, each round running every call "
                + "once in rotating order; the ballot's costs (fixed when voting opened) are read once before timing, as the close reads them once. "
                + "Plan of the raw GROUP BY: %s; of Tally.counts' GROUP BY proposal_id, value: %s.", RUNS, WARM_UPS, plan(groupBy, consultation),
                plan("SELECT proposal_id, value, COUNT(*) FROM voting_choice WHERE consultation_id = :c GROUP BY proposal_id, value", consultation)));

        StringJoiner table = new StringJoiner("\n");
        notes.forEach(n -> table.add("- " + n));
        table.add("");
        table.add("| measure | p50 | p95 | bar | verdict | ratio |");
        table.add("|---|---|---|---|---|---|");
        table.add(row(String.format("**(b), the verdict**: Tally.counts + Tally.turnout + BudgetFunding.fund, %,d ballots, vs raw GROUP BY + COUNT(*)",
                BALLOTS), t.get("service"), t.get("rawGroupByAndCount"), true));
        table.add(row("(c), strictest: the same vs raw GROUP BY alone", t.get("service"), t.get("rawGroupBy"), false));
        table.add("| baseline: raw `SELECT proposal_id, COUNT(*) FROM voting_choice WHERE consultation_id = ? GROUP BY proposal_id` | "
                + ms(p50(t.get("rawGroupBy"))) + " | " + ms(p95(t.get("rawGroupBy"))) + " | – | – | 1.00× |");
        System.out.println(table);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "budget.md"), table + "\n");
    }

    /** A budget consultation with 20 feasible projects, voting open with the BUDGET method; returns its id. */
    private long openBudgetVote() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "预算基准" + System.nanoTime(), "基准",
                false, Set.of(People.GRID_XINGFULI_1), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.setBudget(consultation, new BudgetForm(BUDGET, null));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        List<Long> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            projects.add(proposals.create(new ProposalForm(consultation, "基准项目 " + (i + 1), "内容", environment, null, null, false,
                    10_000L + 5_000L * i)));
        }
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        projects.forEach(proposals::endorse);
        People.actAs(committee);
        projects.forEach(p -> feasibility.review(p, new FeasibilityForm(true, "可行", null, null)));
        rules.setRules(consultation, new VotingRulesForm(VotingMethod.BUDGET, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束征集"));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束讨论"));
        People.signOut();
        return consultation;
    }

    private void seedElectors(long consultation, String prefix, int count) {
        insertRows("INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at) VALUES ",
                count, i -> "('bench-" + prefix + "-" + String.format("%07d", i) + "@bench.gridvoice','{noop}unused','基准选民" + i
                        + "','zh-CN','IMMEDIATE',TRUE,NOW(6))");
        jdbc.sql("""
                INSERT INTO voting_elector (consultation_id, user_id, household_key)
                SELECT :c, id, CONCAT('bench|', id) FROM account_user WHERE email LIKE :p""")
                .param("c", consultation).param("p", "bench-" + prefix + "-%").update();
    }

    private void insertRows(String insert, int count, java.util.function.IntFunction<String> row) {
        for (int start = 0; start < count; start += CHUNK) {
            StringJoiner values = new StringJoiner(",");
            for (int i = start; i < Math.min(start + CHUNK, count); i++) {
                values.add(row.apply(i));
            }
            jdbc.sql(insert + values).update();
        }
    }

    private static String ref(int i) {
        return String.format("b-bench-%06d", i);
    }

    /** Every call once a round, in rotating order, after the warm-up rounds; each call's sorted times in ms. */
    private static Map<String, double[]> timeInterleaved(Map<String, Call> calls) {
        List<String> names = new ArrayList<>(calls.keySet());
        Map<String, double[]> millis = new LinkedHashMap<>();
        names.forEach(n -> millis.put(n, new double[RUNS]));
        for (int round = 0; round < WARM_UPS + RUNS; round++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((k + round) % names.size());
                long start = System.nanoTime();
                calls.get(name).run();
                if (round >= WARM_UPS) {
                    millis.get(name)[round - WARM_UPS] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        millis.values().forEach(Arrays::sort);
        return millis;
    }

    private static String row(String what, double[] measured, double[] baseline, boolean verdict) {
        double ratio = p95(measured) / p95(baseline);
        boolean meets = ratio <= 1.5;
        return "| " + what + " | " + ms(p50(measured)) + " | " + ms(p95(measured)) + " | ≤ 1.5× raw p95 | "
                + (verdict ? (meets ? "**meets**" : "**misses**") : (meets ? "met (not the verdict)" : "missed (not the verdict)")) + " | "
                + String.format("%.2f× p95 (%.2f× p50)", ratio, p50(measured) / p50(baseline)) + " |";
    }

    private String plan(String sql, long consultation) {
        Map<String, Object> row = jdbc.sql("EXPLAIN " + sql).param("c", consultation).query().listOfRows().getFirst();
        return "`" + row.get("key") + "` / " + row.get("Extra");
    }

    private static double p50(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format("%.0f ms", millis) : String.format("%.1f ms", millis);
    }
}
