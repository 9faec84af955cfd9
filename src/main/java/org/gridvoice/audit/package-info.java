/**
 * The tamper-evident audit chain: entries appended in the caller's transaction, each holding
 * the hash of the one before; a verifier recomputes the chain and names the first broken entry.
 */
package org.gridvoice.audit;
