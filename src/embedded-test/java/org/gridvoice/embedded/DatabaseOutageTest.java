package org.gridvoice.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.open311.Open311ClientForm;
import org.gridvoice.open311.Open311ClientService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.shared.FailureMessage;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestMail;
import org.gridvoice.voting.BallotForm;
import org.gridvoice.voting.MyBallot;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VoteService;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.gridvoice.voting.VotingRulesService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded MariaDB stopped for 30 s ({@code -Dgridvoice.outage.database-seconds}) while 50 voters cast and
 * change votes and residents file requests, each signed in as themselves: every operation that returned is in the
 * database afterwards, once; every other one failed with an exception the screens turn into "cannot reach the
 * database" (or "try again"), within the pool's connection timeout; the app serves again within 10 s of the
 * database's return, without a restart, and its scheduled jobs run again. Figures in target/reliability/database-outage.md.
 */
@GridVoiceTest
class DatabaseOutageTest {

    private static final int VOTERS = 50;
    private static final int FILERS = 10;
    /** The request service refuses an eleventh request within an hour: each filer stops at nine acknowledged. */
    private static final int FILED_AT_MOST = 9;
    private static final Duration BEFORE = Duration.ofSeconds(4);
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("gridvoice.outage.database-seconds", 30));
    private static final Duration AFTER = Duration.ofSeconds(10);
    private static final Set<String> CLEAR_MESSAGES = Set.of(FailureMessage.DATABASE_UNAVAILABLE.key(), FailureMessage.COMMIT_UNCERTAIN.key(),
            FailureMessage.CONCURRENT_WRITE.key());

    @Autowired VoteService votes;
    @Autowired VotingRulesService rules;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired RequestService requests;
    @Autowired AuditLog audit;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired Open311ClientService open311Clients;
    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private volatile boolean running = true;
    /** One failure of each kind, with its causes. */
    private final Map<String, String> examples = new TreeMap<>();
    /** The failures of writes that were stored although the user was told they failed. */
    private final List<String> ambiguous = new ArrayList<>();
    /** ShedLock locks a job held when the database stopped, still held after it returned. */
    private List<String> stuckLocks = List.of();

    /** One attempt as the user made it: who, what it would write, what came back (a receipt or request id) or the failure. */
    private record Attempt(int who, String wrote, Object returned, long start, long end, Throwable failure) {
        boolean acknowledged() {
            return failure == null;
        }
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_database_outage_loses_no_acknowledged_vote_or_request_and_the_app_serves_again_by_itself() throws Exception {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null && EmbeddedMariaDb.started(),
                "stops the embedded MariaDB: only when the tests run on it");
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "停电演练" + System.nanoTime(), "说明",
                false, Set.of(People.GRID_XINGFULI_1), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        List<Long> ballot = new ArrayList<>();
        for (String title : List.of("甲", "乙", "丙")) {
            ballot.add(proposals.create(new ProposalForm(consultation, "提案" + title, "内容", environment, null, null)));
        }
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        ballot.forEach(proposals::endorse);
        List<SignedInUser> electors = new ArrayList<>();
        List<SignedInUser> filers = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            electors.add(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        }
        for (int i = 0; i < FILERS; i++) {
            filers.add(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        }
        People.actAs(people.admin());
        String apiKey = open311Clients.issue(new Open311ClientForm("停电演练应用 " + System.nanoTime(), People.GRID_XINGFULI_1)).key();
        People.actAs(committee);
        rules.setRules(consultation, new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束征集"));
        consultations.closePhaseEarly(consultation, new ReasonForm("结束讨论"));
        People.signOut();

        Queue<Attempt> casts = new ConcurrentLinkedQueue<>();
        Queue<Attempt> filings = new ConcurrentLinkedQueue<>();
        List<Thread> load = new ArrayList<>();
        for (int v = 0; v < VOTERS; v++) {
            int voter = v;
            load.add(Thread.ofPlatform().name("voter-" + v).start(() -> vote(electors.get(voter), voter, consultation, ballot, casts)));
        }
        for (int f = 0; f < FILERS; f++) {
            int filer = f;
            load.add(Thread.ofPlatform().name("filer-" + f).start(() -> file(filers.get(filer), filer, environment, filings)));
        }
        Thread.sleep(BEFORE);
        long stopping = System.nanoTime();
        EmbeddedMariaDb.stopForOutage();
        long stopped = System.nanoTime();
        // an Open311 client filing meanwhile is told to come back later, not that its request was bad
        HttpResponse<String> filing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)
                        + "&service_code=environment&address_string=" + URLEncoder.encode("新华路 211 弄", StandardCharsets.UTF_8)
                        + "&description=" + URLEncoder.encode("停电时提交", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - stopped).toMillis()));
        EmbeddedMariaDb.restart();
        long back = System.nanoTime();
        Thread.sleep(AFTER);
        running = false;
        for (Thread t : load) {
            t.join(Duration.ofSeconds(30));
        }
        assertThat(load).as("every simulated user stopped").noneMatch(Thread::isAlive);
        assertThat(filing.statusCode()).as(filing.body()).isEqualTo(503);
        assertThat(filing.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(filing.body()).contains("cannot reach its database").contains("\"code\":503");

        List<Attempt> all = new ArrayList<>(casts);
        all.addAll(filings);
        // the first operation that succeeded once the database was back (one waiting for a connection counts when it returns)
        Optional<Duration> serving = all.stream().filter(a -> a.acknowledged() && a.end() >= back).map(a -> Duration.ofNanos(a.end() - back))
                .min(Duration::compareTo);
        Duration slowest = Duration.ofNanos(all.stream().mapToLong(a -> a.end() - a.start()).max().orElse(0));
        all.stream().filter(a -> !a.acknowledged()).forEach(a -> examples.putIfAbsent(
                message(a.failure()) + " <- " + a.failure().getClass().getSimpleName(), describe(a.failure())));
        Map<String, Long> failures = all.stream().filter(a -> !a.acknowledged()).collect(Collectors.groupingBy(
                a -> message(a.failure()) + " <- " + a.failure().getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
        long failedBeforeOutage = all.stream().filter(a -> !a.acknowledged() && a.end() < stopping).count();

        Outcome voted = checkVotes(consultation, electors, casts);
        Outcome filed = checkRequests(filers, filings);
        Duration jobs = jobsServeAgain(stopping);

        String report = report(voted, filed, failures, serving, slowest, jobs);
        Path out = Path.of("target", "reliability", "database-outage.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);

        assertThat(voted.acknowledged()).as("casts acknowledged").isGreaterThan(VOTERS);
        assertThat(filed.acknowledged()).as("requests acknowledged").isGreaterThan(FILERS);
        assertThat(voted.found()).as("acknowledged votes found as their voter's latest").isEqualTo(voted.acknowledged());
        assertThat(filed.found()).as("acknowledged requests found").isEqualTo(filed.acknowledged());
        assertThat(voted.duplicates() + filed.duplicates()).as("duplicates").isZero();
        assertThat(ambiguous).as("a write stored although it failed was told 'cannot tell whether it was saved', never 'nothing was changed'")
                .allMatch(a -> a.contains(FailureMessage.COMMIT_UNCERTAIN.key()));
        assertThat(failures.keySet()).as("every failure is told as 'cannot reach the database' or 'try again'")
                .allMatch(k -> CLEAR_MESSAGES.contains(k.substring(0, k.indexOf(' '))));
        assertThat(failures).as("the outage made operations fail").isNotEmpty();
        assertThat(failedBeforeOutage).as("failures before the database stopped").isZero();
        assertThat(slowest).as("no user waits longer than the connection timeout and a little").isLessThan(Duration.ofSeconds(12));
        assertThat(serving).as("an operation succeeded after the database returned").isPresent();
        assertThat(serving.get()).as("time from the database's return to the first success").isLessThan(Duration.ofSeconds(10));
        assertThat(jobs).as("the scheduled jobs deliver mail again after the outage").isLessThan(Duration.ofSeconds(10));
    }

    private void vote(SignedInUser elector, int voter, Long consultation, List<Long> ballot, Queue<Attempt> casts) {
        People.actAs(elector);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running) {
            Map<Long, Integer> choices = new TreeMap<>();
            ballot.forEach(id -> choices.put(id, random.nextInt(3) - 1));
            long start = System.nanoTime();
            try {
                String receipt = votes.cast(consultation, new BallotForm(choices));
                casts.add(new Attempt(voter, choices.toString(), receipt, start, System.nanoTime(), null));
            } catch (Throwable e) {
                casts.add(new Attempt(voter, choices.toString(), null, start, System.nanoTime(), e));
            }
            pause(200 + random.nextInt(400));
        }
        People.signOut();
    }

    private void file(SignedInUser resident, int filer, long environment, Queue<Attempt> filings) {
        People.actAs(resident);
        int acknowledged = 0;
        for (int n = 0; running && acknowledged < FILED_AT_MOST; n++) {
            String description = "停电期间报修 " + filer + "-" + n + " " + System.nanoTime();
            RequestForm form = new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里 3 号楼", new BigDecimal("31.230416"),
                    new BigDecimal("121.473701"), description, List.of(), false);
            long start = System.nanoTime();
            try {
                Filed filed = requests.file(form);
                filings.add(new Attempt(filer, description, filed, start, System.nanoTime(), null));
                acknowledged++;
            } catch (Throwable e) {
                filings.add(new Attempt(filer, description, null, start, System.nanoTime(), e));
            }
            pause(3_000 + ThreadLocalRandom.current().nextInt(2_000));
        }
        People.signOut();
    }

    private void pause(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The failure, where in the transaction it happened, and its causes. */
    private static String describe(Throwable failure) {
        boolean atCommit = java.util.Arrays.stream(failure.getStackTrace())
                .anyMatch(f -> f.getMethodName().equals("commitTransactionAfterReturning"));
        StringBuilder text = new StringBuilder(message(failure)).append(atCommit ? ", at commit: " : ", before commit: ");
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(" (").append(String.valueOf(t.getMessage()).lines().findFirst().orElse("")).append(") <- ");
        }
        return text.toString();
    }

    /** What a screen would tell the user: the refusal's key, or the failure message's. */
    private static String message(Throwable failure) {
        return failure instanceof InvalidInput refusal ? "refusal:" + refusal.problems().getFirst().messageKey() : FailureMessage.of(failure).key();
    }

    private record Outcome(String kind, int attempts, int acknowledged, int found, int failed, int duplicates, int storedThoughFailed) {
    }

    /**
     * An acknowledged cast is found when its audit entry (written in the cast's transaction) is in the chain and, for a
     * voter's last acknowledged cast, when the stored ballot is, whole, that cast, or a later cast of the same voter that
     * committed although they were told it failed (counted apart). Each ballot's change count must match the casts that
     * committed.
     */
    private Outcome checkVotes(Long consultation, List<SignedInUser> electors, Queue<Attempt> casts) {
        audit.seal(Integer.MAX_VALUE);
        Map<String, Integer> voters = new HashMap<>();
        for (int v = 0; v < electors.size(); v++) {
            voters.put(audit.pseudonym(electors.get(v).id(), "consultation-" + consultation), v);
        }
        record Entry(String actorRef, String payload) {
            String receipt() {
                return payload.substring(0, payload.indexOf(' '));
            }

            String choices() {
                return payload.substring(payload.indexOf(' ') + 1);
            }
        }
        List<Entry> entries = jdbc.sql("""
                SELECT actor_ref, payload FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND kind IN ('VOTE_CAST', 'VOTE_CHANGED')""")
                .param("c", consultation).query(Entry.class).list();
        Set<String> audited = entries.stream().map(Entry::receipt).collect(Collectors.toSet());
        Set<String> acknowledgedReceipts = casts.stream().filter(Attempt::acknowledged).map(a -> (String) a.returned()).collect(Collectors.toSet());
        List<Entry> unacknowledged = entries.stream().filter(e -> !acknowledgedReceipts.contains(e.receipt())).toList();
        for (Entry e : unacknowledged) {
            Integer voter = voters.get(e.actorRef());
            ambiguous.add("vote " + e.payload() + " of voter " + voter + ", told: " + casts.stream()
                    .filter(a -> voter != null && a.who() == voter && !a.acknowledged() && a.wrote().equals(e.choices()))
                    .map(a -> describe(a.failure())).collect(Collectors.joining(" | ")));
        }
        Map<Integer, List<Attempt>> byVoter = casts.stream().filter(Attempt::acknowledged).collect(Collectors.groupingBy(Attempt::who));
        int found = 0;
        for (int v = 0; v < electors.size(); v++) {
            List<Attempt> mine = byVoter.getOrDefault(v, List.of()).stream().sorted((x, y) -> Long.compare(x.end(), y.end())).toList();
            People.actAs(electors.get(v));
            Optional<MyBallot> stored = votes.myBallot(consultation);
            People.signOut();
            String voterRef = audit.pseudonym(electors.get(v).id(), "consultation-" + consultation);
            long committed = mine.size() + unacknowledged.stream().filter(e -> e.actorRef().equals(voterRef)).count();
            if (committed == 0) {
                assertThat(stored).as("voter %d, none of whose casts committed, has no ballot", v).isEmpty();
                continue;
            }
            assertThat(jdbc.sql("SELECT changes FROM voting_ballot WHERE consultation_id = :c AND voter_ref = :v")
                    .param("c", consultation).param("v", voterRef).query(Long.class).single())
                    .as("voter %d's ballot counted every committed change", v).isEqualTo(committed - 1);
            for (int n = 0; n < mine.size(); n++) {
                Attempt a = mine.get(n);
                boolean inChain = audited.contains((String) a.returned());
                boolean last = n == mine.size() - 1;
                boolean asStored = stored.isPresent() && (stored.get().receipt().equals(a.returned())
                        && new TreeMap<>(stored.get().choices()).toString().equals(a.wrote())
                        || !acknowledgedReceipts.contains(stored.get().receipt()));
                if (inChain && (!last || asStored)) {
                    found++;
                }
            }
        }
        int duplicates = entries.size() - audited.size()
                + (int) (jdbc.sql("SELECT COUNT(*) - COUNT(DISTINCT voter_ref) FROM voting_ballot WHERE consultation_id = :c")
                        .param("c", consultation).query(Long.class).single().longValue());
        int acknowledged = acknowledgedReceipts.size();
        return new Outcome("votes cast or changed", casts.size(), acknowledged, found, casts.size() - acknowledged, duplicates,
                unacknowledged.size());
    }

    /** Each acknowledged request is stored once, under the id it was acknowledged with, routed into its case; no failed one is. */
    private Outcome checkRequests(List<SignedInUser> filers, Queue<Attempt> filings) {
        record Row(long id, Long caseId, String description) {
        }
        List<Row> rows = jdbc.sql("SELECT id, case_id, description FROM request WHERE author_id IN (:authors)")
                .param("authors", filers.stream().map(SignedInUser::id).toList()).query(Row.class).list();
        Map<String, List<Row>> byDescription = rows.stream().collect(Collectors.groupingBy(Row::description));
        int found = 0;
        int storedThoughFailed = 0;
        for (Attempt a : filings) {
            List<Row> stored = byDescription.getOrDefault(a.wrote(), List.of());
            if (a.acknowledged()) {
                Filed filed = (Filed) a.returned();
                if (stored.stream().anyMatch(r -> r.id() == filed.requestId() && r.caseId() != null && r.caseId() == filed.caseId())) {
                    found++;
                }
            } else if (!stored.isEmpty()) {
                storedThoughFailed++;
                ambiguous.add("request " + a.wrote() + ", told: " + describe(a.failure()));
            }
        }
        int duplicates = (int) byDescription.values().stream().mapToInt(l -> l.size() - 1).sum();
        int acknowledged = (int) filings.stream().filter(Attempt::acknowledged).count();
        return new Outcome("requests filed", filings.size(), acknowledged, found, filings.size() - acknowledged, duplicates, storedThoughFailed);
    }

    /**
     * How long the app's own scheduled mail sender takes to deliver a mail queued now. A job that held its ShedLock
     * lock when the database stopped could not release it then; shared.UnlockRetry releases it once the database is
     * back, else the job would wait for its lockAtMostFor (minutes) on every instance. Locks taken before the outage
     * and still held now are listed in the figures.
     */
    private Duration jobsServeAgain(long stopping) throws InterruptedException {
        long heldSince = System.nanoTime() - stopping;
        stuckLocks = jdbc.sql("SELECT name FROM shedlock WHERE lock_until > NOW(3) AND locked_at < NOW(3) - INTERVAL :s MICROSECOND")
                .param("s", heldSince / 1_000).query(String.class).list();
        String recipient = "after-outage" + System.nanoTime() + "@example.org";
        long start = System.nanoTime();
        jdbc.sql("""
                INSERT INTO shared_mail_outbox (recipient, subject, body_text, body_html, created_at, next_attempt_at)
                VALUES (:r, '恢复', '数据库已恢复', '<p>数据库已恢复</p>', NOW(6), NOW(6))""").param("r", recipient).update();
        while (TestMail.mailsTo(recipient).isEmpty() && System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private String report(Outcome voted, Outcome filed, Map<String, Long> failures, Optional<Duration> serving, Duration slowest,
                          Duration jobs) {
        String load = VOTERS + " voters casting and changing votes (a cast every 0.2-0.6 s each), " + FILERS
                + " residents filing requests (one every 3-5 s each)";
        StringBuilder md = new StringBuilder("# Database outage (embedded MariaDB stopped and started again)\n\n");
        md.append("| Fault | Load | Operations | Acknowledged | Found | Failed | Stored though told failed | Duplicates | Time to serve again |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        String fault = "database stopped " + OUTAGE.toSeconds() + " s";
        for (Outcome o : List.of(voted, filed)) {
            md.append(String.format("| %s | %s: %s | %d | %d | %d | %d | %d | %d | %s |%n", fault, load, o.kind(), o.attempts(), o.acknowledged(),
                    o.found(), o.failed(), o.storedThoughFailed(), o.duplicates(),
                    serving.map(d -> String.format("%.2f s", d.toMillis() / 1000.0)).orElse("never")));
        }
        md.append("\nFailures, by the message a screen shows and the exception:\n\n");
        failures.forEach((k, n) -> md.append("- ").append(k).append(": ").append(n).append(" (for example ").append(examples.get(k)).append(")\n"));
        if (!ambiguous.isEmpty()) {
            md.append("\nWrites stored although the user was told they failed:\n\n");
            ambiguous.forEach(a -> md.append("- ").append(a).append('\n'));
        }
        md.append(String.format("%nLongest any operation took (failed or not): %.2f s (Hikari connection-timeout 5 s).%n", slowest.toMillis() / 1000.0));
        md.append(String.format("Scheduled mail sender delivered a mail queued after the outage in %.2f s; job locks taken before the outage "
                + "and still held 10 s after it: %s.%n", jobs.toMillis() / 1000.0, stuckLocks.isEmpty() ? "none" : String.join(", ", stuckLocks)));
        md.append("\nCommand: `./mvnw -Pembedded-db test -Dtest=DatabaseOutageTest` (outage length: `-Dgridvoice.outage.database-seconds=30`).\n");
        return md.toString();
    }
}
