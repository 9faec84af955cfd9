package org.gridvoice.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.ResidencyForm;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.OutcomeService;
import org.gridvoice.voting.OutcomeStatementForm;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.TieBreakForm;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published chain as a visitor downloads it: no sign-in, JSON Lines, paged by sequence number, the head in headers. */
@GridVoiceTest
class AuditExportOverHttpTest {

    @LocalServerPort int port;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired VotingFixture vote;
    @Autowired People people;
    @Autowired ResidencyService residencies;
    @Autowired ModerationService moderation;
    @Autowired DiscussionService discussion;
    @Autowired OutcomeService outcomes;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open-data/audit" + query))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines(HttpResponse<String> response) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void a_visitor_downloads_a_page_of_entries_in_order_with_the_head_and_can_recompute_each_hash() throws Exception {
        for (int i = 0; i < 2; i++) {
            transaction.executeWithoutResult(status -> audit.append(new AuditRecord("TEST_EXPORT", "test", 4, "p-x", "")));
        }
        transaction.executeWithoutResult(status -> audit.append(new AuditRecord("TEST_EXPORT", "test", 5, "p-x", "引号 \" 和\n换行")));
        audit.seal(Integer.MAX_VALUE);
        HttpResponse<String> head = get("?from=1&limit=1");
        long headSeq = Long.parseLong(head.headers().firstValue("X-Audit-Head-Seq").orElseThrow());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jsonl");
        assertThat(head.headers().firstValue("X-Audit-Head-Hash").orElseThrow()).isEqualTo(audit.headHash());

