package org.gridvoice.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridvoice.audit.domain.ChainHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chained entries that record one object's decisions (a case, a consultation…), for pages that
 * link to the entry covering what they show and for "verify this" checks. Public: the chain is.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private record Row(long seq, LocalDateTime occurredAt, String kind, String objectType, long objectId, String actorRef,
                       String payload, String prevHash, String hash) {

        AuditEntry entry() {
            return new AuditEntry(seq, occurredAt.toString(), kind, objectType, objectId, actorRef, payload, prevHash, hash);
        }
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every chained entry about the object, oldest first (queued entries not yet sealed are not included). */
    public List<AuditEntry> entriesFor(String objectType, long objectId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE object_type = :type AND object_id = :id ORDER BY seq")
                .param("type", objectType).param("id", objectId).query(Row.class).stream().map(Row::entry).toList();
    }

    /** The newest chained entry of that kind about the object, if any. */
    public Optional<AuditEntry> latest(String objectType, long objectId, String kind) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE object_type = :type AND object_id = :id AND kind = :kind ORDER BY seq DESC LIMIT 1")
                .param("type", objectType).param("id", objectId).param("kind", kind).query(Row.class).optional().map(Row::entry);
    }

    /**
     * Whether the entry is intact where it stands: its hash is the SHA-256 of its fields (as
     * tools/VerifyChain.java computes it) and its prevHash is the hash of the entry before it
     * (64 zeros for the first). Checks this link only; {@link AuditLog#verify()} checks them all.
     */
    public boolean holds(AuditEntry e) {
        String prev = e.seq() == 1 ? "0".repeat(64) : jdbc.sql("SELECT hash FROM audit_entry WHERE seq = :seq")
                .param("seq", e.seq() - 1).query(String.class).optional().orElse(null);
        return e.prevHash().equals(prev) && e.hash().equals(ChainHash.of(e.prevHash(), e.seq(), LocalDateTime.parse(e.occurredAt()),
                e.kind(), e.objectType(), e.objectId(), e.actorRef(), e.payload()));
    }

    /** Where anyone can read one entry as published: the export's page that starts with it. */
    public static String link(long seq) {
        return "/open-data/audit?from=" + seq + "&limit=1";
    }
}
