package org.gridvoice.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the chain verifier (daily on a schedule, and whenever an administrator asks), keeps every
 * run, and announces a broken chain with {@link AuditChainBroken}.
 */
@Service
public class AuditVerificationService {

    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditVerificationService(AuditLog audit, JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Verifies the whole chain now, telling {@code progress} how many entries are checked so far. */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditRun verifyNow(LongConsumer progress) {
        return run(false, progress);
    }

    /** How many entries a verification started now would check (for a progress bar). */
    @PreAuthorize("hasRole('ADMIN')")
    public long chainLength() {
        return audit.headSeq();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AuditRun> lastScheduledRun() {
        return last("WHERE trigger_kind = 'SCHEDULED'");
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AuditRun> lastRun() {
        return last("");
    }

    /** The daily run (AuditVerificationJob). */
    AuditRun runScheduled() {
        return run(true, checked -> { });
    }

    private AuditRun run(boolean scheduled, LongConsumer progress) {
        LocalDateTime started = LocalDateTime.now(clock);
        AuditVerification result = audit.verify(progress);
        LocalDateTime finished = LocalDateTime.now(clock);
        return transaction.execute(status -> {
            long id = jdbc.sql("""
                    INSERT INTO audit_verification_run (started_at, finished_at, trigger_kind, checked, head_hash, first_broken_seq, problem)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(started, finished, scheduled ? "SCHEDULED" : "MANUAL", result.checked(), result.headHash(),
                            result.firstBrokenSeq(), result.problem() == null ? null : result.problem().name())
                    .query(Long.class).single();
            if (!result.intact()) {
                events.publishEvent(new AuditChainBroken(id, result.firstBrokenSeq(), result.problem()));
            }
            return new AuditRun(id, started, finished, scheduled, result.checked(), result.headHash(), result.firstBrokenSeq(),
                    result.problem());
        });
    }

    private Optional<AuditRun> last(String where) {
        return jdbc.sql("SELECT id, started_at, finished_at, trigger_kind, checked, head_hash, first_broken_seq, problem "
                        + "FROM audit_verification_run " + where + " ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new AuditRun(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class),
                        "SCHEDULED".equals(rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getObject(7, Long.class),
                        rs.getString(8) == null ? null : AuditVerification.Problem.valueOf(rs.getString(8))))
                .optional();
    }
}
