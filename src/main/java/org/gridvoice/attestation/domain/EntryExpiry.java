package org.gridvoice.attestation.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries the resident has not attested within 14 days expire: they never become items, and the chain says so. */
@Component
public class EntryExpiry {

    private static final int BATCH = 200;

    private final EntryStore entries;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    EntryExpiry(EntryStore entries, AuditLog audit, Clock clock, TransactionTemplate tx) {
        this.tx = tx;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gridvoice.attestation.expiry-interval:PT10M}")
    @SchedulerLock(name = "attestation-expiry", lockAtMostFor = "PT5M")
    public void run() {
        while (expireBatch() == BATCH) {
            // more were due: go on in a new transaction, so the chain's head is held briefly
        }
    }

    /** Expires up to one batch of due entries in one transaction; returns how many. */
    public int expireBatch() {
        Integer count = tx.execute(status -> {
            List<Long> expired = entries.expireDue(LocalDateTime.now(clock), BATCH);
            expired.forEach(id -> audit.append(new AuditRecord("STAFF_ENTRY_EXPIRED", "attestation_entry", id, "system", "")));
            return expired.size();
        });
        return count == null ? 0 : count;
    }
}
