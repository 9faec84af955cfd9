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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditLog;
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
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Paper ballots recorded at the committee office (现场投票): counted like online ones, one channel per
 * voter, a witness of the community who is someone else, nothing stored on any refusal.
 */
@GridVoiceTest
class PaperBallotTest {

    private static final String WITNESS_PASSWORD = "witness-password-1";

    @Autowired VotingFixture fixture;
    @Autowired VoteService votes;
    @Autowired ResultService results;
    @Autowired PaperBallotDesk desk;
    @Autowired AuditLog audit;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @LocalServerPort int port;

    private Long consultation;
    private Long a;
    private Long b;
    private SignedInUser recorder;
    private SignedInUser witness;

    @BeforeEach
    void ballotAndStaff() {
        fixture.threeProposalsOnTheBallot("现场投票");
        consultation = fixture.consultation;
        a = fixture.a;
        b = fixture.b;
        recorder = fixture.committee;
        witness = withPassword(people.committeeOf(People.COMMUNITY_XINGFULI));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private SignedInUser withPassword(SignedInUser user) {
        jdbc.sql("UPDATE account_user SET password_hash = :h WHERE id = :u").param("h", passwords.encode(WITNESS_PASSWORD))
                .param("u", user.id()).update();
        return user;
    }

    private static VotingRulesForm yesNo(boolean household) {
        return new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, household);
    }

    private String onPaper(SignedInUser elector, Map<Long, Integer> choices) {
        People.actAs(recorder);
        return votes.castOnPaper(consultation, elector.id(), new BallotForm(choices), witness.email(), WITNESS_PASSWORD);
    }