        HttpResponse<String> page = get("?from=" + (headSeq - 2) + "&limit=3");
        List<JsonNode> entries = lines(page);
        assertThat(entries).hasSize(3);
        assertThat(entries.stream().map(e -> e.get("seq").asLong()).toList()).containsExactly(headSeq - 2, headSeq - 1, headSeq);
        JsonNode last = entries.getLast();
        assertThat(last.get("payload").asString()).isEqualTo("引号 \" 和\n换行");
        assertThat(last.get("hash").asString()).isEqualTo(audit.headHash());
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).get("prevHash").asString()).isEqualTo(entries.get(i - 1).get("hash").asString());
        }
        // the README's recipe: SHA-256 over the fields joined by U+001F, as UTF-8
        String content = String.join("\u001F", last.get("prevHash").asString(), last.get("seq").asString(), last.get("occurredAt").asString(),
                last.get("kind").asString(), last.get("objectType").asString(), last.get("objectId").asString(),
                last.get("actorRef").asString(), last.get("payload").asString());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(last.get("hash").asString());

        assertThat(lines(get("?from=" + (headSeq + 1)))).isEmpty();
    }

    @Test
    void a_page_larger_than_the_maximum_or_starting_before_one_is_refused_with_a_clear_message() throws Exception {
        HttpResponse<String> tooLarge = get("?from=1&limit=5001");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("5000");
        assertThat(get("?from=0").statusCode()).isEqualTo(400);
    }

    @Test
    void the_whole_export_names_no_demo_person_email_or_room_nor_a_voter_of_a_closed_vote() throws Exception {
        // a vote cast and closed through the real services puts ballots and a result on the chain
        vote.threeProposalsOnTheBallot("链隐私");
        vote.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        vote.vote(0, java.util.Map.of(vote.a, 1, vote.b, 1));
        vote.vote(1, java.util.Map.of(vote.a, 1));
        vote.vote(2, java.util.Map.of(vote.c, 1));
        vote.closeEarly();
        People.signOut();
        audit.seal(Integer.MAX_VALUE);
        List<Long> voters = new ArrayList<>(java.util.Arrays.stream(vote.voters).map(v -> v.id()).toList());
        voters.add(vote.committee.id());
        String people = " (u.email LIKE '%@gridvoice.demo' OR u.id IN (" + String.join(",", voters.stream().map(String::valueOf).toList()) + "))";
        String export = wholeExport();
        assertThat(export).as("the vote's ballots are on the chain").contains("VOTE_CAST").contains("RESULT_PUBLISHED");
        List<String> names = jdbc.sql("SELECT display_name FROM account_user u WHERE " + people).query(String.class).list();
        List<String> emails = jdbc.sql("SELECT email FROM account_user u WHERE " + people).query(String.class).list();
        List<String> addresses = jdbc.sql("""
                SELECT CONCAT(r.building, r.unit, r.room) FROM account_residency r JOIN account_user u ON u.id = r.user_id
                WHERE """ + people).query(String.class).list();
        List<String> buildings = jdbc.sql("""
                SELECT DISTINCT r.building FROM account_residency r JOIN account_user u ON u.id = r.user_id
                WHERE """ + people).query(String.class).list();
        assertThat(names).isNotEmpty();
        assertThat(emails).isNotEmpty();
        assertThat(addresses).isNotEmpty();
        String text = export;
        for (String name : names) {
            assertThat(text).as("a demo name").doesNotContain(name);
        }
        for (String email : emails) {
            assertThat(text).as("a demo email").doesNotContain(email).doesNotContain(email.substring(0, email.indexOf('@')) + "@");
        }
        for (String address : addresses) {
            assertThat(text).as("a demo address").doesNotContain(address);
        }
        for (String building : buildings) {
            assertThat(text).as("a demo building").doesNotContain(building);
        }
        assertThat(text).doesNotContain("@gridvoice.demo");
    }

    @Test
    void the_committees_decisions_on_the_export_carry_no_name_email_room_nor_any_of_their_free_texts() throws Exception {
        // a resident's request rejected, another approved then revoked, with reasons that name them and their room
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        SignedInUser rejected = people.resident();
        SignedInUser revoked = people.resident();
        People.actAs(rejected);
        Long first = residencies.request(new ResidencyForm(People.COMMUNITY_XINGFULI, People.GRID_XINGFULI_1, "隐私楼甲", "7单元", "7707")).id();
        People.actAs(revoked);
        Long second = residencies.request(new ResidencyForm(People.COMMUNITY_XINGFULI, People.GRID_XINGFULI_1, "隐私楼乙", "8单元", "8808")).id();
        People.actAs(committee);
        List<String> freeTexts = new ArrayList<>(List.of(rejected.displayName() + " 的 7707 室不在本网格",
                revoked.displayName() + " 已搬离隐私楼乙", "投诉人手机 13800138000，评论已隐藏", "平局理由：乙楼居民更多",
                "结果声明：隐私楼乙加装电梯", "评论里写着 8808 室的电话"));
        residencies.reject(first, new ReasonForm(freeTexts.get(0)));
        residencies.approve(second);
        residencies.revoke(second, new ReasonForm(freeTexts.get(1)));

        // a vote with a tie the committee breaks, early closes, a hidden comment and a statement, all with free texts
        vote.threeProposalsOnTheBallot("链隐私决定");
        People.actAs(vote.voters[0]);
        Long comment = discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, vote.a), null, freeTexts.get(5), null));
        People.actAs(vote.committee);
        moderation.hide(new ContentRef(ContentRef.COMMENT, comment), new ReasonForm(freeTexts.get(2)));
        vote.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        vote.vote(0, java.util.Map.of(vote.a, 1, vote.b, 1));
        vote.vote(1, java.util.Map.of(vote.a, 1, vote.b, 1));
        vote.vote(2, java.util.Map.of(vote.c, 1));
        vote.closeEarly();
        People.actAs(vote.committee);
        outcomes.breakTie(vote.consultation, new TieBreakForm(java.util.Set.of(vote.b), freeTexts.get(3)));
        outcomes.publishStatement(vote.consultation, new OutcomeStatementForm(freeTexts.get(4)));
        People.signOut();
        freeTexts.addAll(List.of("结束征集", "结束讨论", "投票提前结束", "链隐私决定"));

        String text = wholeExport();
        assertThat(text).as("each decision is on the chain").contains("RESIDENCY_REJECTED", "RESIDENCY_APPROVED", "RESIDENCY_REVOKED",
                "CONSULTATION_PUBLISHED", "PHASE_CLOSED_EARLY", "VOTING_RULES_LOCKED", "MODERATION_HIDDEN", "TIE_BROKEN",
                "OUTCOME_PUBLISHED", "reason sha256 " + AuditRecord.textHash(freeTexts.get(0)));
        for (String free : freeTexts) {
            assertThat(text).as("a free text").doesNotContain(free);
        }
        for (SignedInUser person : List.of(committee, rejected, revoked, vote.committee, vote.voters[0], vote.voters[1], vote.voters[2])) {
            assertThat(text).as("a name or an email").doesNotContain(person.displayName()).doesNotContain(person.email());
        }
        List<String> demoNames = jdbc.sql("SELECT display_name FROM account_user WHERE email LIKE '%@gridvoice.demo'").query(String.class).list();
        for (String name : demoNames) {
            assertThat(text).as("a demo name").doesNotContain(name);
        }
        assertThat(text).doesNotContain("@gridvoice.demo", "@test.gridvoice", "隐私楼", "7单元", "13800138000");
    }

    /** Every page of the export, as a visitor downloads it. */
    private String wholeExport() throws Exception {
        StringBuilder export = new StringBuilder();
        long from = 1;
        while (true) {
            HttpResponse<String> page = get("?from=" + from + "&limit=5000");
            List<JsonNode> entries = lines(page);
            export.append(page.body());
            if (entries.size() < 5000) {
                return export.toString();
            }
            from = entries.getLast().get("seq").asLong() + 1;
        }
    }
}
