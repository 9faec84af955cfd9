package org.gridvoice.audit;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridvoice.audit.domain.ChainHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test helpers: appends entries, tampers with the shared chain the way someone with database
 * access could (each tampering returns an undo that puts the rows back exactly), and runs the
 * command-line verifier tools/VerifyChain.java with the test JVM's own java.
 */
final class ChainTampering {

    record Run(int exitCode, String output) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    ChainTampering(JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
    }

    long append(String kind, long objectId, String payload) {
        String hash = transaction.execute(status -> audit.append(new AuditRecord(kind, "test", objectId, "p-tester", payload)));
        return jdbc.sql("SELECT seq FROM audit_entry WHERE hash = :h").param("h", hash).query(Long.class).single();
    }

    /** Changes an entry's payload; the undo restores it. */
    Runnable alter(long seq, String payload) {
        String before = jdbc.sql("SELECT payload FROM audit_entry WHERE seq = ?").params(seq).query(String.class).single();
        jdbc.sql("UPDATE audit_entry SET payload = ? WHERE seq = ?").params(payload, seq).update();
        return () -> jdbc.sql("UPDATE audit_entry SET payload = ? WHERE seq = ?").params(before, seq).update();
    }

    /** Deletes an entry; the undo inserts the same row again. */
    Runnable delete(long seq) {
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").params(seq).query().singleRow();
        jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").params(seq).update();
        return () -> jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, kind, object_type, object_id, actor_ref, payload, prev_hash, hash)
                VALUES (:seq, :occurred_at, :kind, :object_type, :object_id, :actor_ref, :payload, :prev_hash, :hash)""")
                .params(row).update();
    }

    /**
     * Inserts a well-forged entry right after {@code seq} (linked to it and hashed correctly),
     * moving the later entries one number up; the undo removes it and moves them back.
     */
    Runnable insertAfter(long seq) {
        String prev = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").params(seq).query(String.class).single();
        var at = java.time.LocalDateTime.of(2026, 1, 1, 12, 0, 1);
        String hash = ChainHash.of(prev, seq + 1, at, "CASE_CLOSED", "case", 424242, "forger", "forged");
        jdbc.sql("UPDATE audit_entry SET seq = seq + 1 WHERE seq > ? ORDER BY seq DESC").params(seq).update();
        jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, kind, object_type, object_id, actor_ref, payload, prev_hash, hash)
                VALUES (?, ?, 'CASE_CLOSED', 'case', 424242, 'forger', 'forged', ?, ?)""").params(seq + 1, at, prev, hash).update();
        return () -> {
            jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").params(seq + 1).update();
            jdbc.sql("UPDATE audit_entry SET seq = seq - 1 WHERE seq > ? ORDER BY seq").params(seq + 1).update();
        };
    }

    /** Runs {@code java tools/VerifyChain.java baseUrl} as a separate process, as a resident would. */
    static Run verifyChain(String baseUrl) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>(List.of(java, "tools/VerifyChain.java", baseUrl));
        Process process = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir"))).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("VerifyChain did not finish in two minutes");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }
}
