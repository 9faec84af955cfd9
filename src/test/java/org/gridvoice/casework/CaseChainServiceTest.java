package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every public step of a case lands on the audit chain with the step, and "verify this case" finds
 * a timeline changed behind the app's back: a note altered, a step deleted or slipped in, an entry
 * altered. Tampering with the shared chain is undone in a finally block.
 */
@GridVoiceTest
class CaseChainServiceTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final long CHENGGUAN = 3L;

    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService cases;
    @Autowired CaseWorkflow workflow;
    @Autowired FeedbackService feedback;
    @Autowired CaseChainService chain;
    @Autowired AuditTrail trail;
    @Autowired AuditLog audit;
    @Autowired ProposalService proposals;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private Long caseId;

    /** Routed, noted internally, accepted, transferred with a reason by the lead, accepted again, resolved, and answered by its proposer. */
    @BeforeEach
    void aWorkedCase() {
        fixture.threeProposalsOnTheBallot("核验");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        SignedInUser officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        SignedInUser lead = people.create(Role.OFFICE_LEAD, GRID_STATION_XINGFULI);
        SignedInUser chengguan = people.create(Role.OFFICER, CHENGGUAN);
        People.actAs(fixture.committee);
        caseId = cases.route(fixture.a, new RouteForm("请尽快处理"));
        People.actAs(officer);
        workflow.note(caseId, new CaseNoteForm("内部：先去现场看看", null));
        workflow.accept(caseId, null);
        People.actAs(lead);
        workflow.transfer(caseId, new TransferForm(CHENGGUAN, "路灯属于城管科管理"));
        People.actAs(chengguan);
        workflow.accept(caseId, "收到");
        workflow.resolve(caseId, new CaseNoteForm("路灯已修好", null));
        Long author = proposals.summaryOf(fixture.a).authorId();
        String email = jdbc.sql("SELECT email FROM account_user WHERE id = :id").param("id", author).query(String.class).single();
        People.actAs(new SignedInUser(author, email, "居民", true, java.util.EnumSet.of(Role.RESIDENT), null));
        feedback.answer(caseId, new FeedbackForm(Resolution.RESOLVED, Satisfaction.SATISFIED, "谢谢"));
        People.signOut();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private long publicSteps() {
        return jdbc.sql("SELECT COUNT(*) FROM casework_event WHERE case_id = :c AND internal = FALSE").param("c", caseId)
                .query(Long.class).single();
    }

    private long eventId(String kind) {
        return jdbc.sql("SELECT MIN(id) FROM casework_event WHERE case_id = :c AND kind = :k").param("c", caseId).param("k", kind)
                .query(Long.class).single();
    }

    private AuditEntry entryOf(long eventId) {
        return trail.entriesFor("case", caseId).stream().filter(e -> e.payload().startsWith("event " + eventId + " ")).findFirst()
                .orElseThrow();
    }

    @Test
    void an_untouched_case_matches_one_entry_per_public_step_and_the_internal_note_stays_off_the_chain() {
        List<AuditEntry> entries = trail.entriesFor("case", caseId);
        assertThat(entries).extracting(AuditEntry::kind).containsExactly("CASE_ROUTED", "CASE_ACCEPTED", "CASE_TRANSFERRED",
                "CASE_ACCEPTED", "CASE_RESOLVED", "CASE_CONFIRMED");
        assertThat(entries).hasSize((int) publicSteps());
        assertThat(entries).allSatisfy(e -> assertThat(trail.holds(e)).isTrue());

        CaseVerification result = chain.verify(caseId);
        assertThat(result.matches()).isTrue();
        assertThat(result.matched()).isEqualTo(6);
        assertThat(chain.links(caseId)).extracting(CaseChainLink::seq).containsExactlyElementsOf(entries.stream().map(AuditEntry::seq).toList());
        assertThat(chain.links(caseId).getFirst().href()).isEqualTo("/open-data/audit?from=" + entries.getFirst().seq() + "&limit=1");
    }

    @Test
    void an_entry_carries_ids_and_the_note_s_hash_and_the_residents_answer_names_nobody() {
        long transfer = eventId("TRANSFERRED");
        AuditEntry entry = entryOf(transfer);
        var at = jdbc.sql("SELECT at FROM casework_event WHERE id = :id").param("id", transfer).query(java.time.LocalDateTime.class).single();
        assertThat(entry.payload()).isEqualTo("event " + transfer + " TRANSFERRED at " + at + " office " + GRID_STATION_XINGFULI + " to "
                + CHENGGUAN + " note sha256 " + AuditRecord.textHash("路灯属于城管科管理"));
        assertThat(entry.actorRef()).startsWith("account:");
        AuditEntry answer = entryOf(eventId("CONFIRMED"));
        assertThat(answer.actorRef()).isEqualTo("resident");
        assertThat(answer.payload()).endsWith(" answer RESOLVED SATISFIED");
        assertThat(trail.entriesFor("case", caseId)).allSatisfy(e -> assertThat(e.payload()).doesNotContain("路灯", "谢谢", "@"));
    }

    @Test
    void a_note_altered_directly_in_the_database_is_named() {
        long transfer = eventId("TRANSFERRED");
        jdbc.sql("UPDATE casework_event SET note = '居民要求转办' WHERE id = :id").param("id", transfer).update();

        CaseVerification result = chain.verify(caseId);

        assertThat(result.matches()).isFalse();
        assertThat(result.mismatch().kind()).isEqualTo(CaseEventKind.TRANSFERRED);
        assertThat(result.mismatch().problem()).isEqualTo(CaseVerification.Problem.ALTERED);
        assertThat(result.mismatch().seq()).isEqualTo(entryOf(transfer).seq());
    }

    @Test
    void a_resident_s_answer_altered_directly_in_the_database_is_named() {
        long answer = eventId("CONFIRMED");
        jdbc.sql("UPDATE casework_confirmation SET satisfaction = 'UNSATISFIED' WHERE event_id = :id").param("id", answer).update();

        CaseVerification result = chain.verify(caseId);

        assertThat(result.matches()).isFalse();
        assertThat(result.mismatch().kind()).isEqualTo(CaseEventKind.CONFIRMED);
        assertThat(result.mismatch().problem()).isEqualTo(CaseVerification.Problem.ALTERED);
        assertThat(result.mismatch().seq()).isEqualTo(entryOf(answer).seq());
    }

    @Test
    void a_step_deleted_from_the_database_is_named() {
        long resolved = eventId("RESOLVED");
        long seq = entryOf(resolved).seq();
        jdbc.sql("DELETE FROM casework_event WHERE id = :id").param("id", resolved).update();

        CaseVerification result = chain.verify(caseId);

        assertThat(result.mismatch().kind()).isEqualTo(CaseEventKind.RESOLVED);
        assertThat(result.mismatch().problem()).isEqualTo(CaseVerification.Problem.DELETED);
        assertThat(result.mismatch().seq()).isEqualTo(seq);
        assertThat(result.matched()).isEqualTo(5);
    }

    @Test
    void a_step_slipped_into_the_timeline_by_sql_is_on_no_entry() {
        jdbc.sql("""
                INSERT INTO casework_event (case_id, at, kind, office_id, note, internal)
                VALUES (:c, NOW(6), 'UPDATED', :o, '已经处理完毕', FALSE)""").param("c", caseId).param("o", CHENGGUAN).update();

        CaseVerification result = chain.verify(caseId);

        assertThat(result.mismatch().kind()).isEqualTo(CaseEventKind.UPDATED);
        assertThat(result.mismatch().problem()).isEqualTo(CaseVerification.Problem.NOT_ON_CHAIN);
        assertThat(result.mismatch().seq()).isNull();
    }

    @Test
    void an_entry_altered_in_the_chain_is_named_before_the_difference_it_makes() {
        long accepted = eventId("ACCEPTED");
        AuditEntry entry = entryOf(accepted);
        jdbc.sql("UPDATE audit_entry SET payload = :p WHERE seq = :s").param("p", entry.payload().replace("note -", "note sha256 00"))
                .param("s", entry.seq()).update();
        try {
            CaseVerification result = chain.verify(caseId);
            assertThat(result.mismatch().kind()).isEqualTo(CaseEventKind.ACCEPTED);
            assertThat(result.mismatch().problem()).isEqualTo(CaseVerification.Problem.ENTRY_BROKEN);
            assertThat(result.mismatch().seq()).isEqualTo(entry.seq());
        } finally {
            jdbc.sql("UPDATE audit_entry SET payload = :p WHERE seq = :s").param("p", entry.payload()).param("s", entry.seq()).update();
        }
        assertThat(chain.verify(caseId).matches()).isTrue();
        assertThat(audit.verify().intact()).isTrue();
    }
}
