package org.gridvoice.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gridvoice.audit.domain.ChainHash;
import org.gridvoice.shared.InstallationSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the audit chain inside the caller's transaction (so an entry exists exactly when
 * the change it records does) and verifies the whole chain. Appends are serialised by a lock on
 * the single head row; the chain is append-only by design: nothing in the app updates or deletes it.
 * <p>
 * Busy writers (votes) {@link #enqueue} instead: the entry is stored in their transaction but
 * takes no lock on the head, so votes do not queue behind one another until commit; {@link #seal}
 * chains queued entries later, in the order they were recorded (every second by AuditSealer, and
 * always before a vote's result is published).
 */
@Service
public class AuditLog {

    private record Head(long seq, String hash) {
    }

    private record Entry(long seq, LocalDateTime occurredAt, String kind, String objectType, long objectId, String actorRef,
                         String payload, String prevHash, String hash) {
    }

    private record Queued(long id, LocalDateTime occurredAt, String kind, String objectType, long objectId, String actorRef,
                          String payload) {
    }

    private static final int SEAL_BATCH = 500;

    private static final String SECRET = "audit-pseudonym";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InstallationSecrets secrets;
    // one keyed Mac per thread and key: looking up and keying a new one took a tenth of a vote's JVM time
    private final ThreadLocal<Map<String, Mac>> hmac = ThreadLocal.withInitial(HashMap::new);
    // which key each context uses, once committed: it never changes afterwards
    private final Map<String, String> pins = new ConcurrentHashMap<>();

    AuditLog(JdbcClient jdbc, Clock clock, InstallationSecrets secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secrets = secrets;
    }

    /** Appends the record and returns its hash; must run inside the transaction of the change it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String append(AuditRecord record) {
        Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE").query(Head.class).single();
        long seq = head.seq() + 1;
        // stored with microseconds, so hash what the database keeps
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String payload = record.payload() == null ? "" : record.payload();
        String hash = ChainHash.of(head.hash(), seq, at, record.kind(), record.objectType(), record.objectId(), record.actorRef(), payload);
        jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, kind, object_type, object_id, actor_ref, payload, prev_hash, hash)
                VALUES (:seq, :at, :kind, :type, :id, :actor, :payload, :prev, :hash)""")
                .param("seq", seq).param("at", at).param("kind", record.kind()).param("type", record.objectType())
                .param("id", record.objectId()).param("actor", record.actorRef()).param("payload", payload)
                .param("prev", head.hash()).param("hash", hash).update();
        jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1").param("seq", seq).param("hash", hash).update();
        return hash;
    }

    /** Stores the record in the caller's transaction, to be chained by the next {@link #seal}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(AuditRecord record) {
        jdbc.sql("""
                INSERT INTO audit_queue (id, occurred_at, kind, object_type, object_id, actor_ref, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(queueId(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), record.kind(), record.objectType(), record.objectId(),
                        record.actorRef(), record.payload() == null ? "" : record.payload())
                .update();
    }

    /** A random positive key; a collision (about one in 10^13 at a million queued entries) fails the write and changes nothing. */
    private static long queueId() {
        return java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    /**
     * Chains up to {@code limit} queued entries that have committed, oldest first (by the time they
     * were recorded: one voter's casts are serialised by their ballot row), and returns how
     * many; joins the caller's transaction if there is one (a close seals its vote's entries before
     * appending its own). Entries of transactions still running are left for the next call.
     */
    @Transactional
    public int seal(int limit) {
        Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE").query(Head.class).single();
        long seq = head.seq();
        String prev = head.hash();
        int sealed = 0;
        while (sealed < limit) {
            // mapped by position: the sealer reads every queued entry
            List<Queued> batch = jdbc.sql("""
                    SELECT id, occurred_at, kind, object_type, object_id, actor_ref, payload FROM audit_queue
                    ORDER BY occurred_at, id LIMIT ?""").params(Math.min(SEAL_BATCH, limit - sealed))
                    .query((rs, n) -> new Queued(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7)))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            StringBuilder insert = new StringBuilder(
                    "INSERT INTO audit_entry (seq, occurred_at, kind, object_type, object_id, actor_ref, payload, prev_hash, hash) VALUES ");
            List<Object> values = new ArrayList<>(batch.size() * 9);
            for (Queued q : batch) {
                seq++;
                String hash = ChainHash.of(prev, seq, q.occurredAt(), q.kind(), q.objectType(), q.objectId(), q.actorRef(), q.payload());
                insert.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                values.addAll(List.of(seq, q.occurredAt(), q.kind(), q.objectType(), q.objectId(), q.actorRef(), q.payload(), prev, hash));
                prev = hash;
            }
            jdbc.sql(insert.toString()).params(values).update();
            jdbc.sql("DELETE FROM audit_queue WHERE id IN (" + "?, ".repeat(batch.size() - 1) + "?)")
                    .params(batch.stream().map(Queued::id).toList()).update();
            sealed += batch.size();
        }
        if (sealed > 0) {
            jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1").params(seq, prev).update();
        }
        return sealed;
    }

    /** The hash of the newest entry: publishing it lets anyone check later that nothing before it changed. */
    @Transactional(readOnly = true)
    public String headHash() {
        return jdbc.sql("SELECT hash FROM audit_head WHERE id = 1").query(String.class).single();
    }

    /**
     * Recomputes the chain from the first entry, in one snapshot with the head, and names the first
     * entry whose number, link or content does not match (the same rules as tools/VerifyChain.java);
     * also says how many entries wait in the queue, not yet chained.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return verify(checked -> { });
    }

    /** The same, telling {@code progress} how many entries are checked so far (after each batch). */
    @Transactional(readOnly = true)
    public AuditVerification verify(java.util.function.LongConsumer progress) {
        Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1").query(Head.class).single();
        String prev = "0".repeat(64);
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<Entry> batch = jdbc.sql("SELECT * FROM audit_entry WHERE seq >= :from ORDER BY seq LIMIT 1000")
                    .param("from", expectedSeq).query(Entry.class).list();
            if (batch.isEmpty()) {
                // an entry cut off the end leaves the head pointing past the last one
                if (checked == head.seq() && head.hash().equals(prev)) {
                    return new AuditVerification(checked, null, null, prev, queued());
                }
                return new AuditVerification(checked, Math.min(expectedSeq, Math.max(head.seq(), 1)),
                        AuditVerification.Problem.HEAD, head.hash(), queued());
            }
            for (Entry e : batch) {
                AuditVerification.Problem problem = null;
                long at = e.seq();
                if (e.seq() != expectedSeq) {
                    problem = AuditVerification.Problem.MISSING;
                    at = expectedSeq;
                } else if (e.seq() > head.seq()) {
                    problem = AuditVerification.Problem.BEYOND_HEAD;
                } else if (!e.prevHash().equals(prev)) {
                    problem = AuditVerification.Problem.LINK;
                } else if (!e.hash().equals(ChainHash.of(prev, e.seq(), e.occurredAt(), e.kind(), e.objectType(), e.objectId(),
                        e.actorRef(), e.payload()))) {
                    problem = AuditVerification.Problem.CONTENT;
                }
                if (problem != null) {
                    return new AuditVerification(checked, at, problem, head.hash(), queued());
                }
                prev = e.hash();
                expectedSeq++;
                checked++;
            }
            progress.accept(checked);
        }
    }

    /** The number of the newest chained entry. */
    @Transactional(readOnly = true)
    public long headSeq() {
        return jdbc.sql("SELECT seq FROM audit_head WHERE id = 1").query(Long.class).single();
    }

    /** Up to {@code limit} chained entries from sequence number {@code from} on, with the head, in one snapshot. */
    @Transactional(readOnly = true)
    public AuditPage page(long from, int limit) {
        Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1").query(Head.class).single();
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entry WHERE seq >= :from ORDER BY seq LIMIT :limit")
                .param("from", from).param("limit", limit).query(Entry.class).stream()
                .map(e -> new AuditEntry(e.seq(), e.occurredAt().toString(), e.kind(), e.objectType(), e.objectId(), e.actorRef(),
                        e.payload(), e.prevHash(), e.hash()))
                .toList();
        return new AuditPage(head.seq(), head.hash(), entries);
    }

    private long queued() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_queue").query(Long.class).single();
    }

    /** A stable pseudonym for a person within one context (e.g. one ballot): the same person, the same name; no way back. */
    public String pseudonym(long userId, String context) {
        return pseudonym(Long.toString(userId), context);
    }

    /**
     * The same for any subject, such as a household. Keyed with the pseudonym key the context
     * was first used with (recorded in audit_pseudonym_key at its first ballot): after a rotation
     * of the audit secret, a consultation whose vote is open keeps its key, so a voter's later
     * ballot still replaces their earlier one; new consultations take the new key.
     */
    public String pseudonym(String subject, String context) {
        String keyId = keyIdOf(context);
        Mac mac = hmac.get().computeIfAbsent(keyId, this::mac);
        byte[] digest = mac.doFinal((context + ":" + subject).getBytes(StandardCharsets.UTF_8));
        return "p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    }

    private String keyIdOf(String context) {
        String pinned = pins.get(context);
        if (pinned != null) {
            return pinned;
        }
        List<String> stored = jdbc.sql("SELECT key_id FROM audit_pseudonym_key WHERE context = ?").params(context).query(String.class).list();
        if (!stored.isEmpty()) {
            return remember(context, stored.getFirst());
        }
        String current = secrets.current(SECRET).id();
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return current; // nothing was keyed in this context yet: a lookup finds nothing with any key
        }
        // INSERT IGNORE: a concurrent first ballot waits for the other's row and keeps its key
        jdbc.sql("INSERT IGNORE INTO audit_pseudonym_key (context, key_id, pinned_at) VALUES (?, ?, ?)")
                .params(context, current, LocalDateTime.now(clock)).update();
        return remember(context, jdbc.sql("SELECT key_id FROM audit_pseudonym_key WHERE context = ?").params(context)
                .query(String.class).single());
    }

    /** Caches the context's key once the transaction that may have recorded it commits: a rolled-back first ballot leaves no key behind. */
    private String remember(String context, String keyId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pins.put(context, keyId);
                }
            });
        } else {
            pins.put(context, keyId);
        }
        return keyId;
    }

    private Mac mac(String keyId) {
        InstallationSecrets.Key key = secrets.keys(SECRET).stream().filter(k -> k.id().equals(keyId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The audit pseudonym key " + keyId + " is no longer configured: keep it in"
                        + " gridvoice.secrets.audit-pseudonym-previous while votes keyed with it are open (README, Operations)"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
