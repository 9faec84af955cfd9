package org.gridvoice.audit;

/**
 * One chained entry as published at /open-data/audit: {@code occurredAt} is the exact text that
 * was hashed (Java's LocalDateTime.toString), so anyone can recompute {@code hash} from the fields.
 */
public record AuditEntry(long seq, String occurredAt, String kind, String objectType, long objectId, String actorRef,
                         String payload, String prevHash, String hash) {
}
