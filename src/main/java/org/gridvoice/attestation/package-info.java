/**
 * Staff entry for residents (代录) and the resident's confirmation (本人确认): a committee member or grid
 * officer enters a resident's request (or another {@link org.gridvoice.attestation.AttestableKind}); it
 * waits here, uncounted and unrouted, until the resident attests the wording (phone code, printed slip
 * code, or in person with a witness) — then the content module creates it — or rejects it; 14 days, then it expires.
 */
package org.gridvoice.attestation;
