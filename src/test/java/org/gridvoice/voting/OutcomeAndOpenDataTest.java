package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@GridVoiceTest
@RecordApplicationEvents
class OutcomeAndOpenDataTest {

    @Autowired VotingFixture fixture;
    @Autowired OutcomeService outcomes;
    @Autowired ResultService results;
    @Autowired ResultExport export;
    @Autowired VoteService votes;
    @Autowired ProposalService proposals;
    @Autowired AuditLog audit;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @LocalServerPort int port;

    private Long consultation;
    private Long a;
    private Long b;
    private Long c;

    @BeforeEach
    void threeProposalsOnTheBallot() {
        fixture.threeProposalsOnTheBallot("结果公布");
        consultation = fixture.consultation;
        a = fixture.a;
        b = fixture.b;
        c = fixture.c;
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private void tiedApprovalVote() {
        fixture.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(a, 1, b, 1));
        fixture.vote(1, Map.of(a, 1, b, 1));
        fixture.vote(2, Map.of(c, 1));
        fixture.closeEarly();
    }

    private List<Long> accepted() {
        return results.result(consultation).orElseThrow().lines().stream().filter(ResultLine::accepted).map(ResultLine::proposalId).toList();
    }

    @Test
    void the_committee_breaks_a_tie_once_with_a_public_reason_and_the_chosen_proposal_is_announced() {
        tiedApprovalVote();

        People.actAs(fixture.voters[0]);
        assertThatThrownBy(() -> outcomes.breakTie(consultation, new TieBreakForm(Set.of(a), "我来定")))
                .isInstanceOf(AccessDeniedException.class);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> outcomes.breakTie(consultation, new TieBreakForm(Set.of(a), "别的社区")))
                .isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> outcomes.breakTie(consultation, new TieBreakForm(Set.of(a), " ")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> outcomes.breakTie(consultation, new TieBreakForm(Set.of(c), "丙更急")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("voting.error.not-tied");
        assertThatThrownBy(() -> outcomes.breakTie(consultation, new TieBreakForm(Set.of(a, b), "都要")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("voting.error.tie-places");
        assertThat(accepted()).as("refusals change nothing").isEmpty();
        assertThat(outcomes.outcome(consultation).orElseThrow().tieBrokenAt()).isNull();

        outcomes.breakTie(consultation, new TieBreakForm(Set.of(b), "乙的费用更低，居民议事会建议优先"));

        assertThat(accepted()).containsExactly(b);
        Outcome outcome = outcomes.outcome(consultation).orElseThrow();
        assertThat(outcome.tieBreakReason()).isEqualTo("乙的费用更低，居民议事会建议优先");
        assertThat(outcome.tieBrokenBy()).isEqualTo(fixture.committee.displayName());
        assertThat(events.stream(ProposalAccepted.class).filter(e -> e.consultationId().equals(consultation)))
                .extracting(ProposalAccepted::proposalId).containsExactly(b);
        assertThat(jdbc.sql("SELECT payload FROM audit_entry WHERE kind = 'TIE_BROKEN' AND object_id = :c").param("c", consultation)
                .query(String.class).single()).as("the chain keeps the reason's hash, the page its words")
                .isEqualTo("accepted [" + b + "], reason sha256 " + org.gridvoice.audit.AuditRecord.textHash("乙的费用更低，居民议事会建议优先"));
        assertThat(audit.verify().intact()).isTrue();
        assertThatThrownBy(() -> outcomes.breakTie(consultation, new TieBreakForm(Set.of(a), "改主意")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("voting.error.tie-broken");
        assertThat(accepted()).containsExactly(b);
    }

    @Test
    void the_outcome_statement_is_published_once_sanitised_and_only_by_the_committee_after_the_close() {
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(a, 1));
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> outcomes.publishStatement(consultation, new OutcomeStatementForm("太早")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("voting.error.not-closed");
        fixture.closeEarly();
        People.actAs(fixture.voters[1]);
        assertThatThrownBy(() -> outcomes.publishStatement(consultation, new OutcomeStatementForm("居民冒充")))
                .isInstanceOf(AccessDeniedException.class);

        People.actAs(fixture.committee);
        outcomes.publishStatement(consultation, new OutcomeStatementForm(
                "**甲通过**，下周送街道。<script>alert(1)</script> [看](javascript:alert(2)) <img src=x onerror=alert(3)>"));

        Outcome outcome = outcomes.outcome(consultation).orElseThrow();
        assertThat(outcome.statementHtml()).contains("<strong>甲通过</strong>").doesNotContain("<script", "<img", "javascript:");
        assertThat(outcome.statementPublishedAt()).isNotNull();
        assertThat(outcome.statementPublishedBy()).isEqualTo(fixture.committee.displayName());
        assertThatThrownBy(() -> outcomes.publishStatement(consultation, new OutcomeStatementForm("改一改")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("voting.error.statement-published");
        assertThat(outcomes.outcome(consultation).orElseThrow().statementHtml()).isEqualTo(outcome.statementHtml());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE kind = 'OUTCOME_PUBLISHED' AND object_id = :c")
                .param("c", consultation).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void counts_before_the_close_follow_the_visibility_rule() {
        fixture.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_OWN_VOTE, false));
        fixture.vote(0, Map.of(a, 1, b, 1));
        People.signOut();
        assertThat(results.liveCounts(consultation)).as("a visitor has not voted").isEmpty();
        People.actAs(fixture.voters[2]);
        assertThat(results.liveCounts(consultation)).as("not before one's own vote").isEmpty();
        fixture.vote(2, Map.of(a, 1));
        LiveCounts live = results.liveCounts(consultation).orElseThrow();
        assertThat(live.turnout()).isEqualTo(2);
        assertThat(live.lines()).extracting(ResultLine::proposalId, ResultLine::approvals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 2), org.assertj.core.groups.Tuple.tuple(b, 1),
                        org.assertj.core.groups.Tuple.tuple(c, 0));
        fixture.closeEarly();
        assertThat(results.liveCounts(consultation)).as("after the close there is the result instead").isEmpty();
    }

    @Test
    void nobody_sees_counts_before_the_close_when_the_rules_say_so() {
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(a, 1));
        assertThat(results.liveCounts(consultation)).isEmpty();
        People.actAs(fixture.committee);
        assertThat(results.liveCounts(consultation)).as("the committee neither").isEmpty();
    }

    @Test
    void anyone_can_recount_from_the_open_csv_and_find_their_latest_receipt_but_no_identity() throws Exception {
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.LIVE, false));
        String first = fixture.vote(0, Map.of(a, 1, b, -1));
        String changed = fixture.vote(0, Map.of(a, -1, b, -1, c, 0));
        String second = fixture.vote(1, Map.of(a, 1));
        String third = fixture.vote(2, Map.of(a, 1, c, 1));
        assertThat(get("/open-data/consultations/" + consultation + "/tallies.csv").statusCode()).as("nothing before the close")
                .isEqualTo(404);
        fixture.closeEarly();
        People.signOut();

        HttpResponse<String> tallies = get("/open-data/consultations/" + consultation + "/tallies.csv");
        assertThat(tallies.statusCode()).isEqualTo(200);
        assertThat(tallies.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        List<CSVRecord> rows = parse(tallies.body());
        assertThat(rows).extracting(r -> r.get("proposal_id"), r -> r.get("title"), r -> r.get("yes"), r -> r.get("no"), r -> r.get("abstain"),
                r -> r.get("accepted")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a.toString(), "甲", "2", "1", "0", "true"),
                org.assertj.core.groups.Tuple.tuple(b.toString(), "乙", "0", "1", "0", "false"),
                org.assertj.core.groups.Tuple.tuple(c.toString(), "丙", "1", "0", "1", "true"));

        String ballotsCsv = get("/open-data/consultations/" + consultation + "/ballots.csv").body();
        List<CSVRecord> ballots = parse(ballotsCsv);
        assertThat(ballots).extracting(r -> r.get("receipt")).containsExactlyInAnyOrder(changed, second, third)
                .isSorted().doesNotContain(first);
        CSVRecord mine = ballots.stream().filter(r -> r.get("receipt").equals(changed)).findFirst().orElseThrow();
        assertThat(List.of(mine.get("proposal_" + a), mine.get("proposal_" + b), mine.get("proposal_" + c))).containsExactly("no", "no", "abstain");
        // a recount from the ballots file gives the published tallies
        assertThat(ballots.stream().filter(r -> r.get("proposal_" + a).equals("yes")).count()).isEqualTo(2);
        for (var voter : fixture.voters) {
            assertThat(ballotsCsv).doesNotContain(voter.email()).doesNotContain(voter.displayName()).doesNotContain("p-");
        }

        assertThat(export.ballotOfReceipt(consultation, changed.toLowerCase())).get().isEqualTo(Map.of(a, -1, b, -1, c, 0));
        assertThat(export.ballotOfReceipt(consultation, first)).as("a replaced ballot no longer counts").isEmpty();
        assertThatThrownBy(() -> export.ballotOfReceipt(consultation, "not a code")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("voting.error.receipt-format");
    }

    @Test
    void a_title_written_as_a_formula_stays_text_in_the_open_csv_while_counts_and_ranks_stay_numbers() throws Exception {
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.LIVE, false));
        fixture.vote(0, Map.of(a, 1, b, -1));
        fixture.closeEarly();
        People.signOut();
        jdbc.sql("UPDATE proposal SET title = :t WHERE id = :id").param("t", "=HYPERLINK(\"https://evil.example\",\"x\")").param("id", a).update();
        jdbc.sql("UPDATE proposal SET title = :t WHERE id = :id").param("t", "@SUM(1+1)").param("id", b).update();
        jdbc.sql("UPDATE proposal SET title = :t WHERE id = :id").param("t", "-2+3").param("id", c).update();

        List<CSVRecord> rows = parse(get("/open-data/consultations/" + consultation + "/tallies.csv").body());
        assertThat(rows).extracting(r -> r.get("title")).containsExactly("'=HYPERLINK(\"https://evil.example\",\"x\")", "'@SUM(1+1)", "'-2+3");
        assertThat(rows).extracting(r -> r.get("proposal_id"), r -> r.get("yes"), r -> r.get("no")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(a.toString(), "1", "0"),
                org.assertj.core.groups.Tuple.tuple(b.toString(), "0", "1"),
                org.assertj.core.groups.Tuple.tuple(c.toString(), "0", "0"));
    }

    @Test
    void accepted_proposals_reach_other_modules_through_the_event_publication_registry() {
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(a, 1));
        fixture.closeEarly();

        // the listener runs after the commit, on its own thread
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM EVENT_PUBLICATION
                WHERE EVENT_TYPE LIKE '%ProposalAccepted' AND SERIALIZED_EVENT LIKE :p AND COMPLETION_DATE IS NOT NULL""")
                .param("p", "%\"proposalId\":" + a + "%").query(Integer.class).single())
                .as("stored with the result and completed once the listener ran").isEqualTo(1));
        Long author = proposals.summaryOf(a).authorId();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'PROPOSAL_ACCEPTED'").param("u", author)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<CSVRecord> parse(String body) throws Exception {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
