package org.gridvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with access to the database alters, deletes or inserts an entry: the server's verifier
 * and the command-line verifier anyone can run (tools/VerifyChain.java against /open-data/audit)
 * both name the same first broken entry. Every tampering is undone in a finally block, so the
 * shared chain is intact again for the other tests.
 */
@GridVoiceTest
class ChainTamperingTest {

    @LocalServerPort int port;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    private ChainTampering tampering;
    private long first;
    private long middle;

    @BeforeEach
    void threeFreshEntries() {
        tampering = new ChainTampering(jdbc, transaction, audit);
        audit.seal(Integer.MAX_VALUE); // nothing queued may be sealed while the chain is tampered with
        first = tampering.append("CASE_ROUTED", 101, "title sha256 aa");
        middle = tampering.append("CASE_ACCEPTED", 101, "");
        tampering.append("CASE_RESOLVED", 101, "summary sha256 bb");
    }

    private String url() {
        return "http://localhost:" + port;
    }

    @Test
    void the_command_line_verifier_prints_the_head_the_app_reports_for_an_intact_chain() throws Exception {
        ChainTampering.Run run = ChainTampering.verifyChain(url());
        assertThat(run.exitCode()).as(run.output()).isZero();
        AuditVerification server = audit.verify();
        assertThat(server.intact()).isTrue();
        assertThat(run.output()).startsWith("INTACT ").contains(" entries, head ").endsWith(" " + audit.headHash())
                .isEqualTo("INTACT " + server.checked() + " entries, head " + server.checked() + " " + server.headHash());
    }

    @Test
    void an_entry_altered_in_the_database_is_named_by_both_verifiers() throws Exception {
        Runnable undo = tampering.alter(middle, "forged payload");
        try {
            AuditVerification server = audit.verify();
            assertThat(server.firstBrokenSeq()).isEqualTo(middle);
            assertThat(server.problem()).isEqualTo(AuditVerification.Problem.CONTENT);
            ChainTampering.Run run = ChainTampering.verifyChain(url());
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).startsWith("BROKEN at entry " + middle + ": CONTENT ");
        } finally {
            undo.run();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void an_entry_deleted_from_the_database_is_named_by_both_verifiers() throws Exception {
        Runnable undo = tampering.delete(middle);
        try {
            AuditVerification server = audit.verify();
            assertThat(server.firstBrokenSeq()).isEqualTo(middle);
            assertThat(server.problem()).isEqualTo(AuditVerification.Problem.MISSING);
            ChainTampering.Run run = ChainTampering.verifyChain(url());
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).startsWith("BROKEN at entry " + middle + ": MISSING ");
        } finally {
            undo.run();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_well_forged_entry_inserted_in_the_database_breaks_the_link_of_the_next_and_both_verifiers_name_it() throws Exception {
        Runnable undo = tampering.insertAfter(first);
        try {
            // the forged entry itself links and hashes correctly; the entry pushed behind it no longer does
            AuditVerification server = audit.verify();
            assertThat(server.firstBrokenSeq()).isEqualTo(first + 2);
            assertThat(server.problem()).isEqualTo(AuditVerification.Problem.LINK);
            ChainTampering.Run run = ChainTampering.verifyChain(url());
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).startsWith("BROKEN at entry " + (first + 2) + ": LINK ");
        } finally {
            undo.run();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void an_entry_cut_off_the_end_is_named_by_both_verifiers() throws Exception {
        long last = tampering.append("CASE_CLOSED", 101, "");
        Runnable undo = tampering.delete(last);
        try {
            AuditVerification server = audit.verify();
            assertThat(server.firstBrokenSeq()).isEqualTo(last);
            assertThat(server.problem()).isEqualTo(AuditVerification.Problem.HEAD);
            ChainTampering.Run run = ChainTampering.verifyChain(url());
            assertThat(run.output()).startsWith("BROKEN at entry " + last + ": HEAD ");
        } finally {
            undo.run();
        }
    }
}
