package org.gridvoice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.proposal.ProposalFilter;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSort;
import org.gridvoice.proposal.domain.TitleBigrams;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3's benchmark: one consultation with 100,000 proposals and 1,000,000 comments, measured
 * through the services the views call. Run with {@code ./mvnw -Pembedded-db,bench test}; it
 * prints a table and writes target/bench/deliberation.md. It asserts nothing about time.
 */
@Tag("bench")
@GridVoiceTest
class DeliberationBenchmark {

    private static final int PROPOSALS = Integer.getInteger("bench.proposals", 100_000);
    private static final int COMMENTS = Integer.getInteger("bench.comments", 1_000_000);
    private static final int RUNS = 60;
    private static final String[] WORDS = {"停车", "路灯", "垃圾", "分类", "楼道", "堆物", "绿化", "健身", "器材", "电梯", "加装",
            "快递", "充电", "消防", "通道", "噪音", "广场", "座椅", "雨棚", "外墙", "漏水", "井盖", "宠物", "物业", "维修"};

    @Autowired JdbcClient jdbc;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired People people;
    @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    private record Result(String what, double p50, double p95, long hibernateStatements, long serverQuestions, double bar) {
    }

    @Test
    void measure() throws Exception {
        long seedStart = System.nanoTime();
        long consultation = seedConsultation();
        long first = seedProposals(consultation);
        long busy = first;
        seedComments(first, busy);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        jdbc.sql("ANALYZE TABLE proposal, discussion_comment, proposal_bigram").query().listOfRows();
        People.signOut();

        List<Result> results = new ArrayList<>();
        Map<String, String> baselineOf = new java.util.LinkedHashMap<>();
        for (ProposalSort sort : ProposalSort.values()) {
            String service = "proposal list, first page, " + sort;
            String raw = "raw SQL, the same page " + sort + " (same columns and joins, as a visitor)";
            results.add(measure(service, 0, () -> proposals.list(consultation, ProposalFilter.open(), sort, PageRequest.of(0, 20))));
            results.add(measure(raw, 0, () -> jdbc.sql(RAW_PAGE + switch (sort) {
                case NEWEST -> " ORDER BY p.created_at DESC, p.id DESC";
                case MOST_ENDORSED -> " ORDER BY p.endorsement_count DESC, p.id DESC";
                case MOST_DISCUSSED -> " ORDER BY p.comment_count DESC, p.id DESC";
            } + " LIMIT 21").param("c", consultation).query().listOfRows()));
            baselineOf.put(service, raw);
        }
        results.add(measure("raw SQL, three columns of the page by endorsements, no joins", 0, () -> jdbc.sql("""
                SELECT id, title, endorsement_count FROM proposal WHERE consultation_id = :c AND status = 'OPEN'
                ORDER BY endorsement_count DESC, id DESC LIMIT 20""").param("c", consultation).query().listOfRows()));
        String page = "proposal page with 500 comments (details + first thread page), as a visitor";
        results.add(measure(page, 50, () -> {
            proposals.details(busy);
            return discussion.thread(new ContentRef(ContentRef.PROPOSAL, busy), PageRequest.of(0, 100));
        }));
        String rawPage = "raw SQL, the proposal's row and the first thread page with names (2 statements)";
        results.add(measure(rawPage, 0, () -> List.of(
                jdbc.sql("SELECT * FROM proposal p JOIN account_user u ON u.id = p.author_id JOIN place_grid g ON g.id = p.grid_id WHERE p.id = :p")
                        .param("p", busy).query().listOfRows(),
                jdbc.sql(RAW_THREAD).param("p", busy).query().listOfRows())));
        baselineOf.put(page, rawPage);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        results.add(measure("the same page as a signed-in resident who may endorse", 50, () -> {
            proposals.details(busy);
            return discussion.thread(new ContentRef(ContentRef.PROPOSAL, busy), PageRequest.of(0, 100));
        }));
        People.signOut();
        results.add(measure("similar-proposal suggestion", 100, () -> proposals.similar(consultation, "楼道堆物影响消防通道")));

        StringJoiner table = new StringJoiner("\n");
        table.add("Seeded " + PROPOSALS + " proposals and " + COMMENTS + " comments in " + String.format("%.0f", seedSeconds) + " s.");
        table.add("");
        table.add("| measured | p50 ms | p95 ms | JPA statements (Hibernate) | statements on its connection (server count) | bar p95 ms | ratio (p95) to its raw SQL |");
        table.add("|---|---|---|---|---|---|---|");
        Map<String, Result> byName = new java.util.HashMap<>();
        results.forEach(r -> byName.put(r.what(), r));
        for (Result r : results) {
            Result base = byName.get(baselineOf.get(r.what()));
            table.add(String.format("| %s | %.2f | %.2f | %d | %d | %s | %s |", r.what(), r.p50(), r.p95(),
                    r.hibernateStatements(), r.serverQuestions(), r.bar() == 0 ? "–" : String.format("%.0f", r.bar()),
                    base == null ? "–" : String.format("%.1f×", r.p95() / base.p95())));
        }
        System.out.println(table);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "deliberation.md"), table + "\n");
    }

    /** The list's page as ProposalListQuery asks for it for a visitor, without the service around it. */
    private static final String RAW_PAGE = """
            SELECT p.id, p.consultation_id, p.title, p.author_id, CASE WHEN p.author_shown THEN u.display_name END,
                   u.erased_at IS NOT NULL, p.author_shown, p.category_id, p.grid_id, g.name, p.endorsement_count, p.comment_count,
                   p.qualified, p.status, p.created_at
            FROM proposal p JOIN account_user u ON u.id = p.author_id JOIN place_grid g ON g.id = p.grid_id
            WHERE p.consultation_id = :c AND p.status = 'OPEN'""";

    /** The first 100 threads of the busy proposal with their replies and authors' names. */
    private static final String RAW_THREAD = """
            WITH r AS (SELECT id FROM discussion_comment WHERE target_type = 'proposal' AND target_id = :p AND depth = 0
                       ORDER BY created_at, id LIMIT 100),
                 page AS (SELECT id FROM r UNION ALL SELECT c.id FROM r JOIN discussion_comment c ON c.root_id = r.id)
            SELECT c.*, u.display_name FROM page JOIN discussion_comment c ON c.id = page.id JOIN account_user u ON u.id = c.author_id
            ORDER BY c.created_at, c.id""";

    private Result measure(String what, double bar, Supplier<Object> call) {
        for (int i = 0; i < 10; i++) {
            call.get();
        }
        var stats = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.clear();
        // counted by the server on the one connection the call uses (inside a transaction, so plain JDBC reads share it);
        // the server's global counter would also count the scheduled jobs running meanwhile
        long statements = transaction.execute(status -> {
            long before = questions();
            call.get();
            return questions() - before - 1;
        });
        long hibernate = stats.getPrepareStatementCount();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(what, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], hibernate, statements, bar);
    }

    /** Statements the server has answered on this connection. */
    private long questions() {
        return Long.parseLong(String.valueOf(jdbc.sql("SHOW SESSION STATUS LIKE 'Questions'").query().singleRow().get("Value")));
    }

    private long seedConsultation() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        long id = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "基准测试议题", "基准", true, Set.of(),
                Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 5));
        consultations.publish(id);
        return id;
    }

    /** Returns the id of the first proposal; titles are random pairs of everyday words. */
    private long seedProposals(long consultation) {
        Random random = new Random(42);
        List<Long> authors = jdbc.sql("SELECT id FROM account_user ORDER BY id LIMIT 40").query(Long.class).list();
        long category = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        for (int start = 0; start < PROPOSALS; start += 1000) {
            StringJoiner rows = new StringJoiner(",");
            for (int i = start; i < Math.min(start + 1000, PROPOSALS); i++) {
                String title = WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + "问题" + i;
                rows.add("(" + consultation + "," + authors.get(i % authors.size()) + ",'" + title + "','建议内容 " + i + "'," + category
                        + ",1,'OPEN'," + random.nextInt(40) + "," + random.nextInt(30) + ",NOW() - INTERVAL " + i + " SECOND)");
            }
            jdbc.sql("INSERT INTO proposal (consultation_id, author_id, title, body, category_id, grid_id, status, endorsement_count,"
                    + " comment_count, created_at) VALUES " + rows).update();
        }
        long first = jdbc.sql("SELECT MIN(id) FROM proposal WHERE consultation_id = :c").param("c", consultation).query(Long.class).single();
        List<Object[]> titles = jdbc.sql("SELECT id, title FROM proposal WHERE consultation_id = :c").param("c", consultation)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        StringJoiner bigrams = new StringJoiner(",");
        int count = 0;
        for (Object[] row : titles) {
            for (String bigram : TitleBigrams.of((String) row[1])) {
                bigrams.add("(" + consultation + ",'" + bigram + "'," + row[0] + ")");
                if (++count % 5000 == 0) {
                    jdbc.sql("INSERT IGNORE INTO proposal_bigram (consultation_id, bigram, proposal_id) VALUES " + bigrams).update();
                    bigrams = new StringJoiner(",");
                }
            }
        }
        if (bigrams.length() > 0) {
            jdbc.sql("INSERT IGNORE INTO proposal_bigram (consultation_id, bigram, proposal_id) VALUES " + bigrams).update();
        }
        return first;
    }

    /** 500 comments (100 threads of 5) on the busy proposal, the rest spread over the others. */
    private void seedComments(long first, long busy) {
        List<Long> authors = jdbc.sql("SELECT id FROM account_user ORDER BY id LIMIT 40").query(Long.class).list();
        for (int t = 0; t < 100; t++) {
            jdbc.sql("INSERT INTO discussion_comment (target_type, target_id, depth, author_id, body, body_html, created_at)"
                    + " VALUES ('proposal', :p, 0, :a, :b, CONCAT('<p>', :b, '</p>'), NOW())")
                    .param("p", busy).param("a", authors.get(t % authors.size())).param("b", "意见 " + t).update();
            long root = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
            StringJoiner replies = new StringJoiner(",");
            for (int r = 0; r < 4; r++) {
                replies.add("('proposal'," + busy + "," + root + "," + root + ",1," + authors.get((t + r + 1) % authors.size()) + ",'回复 " + r + "','<p>回复 " + r + "</p>',NOW())");
            }
            jdbc.sql("INSERT INTO discussion_comment (target_type, target_id, parent_id, root_id, depth, author_id, body, body_html, created_at) VALUES "
                    + replies).update();
        }
        Random random = new Random(7);
        for (int start = 500; start < COMMENTS; start += 2000) {
            StringJoiner rows = new StringJoiner(",");
            for (int i = start; i < Math.min(start + 2000, COMMENTS); i++) {
                long target = first + 1 + random.nextInt(PROPOSALS - 1);
                rows.add("('proposal'," + target + ",0," + authors.get(i % authors.size()) + ",'评论 " + i + "','<p>评论 " + i + "</p>',NOW())");
            }
            jdbc.sql("INSERT INTO discussion_comment (target_type, target_id, depth, author_id, body, body_html, created_at) VALUES " + rows).update();
        }
    }
}
