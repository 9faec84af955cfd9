package org.gridvoice.audit;

/** What to record: what happened, to which object, by whom (a pseudonym for votes), with what details. */
public record AuditRecord(String kind, String objectType, long objectId, String actorRef, String payload) {
}
