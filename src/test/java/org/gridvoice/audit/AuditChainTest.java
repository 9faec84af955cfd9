package org.gridvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain on the real database. Tests that tamper with an entry put it back afterwards, so the
 * shared chain stays intact for the others.
 */
@GridVoiceTest
class AuditChainTest {

    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    private String append(String kind, long objectId, String payload) {
        return transaction.execute(status -> audit.append(new AuditRecord(kind, "test", objectId, "p-tester", payload)));
    }

    private long seqOf(String hash) {
        return jdbc.sql("SELECT seq FROM audit_entry WHERE hash = :h").param("h", hash).query(Long.class).single();
    }

    @Test
    void entries_chain_and_the_head_is_the_newest_hash() {
        String first = append("VOTE_CAST", 1, "选择 A");
        String second = append("VOTE_CHANGED", 1, "选择 B");
        assertThat(jdbc.sql("SELECT prev_hash FROM audit_entry WHERE hash = :h").param("h", second).query(String.class).single())
                .isEqualTo(first);
        assertThat(audit.headHash()).isEqualTo(second);
        AuditVerification verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.headHash()).isEqualTo(second);
        assertThat(verification.checked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void an_entry_altered_in_the_database_is_named_by_the_verifier() {
        append("VOTE_CAST", 7, "选择 A");
        String target = append("VOTE_CAST", 8, "选择 B");
        append("VOTE_CAST", 9, "选择 C");
        long seq = seqOf(target);
        jdbc.sql("UPDATE audit_entry SET payload = '选择 A' WHERE seq = :s").param("s", seq).update();
        try {
            AuditVerification verification = audit.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
        } finally {
            jdbc.sql("UPDATE audit_entry SET payload = '选择 B' WHERE seq = :s").param("s", seq).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void appending_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> audit.append(new AuditRecord("VOTE_CAST", "test", 1, "p-x", "")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void concurrent_appends_from_eight_threads_keep_one_gap_free_chain() throws Exception {
        long before = jdbc.sql("SELECT seq FROM audit_head WHERE id = 1").query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    append("VOTE_CAST", thread * 100L + i, "thread " + thread + " vote " + i);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        // the sealer may chain other tests' queued entries meanwhile: count this test's own
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT seq) FROM audit_entry WHERE seq > :b AND object_type = 'test' AND payload LIKE 'thread % vote %'")
                .param("b", before).query(Long.class).single()).isEqualTo(200);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void pseudonyms_are_stable_per_context_and_differ_between_contexts() {
        // an id of ten digits: a two-digit id turns up by chance in a random base64 pseudonym about once in 200 runs
        long id = 4_294_967_291L;
        assertThat(audit.pseudonym(id, "ballot-1")).isEqualTo(audit.pseudonym(id, "ballot-1")).isNotEqualTo(audit.pseudonym(id, "ballot-2"))
                .isNotEqualTo(audit.pseudonym(id + 1, "ballot-1")).doesNotContain(Long.toString(id));
    }

    @Test
    void queued_entries_are_chained_in_the_order_they_were_recorded_and_rolled_back_ones_never_appear() {
        transaction.execute(status -> {
            audit.enqueue(new AuditRecord("VOTE_CAST", "queue-test", 1, "p-one", "first"));
            return null;
        });
        transaction.execute(status -> {
            audit.enqueue(new AuditRecord("VOTE_CAST", "queue-test", 1, "p-gone", "rolled back"));
            status.setRollbackOnly();
            return null;
        });
        transaction.execute(status -> {
            audit.enqueue(new AuditRecord("VOTE_CHANGED", "queue-test", 1, "p-one", "second"));
            return null;
        });
        audit.seal(Integer.MAX_VALUE);
        assertThat(jdbc.sql("SELECT payload FROM audit_entry WHERE object_type = 'queue-test' ORDER BY seq").query(String.class).list())
                .containsExactly("first", "second");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_queue WHERE object_type = 'queue-test'").query(Long.class).single()).isZero();
        AuditVerification verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.headHash()).isEqualTo(audit.headHash());
    }

    @Test
    void queuing_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> audit.enqueue(new AuditRecord("VOTE_CAST", "test", 1, "p-x", "")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
