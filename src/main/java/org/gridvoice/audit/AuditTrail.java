package org.gridvoice.audit;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
        return broken(List.of(e)).isEmpty();
    }

    /** The sequence numbers of those entries that do not hold (see {@link #holds}), read with one query whatever their number. */
    public Set<Long> broken(Collection<AuditEntry> entries) {
        Set<Long> before = entries.stream().map(e -> e.seq() - 1).filter(seq -> seq > 0).collect(Collectors.toSet());
        Map<Long, String> hashes = new HashMap<>();
        if (!before.isEmpty()) {
            jdbc.sql("SELECT seq, hash FROM audit_entry WHERE seq IN (:seqs)").param("seqs", before)
                    .query((rs, n) -> hashes.put(rs.getLong(1), rs.getString(2))).list();
        }
        Set<Long> broken = new HashSet<>();
        for (AuditEntry e : entries) {
            String prev = e.seq() == 1 ? "0".repeat(64) : hashes.get(e.seq() - 1);
            boolean holds = e.prevHash().equals(prev) && e.hash().equals(ChainHash.of(e.prevHash(), e.seq(),
                    LocalDateTime.parse(e.occurredAt()), e.kind(), e.objectType(), e.objectId(), e.actorRef(), e.payload()));
            if (!holds) {
                broken.add(e.seq());
            }
        }
        return broken;
    }

    /** Where anyone can read one entry as published: the export's page that starts with it. */
    public static String link(long seq) {
        return "/open-data/audit?from=" + seq + "&limit=1";
    }
}
