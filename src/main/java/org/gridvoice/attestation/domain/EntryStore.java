package org.gridvoice.attestation.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.attestation.AttestationMethod;
import org.gridvoice.attestation.EntryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff entries in plain SQL: written when entered, locked while attested or rejected, paged for the lists. */
@Component
public class EntryStore {

    /** An entry as stored. */
    public record Row(long id, String kind, long residentId, long staffId, long communityId, String payload, String status,
                      LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime decidedAt, String method, Long witnessId,
                      String rejectReason, Long itemId, String itemRoute) {

        public EntryStatus entryStatus() {
            return EntryStatus.valueOf(status);
        }

        /** Pending and not past its time (the expiry job may not have run yet). */
        public boolean pendingAt(LocalDateTime now) {
            return entryStatus() == EntryStatus.PENDING && expiresAt.isAfter(now);
        }
    }

    private static final String COLUMNS = """
            id, kind, resident_id, staff_id, community_id, payload, status, created_at, expires_at, decided_at, method, witness_id,
            reject_reason, item_id, item_route""";

    private final JdbcClient jdbc;

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String kind, long residentId, long staffId, long communityId, String payload, LocalDateTime at, LocalDateTime expiresAt) {
        return jdbc.sql("""
                INSERT INTO attestation_entry (kind, resident_id, staff_id, community_id, payload, status, created_at, expires_at)
                VALUES (:kind, :resident, :staff, :community, :payload, 'PENDING', :at, :expires) RETURNING id""")
                .param("kind", kind).param("resident", residentId).param("staff", staffId).param("community", communityId)
                .param("payload", payload).param("at", at).param("expires", expiresAt).query(Long.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation_entry WHERE id = :id").param("id", id).query(Row.class).optional();
    }

    /** Locks the entry, so that two attestations at once create the item once. */
    public Optional<Row> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation_entry WHERE id = :id FOR UPDATE").param("id", id).query(Row.class).optional();
    }

    public void attested(long id, AttestationMethod method, Long witnessId, LocalDateTime at, long itemId, String itemRoute) {
        jdbc.sql("""
                UPDATE attestation_entry SET status = 'ATTESTED', method = :method, witness_id = :witness, decided_at = :at,
                    item_id = :item, item_route = :route WHERE id = :id""")
                .param("method", method.name()).param("witness", witnessId).param("at", at).param("item", itemId)
                .param("route", itemRoute).param("id", id).update();
    }

    public void rejected(long id, AttestationMethod method, String reason, LocalDateTime at) {
        jdbc.sql("UPDATE attestation_entry SET status = 'REJECTED', method = :method, reject_reason = :reason, decided_at = :at WHERE id = :id")
                .param("method", method.name()).param("reason", reason).param("at", at).param("id", id).update();
    }

    /** Marks pending entries past their time expired; returns their ids. */
    public List<Long> expireDue(LocalDateTime now, int limit) {
        List<Long> due = jdbc.sql("""
                SELECT id FROM attestation_entry WHERE status = 'PENDING' AND expires_at <= :now ORDER BY expires_at LIMIT :limit FOR UPDATE""")
                .param("now", now).param("limit", limit).query(Long.class).list();
        if (!due.isEmpty()) {
            jdbc.sql("UPDATE attestation_entry SET status = 'EXPIRED', decided_at = :now WHERE id IN (:ids)")
                    .param("now", now).param("ids", due).update();
        }
        return due;
    }

    /** One page of the entries of these communities, newest first. */
    public List<Row> page(Collection<Long> communities, EntryStatus status, long limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation_entry WHERE " + where(communities, status, params)
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    public long count(Collection<Long> communities, EntryStatus status) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM attestation_entry WHERE " + where(communities, status, params)).params(params)
                .query(Long.class).single();
    }

    private static String where(Collection<Long> communities, EntryStatus status, Map<String, Object> params) {
        params.put("communities", communities);
        if (status == null) {
            return "community_id IN (:communities)";
        }
        params.put("status", status.name());
        return "community_id IN (:communities) AND status = :status";
    }

    /** The resident's entries still waiting for them, oldest first. */
    public List<Row> pendingFor(long residentId, LocalDateTime now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation_entry"
                        + " WHERE resident_id = :r AND status = 'PENDING' AND expires_at > :now ORDER BY created_at, id")
                .param("r", residentId).param("now", now).query(Row.class).list();
    }

    /** Every entry made for or by the user (personal-data export). */
    public List<Row> concerning(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attestation_entry WHERE resident_id = :u OR staff_id = :u ORDER BY id")
                .param("u", userId).query(Row.class).list();
    }

    /** Drops the resident's words and reasons; pending entries expire, since there is nothing left to attest. */
    public void eraseFor(long residentId, LocalDateTime now) {
        jdbc.sql("""
                UPDATE attestation_entry SET payload = NULL, reject_reason = NULL,
                    decided_at = CASE WHEN status = 'PENDING' THEN :now ELSE decided_at END,
                    status = CASE WHEN status = 'PENDING' THEN 'EXPIRED' ELSE status END
                WHERE resident_id = :r""").param("r", residentId).param("now", now).update();
    }
}