    /** Ballots, choices and vote entries (queued or chained) of the consultation: what a refusal must leave as it was. */
    private List<Long> stored() {
        return List.of(
                count("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c"),
                count("SELECT COUNT(*) FROM voting_choice WHERE consultation_id = :c"),
                count("SELECT (SELECT COUNT(*) FROM audit_queue WHERE object_type = 'consultation' AND object_id = :c AND kind LIKE '%VOTE%')"
                        + " + (SELECT COUNT(*) FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND kind LIKE '%VOTE%')"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("c", consultation).query(Long.class).single();
    }

    private static void refused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(field, key))
                .as("refused with %s", key).isTrue());
    }

    @Test
    void a_paper_ballot_counts_in_the_tally_like_an_online_one_and_page_and_csv_show_the_channels_adding_up() throws Exception {
        fixture.open(yesNo(false));
        fixture.vote(0, Map.of(a, 1));
        String paper = onPaper(fixture.voters[2], Map.of(a, 1, b, -1));
        assertThat(paper).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        fixture.closeEarly();

        VotingResult result = results.result(consultation).orElseThrow();
        assertThat(result.turnout()).isEqualTo(2);
        ResultLine lineA = result.lines().stream().filter(l -> l.proposalId().equals(a)).findFirst().orElseThrow();
        ResultLine lineB = result.lines().stream().filter(l -> l.proposalId().equals(b)).findFirst().orElseThrow();
        assertThat(lineA.yes()).as("the online and the paper yes").isEqualTo(2);
        assertThat(lineB.no()).as("the paper no").isEqualTo(1);
        ChannelCounts channels = results.channelCounts(consultation).orElseThrow();
        assertThat(channels).isEqualTo(new ChannelCounts(1, 1));
        assertThat(channels.total()).isEqualTo(result.turnout());

        People.signOut();
        HttpResponse<String> csv = get("/open-data/consultations/" + consultation + "/ballots.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> ballots = parse(csv.body());
        assertThat(ballots).hasSize(result.turnout());
        assertThat(ballots.stream().filter(r -> r.get("channel").equals("online")).count()).isEqualTo(channels.online());
        assertThat(ballots.stream().filter(r -> r.get("channel").equals("paper")).count()).isEqualTo(channels.paper());
        CSVRecord paperRow = ballots.stream().filter(r -> r.get("receipt").equals(paper)).findFirst().orElseThrow();
        assertThat(paperRow.get("channel")).isEqualTo("paper");
        assertThat(List.of(paperRow.get("proposal_" + a), paperRow.get("proposal_" + b))).containsExactly("yes", "no");
    }

    @Test
    void an_elector_who_voted_on_paper_cannot_vote_online_and_one_who_voted_online_cannot_vote_on_paper() {
        fixture.open(yesNo(false));
        String paper = onPaper(fixture.voters[0], Map.of(a, 1));
        List<Long> before = stored();
        People.actAs(fixture.voters[0]);
        refused(() -> votes.cast(consultation, new BallotForm(Map.of(a, -1))), null, "paper.error.voted-on-paper");
        assertThat(votes.myBallot(consultation)).get().satisfies(mine -> {
            assertThat(mine.choices()).as("the paper ballot stands").isEqualTo(Map.of(a, 1));
            assertThat(mine.receipt()).isEqualTo(paper);
            assertThat(mine.channel()).isEqualTo(BallotChannel.PAPER);
        });
        assertThat(stored()).isEqualTo(before);

        fixture.vote(2, Map.of(b, 1));
        List<Long> afterOnline = stored();
        refused(() -> onPaper(fixture.voters[2], Map.of(b, -1)), null, "paper.error.voted-online");
        assertThat(stored()).isEqualTo(afterOnline);
        People.actAs(fixture.voters[2]);
        assertThat(votes.myBallot(consultation)).get().extracting(MyBallot::choices).isEqualTo(Map.of(b, 1));
    }

    @Test
    void a_paper_ballot_is_replaced_only_on_paper_with_a_witness_again_and_both_acts_are_on_the_chain() {
        fixture.open(yesNo(false));
        String first = onPaper(fixture.voters[0], Map.of(a, 1));
        People.actAs(recorder);
        refused(() -> votes.castOnPaper(consultation, fixture.voters[0].id(), new BallotForm(Map.of(a, -1)), witness.email(), ""),
                "witness", "witness.error.required");
        String second = onPaper(fixture.voters[0], Map.of(a, -1, b, 0));
        assertThat(second).isNotEqualTo(first);
        People.actAs(fixture.voters[0]);
        assertThat(votes.myBallot(consultation)).get().satisfies(mine -> {
            assertThat(mine.choices()).isEqualTo(Map.of(a, -1, b, 0));
            assertThat(mine.receipt()).isEqualTo(second);
        });
        audit.seal(Integer.MAX_VALUE);
        assertThat(jdbc.sql("SELECT kind FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c AND kind LIKE '%VOTE%' ORDER BY seq")
                .param("c", consultation).query(String.class).list()).containsExactly("PAPER_VOTE_CAST", "PAPER_VOTE_CHANGED");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_witness_who_is_the_recorder_gives_a_wrong_password_or_serves_elsewhere_is_refused_and_nothing_is_stored() {
        fixture.open(yesNo(false));
        withPassword(recorder);
        SignedInUser elsewhere = withPassword(people.committeeOf(People.COMMUNITY_MEIYUAN));
        Long elector = fixture.voters[0].id();
        People.actAs(recorder);
        refused(() -> votes.castOnPaper(consultation, elector, new BallotForm(Map.of(a, 1)), recorder.email(), WITNESS_PASSWORD),
                "witness", "witness.error.same-person");
        refused(() -> votes.castOnPaper(consultation, elector, new BallotForm(Map.of(a, 1)), witness.email(), "not-the-password"),
                "witness", "witness.error.credentials");
        refused(() -> votes.castOnPaper(consultation, elector, new BallotForm(Map.of(a, 1)), elsewhere.email(), WITNESS_PASSWORD),
                "witness", "witness.error.not-staff");
        assertThat(stored()).containsExactly(0L, 0L, 0L);
    }

    @Test
    void outside_voting_for_a_non_elector_for_oneself_or_by_staff_of_another_community_nothing_is_stored() {
        refused(() -> onPaper(fixture.voters[0], Map.of(a, 1)), null, "paper.error.phase");
        fixture.open(yesNo(false));
        SignedInUser outsider = people.verifiedResidentOf(People.GRID_MEIYUAN_1);
        refused(() -> onPaper(outsider, Map.of(a, 1)), null, "paper.error.not-elector");
        refused(() -> onPaper(recorder, Map.of(a, 1)), null, "paper.error.own-ballot");
        refused(() -> onPaper(fixture.voters[0], Map.of()), null, "voting.error.empty");
        SignedInUser otherCommittee = people.committeeOf(People.COMMUNITY_MEIYUAN);
        People.actAs(otherCommittee);
        assertThatThrownBy(() -> votes.castOnPaper(consultation, fixture.voters[0].id(), new BallotForm(Map.of(a, 1)), witness.email(),
                WITNESS_PASSWORD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.find(consultation, "测试")).isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.voters[1]);
        assertThat(desk.mayRecord(consultation)).as("a resident is no staff").isFalse();
        assertThat(stored()).containsExactly(0L, 0L, 0L);

        fixture.closeEarly();
        refused(() -> onPaper(fixture.voters[0], Map.of(a, 1)), null, "paper.error.phase");
        assertThat(stored()).containsExactly(0L, 0L, 0L);
    }

    @Test
    void under_the_household_rule_a_paper_ballot_is_the_households_vote() {
        fixture.open(yesNo(true));
        // voters 0 and 1 share the address 1号楼 1单元 101 of grid 1
        onPaper(fixture.voters[0], Map.of(a, 1));
        People.actAs(fixture.voters[1]);
        refused(() -> votes.cast(consultation, new BallotForm(Map.of(a, -1))), null, "voting.error.household-voted");
        refused(() -> onPaper(fixture.voters[1], Map.of(a, -1)), null, "paper.error.household-voted");
        People.actAs(fixture.voters[0]);
        refused(() -> votes.cast(consultation, new BallotForm(Map.of(a, -1))), null, "paper.error.voted-on-paper");
        onPaper(fixture.voters[0], Map.of(a, 0));
        People.actAs(fixture.voters[1]);
        assertThat(votes.myBallot(consultation)).get().extracting(MyBallot::choices, MyBallot::channel)
                .containsExactly(Map.of(a, 0), BallotChannel.PAPER);
        assertThat(count("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c")).isEqualTo(1);

        // and a household that voted online cannot add a paper ballot
        fixture.vote(2, Map.of(b, 1));
        refused(() -> onPaper(fixture.voters[2], Map.of(b, -1)), null, "paper.error.voted-online");
    }

    @Test
    void paper_entries_on_the_chain_name_nobody_and_the_witness_pseudonym_is_not_their_voter_reference() {
        fixture.open(yesNo(false));
        onPaper(fixture.voters[0], Map.of(a, 1));
        audit.seal(Integer.MAX_VALUE);
        record Entry(String actorRef, String payload) {
        }
        Entry entry = jdbc.sql("SELECT actor_ref, payload FROM audit_entry WHERE object_type = 'consultation' AND object_id = :c"
                + " AND kind = 'PAPER_VOTE_CAST'").param("c", consultation).query(Entry.class).single();
        String voterRef = jdbc.sql("SELECT voter_ref FROM voting_ballot WHERE consultation_id = :c").param("c", consultation)
                .query(String.class).single();
        assertThat(entry.actorRef()).isEqualTo(voterRef).startsWith("p-");
        assertThat(entry.payload()).contains(" witness p-").contains(" recorder p-");
        for (SignedInUser person : List.of(fixture.voters[0], recorder, witness)) {
            assertThat(entry.payload() + entry.actorRef()).doesNotContain(person.displayName()).doesNotContain(person.email());
        }
        // under the ballots' own context the witness's and the recorder's pseudonyms are their voter references
        for (SignedInUser staff : List.of(recorder, witness)) {
            assertThat(entry.payload()).doesNotContain(audit.pseudonym(staff.id(), "consultation-" + consultation))
                    .doesNotContain(" " + staff.id() + " ");
        }
    }

    @Test
    void the_desk_finds_electors_by_name_or_address_tells_only_whether_and_how_they_voted_and_logs_the_view() {
        SignedInUser newcomer = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        String newcomerName = "纸票新人" + System.nanoTime();
        jdbc.sql("UPDATE account_user SET display_name = :n WHERE id = :u").param("n", newcomerName).param("u", newcomer.id()).update();
        String building = "纸票" + (System.nanoTime() % 1_000_000) + "号楼";
        jdbc.sql("UPDATE account_residency SET building = :b, unit = '2单元', room = '302' WHERE user_id IN (:u)")
                .param("b", building).param("u", List.of(fixture.voters[0].id(), fixture.voters[2].id())).update();
        fixture.open(yesNo(false));
        fixture.vote(2, Map.of(a, 1));
        onPaper(fixture.voters[0], Map.of(a, 1));
        SignedInUser lateComer = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        jdbc.sql("UPDATE account_residency SET building = :b, unit = '2单元', room = '303' WHERE user_id = :u")
                .param("b", building).param("u", lateComer.id()).update();

        People.actAs(witness);
        assertThat(desk.mayRecord(consultation)).isTrue();
        List<PaperElector> found = desk.find(consultation, building + " 2单元");
        assertThat(found).extracting(PaperElector::userId, PaperElector::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(fixture.voters[0].id(), PaperElector.Status.VOTED_PAPER),
                org.assertj.core.groups.Tuple.tuple(fixture.voters[2].id(), PaperElector.Status.VOTED_ONLINE),
                org.assertj.core.groups.Tuple.tuple(lateComer.id(), PaperElector.Status.NOT_ELECTOR));
        assertThat(found).allSatisfy(e -> assertThat(e.building()).isEqualTo(building));
        assertThat(desk.find(consultation, newcomerName)).extracting(PaperElector::userId, PaperElector::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(newcomer.id(), PaperElector.Status.NOT_VOTED));
        assertThat(desk.find(consultation, "  ")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_data_access WHERE viewer_id = :v AND purpose = 'PAPER_BALLOT' AND subject_id IN (:s)")
                .param("v", witness.id()).param("s", List.of(fixture.voters[0].id(), fixture.voters[2].id(), lateComer.id(), newcomer.id()))
                .query(Long.class).single()).isEqualTo(4);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<CSVRecord> parse(String body) throws Exception {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
